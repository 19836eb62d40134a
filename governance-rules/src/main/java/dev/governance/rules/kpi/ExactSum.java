package dev.governance.rules.kpi;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The exact sum of any doubles, read correctly rounded: what {@link AccumulatorTable} spills a sum
 * into in the rare case its two-double form cannot hold it exactly. The sum is kept as Shewchuk's
 * non-overlapping partials (J. R. Shewchuk, "Adaptive Precision Floating-Point Arithmetic and Fast
 * Robust Geometric Predicates", Discrete &amp; Computational Geometry 18, 1997, theorem 10, the
 * "grow-expansion"), in increasing magnitude, as Python's {@code math.fsum} keeps them (R.
 * Hettinger's recipe 393090, "Binary floating point summation accurate to full precision"); each
 * addition is a chain of Knuth's TwoSum (D. E. Knuth, The Art of Computer Programming, vol. 2, 3rd
 * ed., section 4.2.2, theorem B). Reading rounds the partials once, half to even, with fsum's
 * correction across partials ({@link #round}).
 *
 * <p>Doubles cannot hold an intermediate sum beyond {@link Double#MAX_VALUE}: if one would
 * overflow, the sum moves to a {@link BigDecimal} for good, so that {@code 1e308 + 1e308 - 1e308}
 * is {@code 1e308} in every order; its exact sum beyond the double range reads as an infinity, by
 * the round-to-nearest rule of IEEE 754. An infinite term (a weight times a value can overflow)
 * makes the sum that infinity, and infinities of both signs NaN, whatever the order, as IEEE
 * additions would.
 */
final class ExactSum implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The non-overlapping partials, in increasing magnitude, none zero; their sum is exact. */
  private double[] partials = new double[4];

  private int size;

  /** The exact sum, once an intermediate sum overflowed; then the partials are unused. */
  private @Nullable BigDecimal beyondRange;

  private boolean positiveInfinity;
  private boolean negativeInfinity;

  /**
   * Returns the rounding error of {@code sum = fl(a + b)}, which is exactly {@code a + b - sum}
   * (Knuth's TwoSum, six operations and no branch, whatever the magnitudes), or NaN if the sum
   * overflowed: when {@code a + b} does not overflow, none of its other operations does (S. Boldo,
   * S. Graillat, J.-M. Muller, "On the Robustness of the 2Sum and Fast2Sum Algorithms", ACM TOMS
   * 44(1), 2017).
   */
  static double error(double a, double b, double sum) {
    double bVirtual = sum - a;
    double aVirtual = sum - bVirtual;
    return (a - aVirtual) + (b - bVirtual);
  }

  /**
   * Returns whether {@code sum = fl(a + b)} is exact, in two subtractions where TwoSum's error
   * takes five: false also if it overflowed. If {@code |a| >= |b|}, {@code sum - a} is computed
   * exactly (Dekker's Fast2Sum: T. J. Dekker, "A Floating-Point Technique for Extending the
   * Available Precision", Numerische Mathematik 18, 1971, theorem 4.3), so it equals {@code b} only
   * if the sum is exact; if {@code |b| > |a|}, likewise {@code sum - b} and {@code a}.
   */
  static boolean isExact(double a, double b, double sum) {
    return sum - a == b && sum - b == a;
  }

  /** Adds {@code x} exactly. */
  void add(double x) {
    if (!Double.isFinite(x)) {
      // NaN, which the callers never pass, reads as NaN, as opposite infinities do
      positiveInfinity |= !(x < 0);
      negativeInfinity |= !(x > 0);
      return;
    }
    if (beyondRange != null) {
      beyondRange = beyondRange.add(new BigDecimal(x));
      return;
    }
    double[] p = partials;
    int kept = 0;
    for (int j = 0; j < size; j++) {
      double y = p[j];
      if (Math.abs(x) < Math.abs(y)) {
        double larger = y;
        y = x;
        x = larger;
      }
      double hi = x + y;
      if (Double.isInfinite(hi)) {
        beyondRange = exactly(p, 0, kept).add(exactly(p, j + 1, size)).add(exactly(x, y));
        size = 0;
        return;
      }
      double lo = y - (hi - x);
      if (lo != 0) {
        p[kept++] = lo;
      }
      x = hi;
    }
    if (x != 0) {
      if (kept == p.length) {
        p = partials = Arrays.copyOf(p, 2 * kept);
      }
      p[kept++] = x;
    }
    size = kept;
  }

  /** Adds everything {@code other} holds, exactly. */
  void add(ExactSum other) {
    positiveInfinity |= other.positiveInfinity;
    negativeInfinity |= other.negativeInfinity;
    if (other.beyondRange != null) {
      beyondRange = exact().add(other.beyondRange);
      size = 0;
      return;
    }
    for (int j = 0; j < other.size; j++) {
      add(other.partials[j]);
    }
  }

  /**
   * Returns the sum of this and of {@code hi + lo}, correctly rounded, without changing this sum.
   */
  double roundWith(double hi, double lo) {
    ExactSum all = copy();
    all.add(hi);
    all.add(lo);
    return all.round();
  }

  /**
   * Returns the exact sum rounded to the nearest double, half to even, +0.0 if it is zero: the
   * final loop of CPython's {@code math_fsum} ({@code Modules/mathmodule.c}). It adds the partials
   * from the largest down until an addition is inexact; the sum is then the rounded {@code hi}
   * unless the rounding error {@code lo} is exactly half an ulp and the next partial has the same
   * sign, which puts the exact sum past the half-way point (so {@code 1e16 + 1 + 1e-16} rounds up
   * to {@code 1e16 + 2}, where {@code hi} alone would round the tie to even, down).
   */
  double round() {
    if (positiveInfinity || negativeInfinity) {
      return positiveInfinity && negativeInfinity
          ? Double.NaN
          : positiveInfinity ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }
    if (beyondRange != null) {
      return beyondRange.doubleValue();
    }
    double[] p = partials;
    int n = size;
    double hi = 0;
    if (n > 0) {
      hi = p[--n];
      double lo = 0;
      while (n > 0) {
        double x = hi;
        double y = p[--n];
        hi = x + y;
        lo = y - (hi - x);
        if (lo != 0) {
          break;
        }
      }
      if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
        double y = lo * 2;
        double x = hi + y;
        if (y == x - hi) {
          hi = x;
        }
      }
    }
    // a sum just below the overflow threshold whose largest partials round past it
    return Double.isInfinite(hi) ? exact().doubleValue() : hi;
  }

  private ExactSum copy() {
    ExactSum copy = new ExactSum();
    copy.partials = partials.clone();
    copy.size = size;
    copy.beyondRange = beyondRange;
    copy.positiveInfinity = positiveInfinity;
    copy.negativeInfinity = negativeInfinity;
    return copy;
  }

  /** Returns the finite terms' exact sum. */
  private BigDecimal exact() {
    return beyondRange != null ? beyondRange : exactly(partials, 0, size);
  }

  private static BigDecimal exactly(double[] values, int from, int to) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = from; i < to; i++) {
      sum = sum.add(new BigDecimal(values[i]));
    }
    return sum;
  }

  private static BigDecimal exactly(double a, double b) {
    return new BigDecimal(a).add(new BigDecimal(b));
  }
}
