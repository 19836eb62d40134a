package dev.governance.rules.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Finite doubles that plain summation gets wrong or order-dependent, for the exact-sum properties,
 * and an exact sum to check against that shares no code with the library: {@link BigDecimal}
 * addition, then {@link BigDecimal#doubleValue()}.
 */
final class AdversarialTerms {

  private static final double TWO_53 = 0x1p53;

  private AdversarialTerms() {}

  /**
   * Returns {@code size} finite terms, each one of: any finite bit pattern (every exponent), plus
   * or minus 1e308, {@code MAX_VALUE} or 2<sup>1023</sup>, a subnormal, a small half-integer (exact
   * half-way ties once scaled), 2<sup>53</sup> and the half-ulp 2<sup>-53</sup> of 1, the negation
   * of an earlier term (cancellation, down to zero); and, now and then, a huge term followed by a
   * stretch of equal tiny ones (2<sup>53</sup> then ones, each of which plain addition loses to a
   * tie, or 1e300 then 1e-300s).
   */
  static List<Double> draw(SplittableRandom random, int size) {
    List<Double> terms = new ArrayList<>(size);
    while (terms.size() < size) {
      int kind = random.nextInt(9);
      switch (kind) {
        case 0 -> terms.add(anyFinite(random));
        case 1 -> terms.add(sign(random) * pick(random, 1e308, Double.MAX_VALUE, 0x1p1023));
        case 2 -> terms.add(sign(random) * Double.MIN_VALUE * random.nextInt(1, 1 << 20));
        case 3 -> terms.add(random.nextInt(-16, 17) / 2.0);
        case 4 -> terms.add(sign(random) * pick(random, TWO_53, 0x1p-53, 1.0, 0x1p-1022));
        case 5 -> terms.add(terms.isEmpty() ? 0.0 : -terms.get(random.nextInt(terms.size())));
        case 6 -> {
          boolean ones = random.nextBoolean();
          terms.add(ones ? TWO_53 : 1e300);
          int tiny = random.nextInt(1, 40);
          for (int i = 0; i < tiny && terms.size() < size; i++) {
            terms.add(ones ? 1.0 : 1e-300);
          }
        }
        case 7 -> terms.add(random.nextInt(0, 10_001) / 100.0);
        default ->
            terms.add(
                sign(random) * random.nextDouble() * Math.scalb(1.0, random.nextInt(-1074, 1024)));
      }
    }
    return terms.subList(0, size);
  }

  /** Returns a non-negative finite weight: zero, a small integer, or any non-negative double. */
  static double weight(SplittableRandom random) {
    return switch (random.nextInt(4)) {
      case 0 -> 0.0;
      case 1 -> Math.abs(anyFinite(random));
      default -> random.nextInt(1, 5);
    };
  }

  /**
   * Returns the exact sum of {@code terms}, rounded once to the nearest double, half to even: an
   * infinite term makes it that infinity, and infinities of both signs NaN.
   */
  static double exactSum(List<Double> terms) {
    boolean positive = false;
    boolean negative = false;
    BigDecimal sum = BigDecimal.ZERO;
    for (double term : terms) {
      if (term == Double.POSITIVE_INFINITY) {
        positive = true;
      } else if (term == Double.NEGATIVE_INFINITY) {
        negative = true;
      } else {
        sum = sum.add(new BigDecimal(term));
      }
    }
    if (positive || negative) {
      return positive && negative
          ? Double.NaN
          : positive ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }
    return sum.doubleValue();
  }

  private static double anyFinite(SplittableRandom random) {
    double value;
    do {
      value = Double.longBitsToDouble(random.nextLong());
    } while (!Double.isFinite(value));
    return value;
  }

  private static double sign(SplittableRandom random) {
    return random.nextBoolean() ? 1 : -1;
  }

  private static double pick(SplittableRandom random, double... choices) {
    return choices[random.nextInt(choices.length)];
  }
}
