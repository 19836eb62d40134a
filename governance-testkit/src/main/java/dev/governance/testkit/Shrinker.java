package dev.governance.testkit;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Shrinks a failing value by its choices (see {@link ChoiceRandom}): it tries choice sequences that
 * are smaller in shortlex order (shorter, or as long and lower at the first difference),
 * regenerates the value from each, and keeps one whenever the property still fails. The passes are
 * those of the Hypothesis reducer (MacIver and Donaldson, ECOOP 2020, section 4): delete blocks of
 * 8, 4, 2 and 1 choices, set such blocks to 0, and lower each choice by binary search; they repeat
 * until a round changes nothing or the evaluation budget is spent. Since every kept sequence is
 * smaller than the one before, shrinking ends. A candidate is kept only when the property fails on
 * it with an exception of the same class as the first failure's, so that shrinking does not slip
 * from one bug to another (Hypothesis tells failures apart by the exception's type and where it was
 * raised); a candidate whose generation throws is not kept.
 *
 * @param <T> the type of value shrunk
 */
final class Shrinker<T> {

  private static final int[] BLOCK_SIZES = {8, 4, 2, 1};

  private final Generator<T> generator;
  private final Property.Check<? super T> check;
  private final int budget;
  private Attempt<T> best;
  private int evaluations;
  private int steps;

  Shrinker(
      Generator<T> generator, Property.Check<? super T> check, int budget, Attempt<T> failing) {
    this.generator = generator;
    this.check = check;
    this.budget = budget;
    this.best = failing;
  }

  /** A value, the choices that make it (never changed once made) and how the property failed. */
  @SuppressWarnings("ArrayRecordComponent") // compared by content where it matters; never mutated
  record Attempt<T>(long[] choices, T value, Throwable failure) {}

  /** Shrinks and returns the smallest failing attempt found. */
  Attempt<T> shrink() {
    boolean improved = true;
    while (improved && spendable()) {
      boolean deleted = deleteBlocks();
      boolean zeroed = zeroBlocks();
      boolean lowered = lowerEachChoice();
      improved = deleted || zeroed || lowered;
    }
    return best;
  }

  /** Returns how many smaller failing values were kept. */
  int steps() {
    return steps;
  }

  /** Returns how many candidates were generated and checked. */
  int evaluations() {
    return evaluations;
  }

  private boolean deleteBlocks() {
    boolean improved = false;
    for (int size : BLOCK_SIZES) {
      for (int start = best.choices().length - size; start >= 0 && spendable(); start--) {
        long[] choices = best.choices();
        if (start + size > choices.length) {
          continue;
        }
        long[] candidate = new long[choices.length - size];
        System.arraycopy(choices, 0, candidate, 0, start);
        System.arraycopy(choices, start + size, candidate, start, choices.length - start - size);
        improved |= tryCandidate(candidate);
      }
    }
    return improved;
  }

  private boolean zeroBlocks() {
    boolean improved = false;
    for (int size : BLOCK_SIZES) {
      for (int start = 0; start + size <= best.choices().length && spendable(); start++) {
        long[] choices = best.choices();
        if (isZero(choices, start, size)) {
          continue;
        }
        long[] candidate = choices.clone();
        Arrays.fill(candidate, start, start + size, 0);
        improved |= tryCandidate(candidate);
      }
    }
    return improved;
  }

  private boolean lowerEachChoice() {
    boolean improved = false;
    for (int i = 0; i < best.choices().length && spendable(); i++) {
      if (best.choices()[i] == 0) {
        continue;
      }
      if (tryCandidate(with(i, 0))) {
        improved = true;
        continue;
      }
      long passing = 0;
      while (i < best.choices().length && spendable()) {
        long failing = best.choices()[i];
        if (Long.compareUnsigned(failing, passing) <= 0 || failing - passing == 1) {
          break;
        }
        long middle = passing + ((failing - passing) >>> 1);
        if (tryCandidate(with(i, middle))) {
          improved = true;
        } else {
          passing = middle;
        }
      }
    }
    return improved;
  }

  /**
   * Returns whether a candidate may still be tried: the loops stop before building one that may
   * not.
   */
  private boolean spendable() {
    return evaluations < budget;
  }

  private long[] with(int index, long choice) {
    long[] candidate = best.choices().clone();
    candidate[index] = choice;
    return candidate;
  }

  private static boolean isZero(long[] choices, int start, int size) {
    for (int i = start; i < start + size; i++) {
      if (choices[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Regenerates a value from {@code candidate} and keeps it when its choices are smaller than the
   * best's and the property fails on it.
   */
  private boolean tryCandidate(long[] candidate) {
    if (evaluations >= budget) {
      return false;
    }
    evaluations++;
    ChoiceRandom random = ChoiceRandom.replaying(candidate);
    T value;
    try {
      value = generator.generate(random);
    } catch (RuntimeException cannotGenerate) {
      return false;
    }
    long[] choices = random.choices();
    if (!smaller(choices, best.choices())) {
      return false;
    }
    @Nullable Throwable failure = Property.failure(check, value);
    if (failure == null || failure.getClass() != best.failure().getClass()) {
      return false;
    }
    best = new Attempt<>(choices, value, failure);
    steps++;
    return true;
  }

  /** Returns whether {@code a} comes before {@code b} in shortlex order of unsigned choices. */
  static boolean smaller(long[] a, long[] b) {
    if (a.length != b.length) {
      return a.length < b.length;
    }
    return Arrays.compareUnsigned(a, b) < 0;
  }
}
