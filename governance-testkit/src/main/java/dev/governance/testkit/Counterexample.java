package dev.governance.testkit;

import java.util.function.Function;

/**
 * A value on which a {@link Property} failed, shrunk, with what reproduces it: the seed of the run
 * and the try on which the failure was found.
 *
 * @param <T> the type of value
 */
public final class Counterexample<T> {

  private final T value;
  private final T original;
  private final Throwable failure;
  private final long seed;
  private final int attempt;
  private final int shrinkSteps;
  private final int shrinkCandidates;
  private final Function<? super T, String> describer;

  Counterexample(
      T value,
      T original,
      Throwable failure,
      long seed,
      int attempt,
      int shrinkSteps,
      int shrinkCandidates,
      Function<? super T, String> describer) {
    this.value = value;
    this.original = original;
    this.failure = failure;
    this.seed = seed;
    this.attempt = attempt;
    this.shrinkSteps = shrinkSteps;
    this.shrinkCandidates = shrinkCandidates;
    this.describer = describer;
  }

  /** Returns the shrunk value: the simplest failing value found. */
  public T value() {
    return value;
  }

  /** Returns the value as first found, before shrinking. */
  public T original() {
    return original;
  }

  /** Returns how the check failed on the shrunk value. */
  public Throwable failure() {
    return failure;
  }

  /** Returns the seed of the run; {@link Property#withSeed} with it finds the same failure. */
  public long seed() {
    return seed;
  }

  /** Returns the try, from 1, on which the failure was found. */
  public int attempt() {
    return attempt;
  }

  /** Returns how many times shrinking found a smaller failing value. */
  public int shrinkSteps() {
    return shrinkSteps;
  }

  /** Returns how many candidates shrinking generated and checked. */
  public int shrinkCandidates() {
    return shrinkCandidates;
  }

  /** Returns the shrunk value's text, by the property's describer. */
  public String describe() {
    return describer.apply(value);
  }

  /**
   * Returns the report a failure prints: the try and seed, the shrinking done, the shrunk value's
   * text and the failure's message; it tells to rerun with {@code withSeed(SEED)}.
   */
  @Override
  public String toString() {
    return report("withSeed(" + seed + "L)");
  }

  /**
   * Returns the report a failure prints, as {@link #toString()} does, but telling to rerun with
   * {@code rerun}: how the seed is fixed where the property is declared, such as {@code
   * "@GovernanceProperty(seed = -4211)"} for the JUnit entry point. The system property {@value
   * Property#SEED_PROPERTY} is named too.
   *
   * @param rerun the code that fixes this counterexample's seed
   * @return the report
   */
  public String report(String rerun) {
    return "Property falsified on try "
        + attempt
        + " with seed "
        + seed
        + " (rerun with "
        + rerun
        + " or -D"
        + Property.SEED_PROPERTY
        + "="
        + seed
        + "), shrunk in "
        + shrinkSteps
        + " steps from "
        + shrinkCandidates
        + " candidates.\nCounterexample:\n"
        + describe()
        + "\nFailure: "
        + failure;
  }
}
