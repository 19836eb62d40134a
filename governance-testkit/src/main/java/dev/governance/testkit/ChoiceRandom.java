package dev.governance.testkit;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * The random generator a {@link Property} hands to a {@link Generator}: every draw is a
 * <em>choice</em>, an unsigned index below the draw's number of outcomes where 0 is the simplest
 * outcome (the origin of a range, {@code false}, {@code 0.0}), and the choices are recorded so that
 * the same value can be made again from them, or a simpler one from fewer and lower choices.
 *
 * <p>This is the choice sequence of Hypothesis (D. R. MacIver and A. F. Donaldson, "Test-Case
 * Reduction via Test-Case Generation: Insights from the Hypothesis Reducer", ECOOP 2020, section
 * 3): the choices are read first from a given prefix, a choice the prefix holds above the draw's
 * outcomes is read as the highest outcome, and past the prefix the choices come from a source
 * generator while a value is generated and are 0 while it is shrunk. Written here because no
 * library offers it over {@link RandomGenerator}: every bounded method is overridden so that one
 * draw is one choice, with no rejection loop over raw bits whose lower values mean nothing simpler.
 */
final class ChoiceRandom implements RandomGenerator {

  /** The most choices one value may take, so that a generator that draws forever stops. */
  static final int MAX_CHOICES = 1 << 22;

  private static final double DOUBLE_UNIT = 0x1.0p-53;
  private static final float FLOAT_UNIT = 0x1.0p-24f;

  private final long[] prefix;
  private final @Nullable RandomGenerator source;
  private long[] choices = new long[64];
  private int size;

  private ChoiceRandom(long[] prefix, @Nullable RandomGenerator source) {
    this.prefix = prefix;
    this.source = source;
  }

  /** Returns a generator that draws every choice from {@code source}. */
  static ChoiceRandom drawingFrom(RandomGenerator source) {
    return new ChoiceRandom(new long[0], source);
  }

  /** Returns a generator that replays {@code prefix} and then chooses 0. */
  static ChoiceRandom replaying(long[] prefix) {
    return new ChoiceRandom(prefix, null);
  }

  /** Returns the choices drawn so far, in order. */
  long[] choices() {
    return Arrays.copyOf(choices, size);
  }

  /**
   * Returns the next choice among {@code outcomes} outcomes, read as an unsigned number ({@code 0}
   * for 2<sup>64</sup>).
   */
  private long choose(long outcomes) {
    if (size == MAX_CHOICES) {
      throw new GeneratorException(
          "a generator drew more than "
              + MAX_CHOICES
              + " random choices for one value; expected a generator that stops drawing, such as"
              + " one whose filter accepts its values often enough");
    }
    long choice;
    if (size < prefix.length) {
      choice = prefix[size];
      if (outcomes != 0 && Long.compareUnsigned(choice, outcomes) >= 0) {
        choice = outcomes - 1;
      }
    } else if (source == null) {
      choice = 0;
    } else {
      choice = fresh(source, outcomes);
    }
    if (size == choices.length) {
      choices = Arrays.copyOf(choices, size * 2);
    }
    choices[size++] = choice;
    return choice;
  }

  private static long fresh(RandomGenerator source, long outcomes) {
    if (outcomes == 0) {
      return source.nextLong();
    }
    if (outcomes > 0) {
      return source.nextLong(outcomes);
    }
    long choice = source.nextLong();
    while (Long.compareUnsigned(choice, outcomes) >= 0) {
      choice = source.nextLong();
    }
    return choice;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Choices are read in zigzag order: 0, -1, 1, -2, 2, ..., so that smaller choices are smaller
   * magnitudes.
   */
  @Override
  public long nextLong() {
    long choice = choose(0);
    return (choice >>> 1) ^ -(choice & 1);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Choices are read in zigzag order, as {@link #nextLong()}'s: 0, -1, 1, -2, ...
   */
  @Override
  public int nextInt() {
    long choice = choose(1L << 32);
    return (int) ((choice >>> 1) ^ -(choice & 1));
  }

  @Override
  public int nextInt(int bound) {
    return nextInt(0, bound);
  }

  @Override
  public int nextInt(int origin, int bound) {
    return (int) nextLong(origin, bound);
  }

  @Override
  public long nextLong(long bound) {
    return nextLong(0, bound);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Choice {@code k} is {@code origin + k}: the origin is the simplest outcome.
   */
  @Override
  public long nextLong(long origin, long bound) {
    if (origin >= bound) {
      throw new IllegalArgumentException(
          "bound must be greater than origin, was origin " + origin + " and bound " + bound);
    }
    return origin + choose(bound - origin);
  }

  @Override
  public boolean nextBoolean() {
    return choose(2) == 1;
  }

  @Override
  public double nextDouble() {
    return choose(1L << 53) * DOUBLE_UNIT;
  }

  @Override
  public float nextFloat() {
    return choose(1L << 24) * FLOAT_UNIT;
  }
}
