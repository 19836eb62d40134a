package dev.governance.testkit;

import static dev.governance.core.ArgChecker.notNegative;
import static dev.governance.core.ArgChecker.positive;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A property over generated values: {@code Property.forAll(generator).check(value -> ...)} draws
 * values, runs the check on each, and on the first that fails shrinks it to a simpler value that
 * still fails and throws a {@link PropertyFailure} naming the seed that reproduces the run and the
 * shrunk counterexample.
 *
 * <p>Shrinking is integrated, as in Hypothesis (D. R. MacIver and A. F. Donaldson, "Test-Case
 * Reduction via Test-Case Generation: Insights from the Hypothesis Reducer", ECOOP 2020): a
 * generator is handed a random generator that records every draw as a choice, and shrinking replays
 * fewer and lower choices through the same generator. A shrunk value is therefore always one the
 * generator can make (valid by construction), and {@link Generator#map}, {@link Generator#flatMap}
 * and {@link Generator#filter} shrink with no code of their own. A property is immutable; each
 * {@code with} method returns a new one.
 *
 * <p>Without {@link #withSeed}, a run takes the seed in the system property {@value #SEED_PROPERTY}
 * when it is set, and a fresh random seed otherwise; a failure names it either way.
 *
 * @param <T> the type of value checked
 */
public final class Property<T> {

  /** The system property that fixes the seed of every property without its own. */
  public static final String SEED_PROPERTY = "governance.testkit.seed";

  /** How many values a property checks unless told otherwise. */
  public static final int DEFAULT_TRIES = 100;

  /** How many candidates a property checks while shrinking unless told otherwise. */
  public static final int DEFAULT_SHRINK_LIMIT = 5_000;

  private final Generator<T> generator;
  private final int tries;
  private final @Nullable Long seed;
  private final int shrinkLimit;
  private final Function<? super T, String> describer;

  private Property(
      Generator<T> generator,
      int tries,
      @Nullable Long seed,
      int shrinkLimit,
      Function<? super T, String> describer) {
    this.generator = generator;
    this.tries = tries;
    this.seed = seed;
    this.shrinkLimit = shrinkLimit;
    this.describer = describer;
  }

  /**
   * Returns a property over the values of {@code generator}: {@value #DEFAULT_TRIES} tries, up to
   * {@value #DEFAULT_SHRINK_LIMIT} shrink candidates, values described by {@code toString()}.
   *
   * @param generator the values to check
   * @param <T> their type
   * @return the property
   */
  public static <T> Property<T> forAll(Generator<T> generator) {
    return new Property<>(generator, DEFAULT_TRIES, null, DEFAULT_SHRINK_LIMIT, String::valueOf);
  }

  /**
   * Returns this property checking {@code tries} values.
   *
   * @param tries how many values to check; at least 1
   * @return the property
   * @throws dev.governance.core.GovernanceValidationException if {@code tries} is below 1
   */
  public Property<T> withTries(int tries) {
    positive(tries, "tries");
    return new Property<>(generator, tries, seed, shrinkLimit, describer);
  }

  /**
   * Returns this property drawing from {@code seed}: the same seed checks the same values.
   *
   * @param seed the seed
   * @return the property
   */
  public Property<T> withSeed(long seed) {
    return new Property<>(generator, tries, seed, shrinkLimit, describer);
  }

  /**
   * Returns this property checking at most {@code candidates} values while it shrinks a failure; 0
   * reports the failure as found.
   *
   * @param candidates the most shrink candidates to generate and check; 0 or more
   * @return the property
   * @throws dev.governance.core.GovernanceValidationException if {@code candidates} is negative
   */
  public Property<T> withShrinkLimit(int candidates) {
    notNegative(candidates, "candidates");
    return new Property<>(generator, tries, seed, candidates, describer);
  }

  /**
   * Returns this property describing a counterexample with {@code describer}, such as a model
   * written as the JSON the {@code governance} command reads.
   *
   * @param describer the text of a value in a failure's message
   * @return the property
   */
  public Property<T> describedBy(Function<? super T, String> describer) {
    return new Property<>(generator, tries, seed, shrinkLimit, describer);
  }

  /**
   * Checks the property and throws on the first failing value, shrunk.
   *
   * @param check the check of one value; it fails by throwing an exception or an assertion error
   * @throws PropertyFailure if the check fails on a value
   * @throws GeneratorException if the generator cannot make a value (naming the seed and the try)
   */
  public void check(Check<? super T> check) {
    Optional<Counterexample<T>> counterexample = falsify(check);
    if (counterexample.isPresent()) {
      throw new PropertyFailure(counterexample.get());
    }
  }

  /**
   * Checks the property and returns the first failing value, shrunk, or nothing when every value
   * passes.
   *
   * @param check the check of one value; it fails by throwing an exception or an assertion error
   * @return the shrunk counterexample, if any
   * @throws GeneratorException if the generator cannot make a value (naming the seed and the try)
   */
  public Optional<Counterexample<T>> falsify(Check<? super T> check) {
    long runSeed = runSeed();
    SplittableRandom source = new SplittableRandom(runSeed);
    for (int attempt = 1; attempt <= tries; attempt++) {
      ChoiceRandom random = nextTry(source);
      T value = generate(random, runSeed, attempt);
      Throwable failure = failure(check, value);
      if (failure != null) {
        long[] found = random.choices();
        Shrinker<T> shrinker =
            new Shrinker<>(
                generator, check, shrinkLimit, new Shrinker.Attempt<>(found, value, failure));
        Shrinker.Attempt<T> smallest = shrinker.shrink();
        return Optional.of(
            new Counterexample<>(
                generator.generate(ChoiceRandom.replaying(smallest.choices())),
                generator.generate(ChoiceRandom.replaying(found)),
                smallest.failure(),
                runSeed,
                attempt,
                shrinker.steps(),
                shrinker.evaluations(),
                describer));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the value of try {@code attempt}, or throws a {@link GeneratorException} that names the
   * seed and the try when the generator fails, so that even a failing generator can be replayed.
   */
  private T generate(ChoiceRandom random, long runSeed, int attempt) {
    try {
      return generator.generate(random);
    } catch (RuntimeException cannotGenerate) {
      throw new GeneratorException(
          "the generator failed on try "
              + attempt
              + " with seed "
              + runSeed
              + " (rerun with withSeed("
              + runSeed
              + "L)): "
              + cannotGenerate,
          cannotGenerate);
    }
  }

  /**
   * Returns the values this property checks, try by try, without checking them: with the same seed,
   * the value of each try is the one {@link #check} checks on that try. A source of arguments that
   * does not shrink (the JUnit {@code @GeneratedArguments}) draws its values so.
   *
   * @return the {@code tries} values, in order, drawn as the stream is read (sequentially: a stream
   *     made parallel draws in no set order)
   * @throws GeneratorException if the generator cannot make a value, naming the seed and the try
   */
  public Stream<T> sample() {
    long runSeed = runSeed();
    SplittableRandom source = new SplittableRandom(runSeed);
    AtomicInteger attempt = new AtomicInteger();
    return Stream.generate(() -> generate(nextTry(source), runSeed, attempt.incrementAndGet()))
        .limit(tries);
  }

  /** Returns the seed of a run: this property's own, or {@link #defaultSeed()}. */
  private long runSeed() {
    return seed != null ? seed : defaultSeed();
  }

  /** Returns the random generator of the next try of a run drawing from {@code source}. */
  private static ChoiceRandom nextTry(SplittableRandom source) {
    return ChoiceRandom.drawingFrom(source.split());
  }

  /**
   * Returns the seed of a run without {@link #withSeed}: the one in the system property {@value
   * #SEED_PROPERTY} when it is set, a fresh random one otherwise.
   *
   * @return the seed
   * @throws GeneratorException if the system property is set but not a whole number
   */
  public static long defaultSeed() {
    String fixed = System.getProperty(SEED_PROPERTY);
    if (fixed == null) {
      return new SplittableRandom().nextLong();
    }
    try {
      return Long.parseLong(fixed.strip());
    } catch (NumberFormatException e) {
      throw new GeneratorException(
          "system property "
              + SEED_PROPERTY
              + " = '"
              + fixed
              + "': expected a whole number such as -4211 (a seed a failure printed)");
    }
  }

  /**
   * Returns how {@code check} fails on {@code value}, or null when it passes: any exception or
   * error it throws, a stack overflow included, but for the other errors of the virtual machine
   * (out of memory), which are thrown on.
   */
  static <T> @Nullable Throwable failure(Check<? super T> check, T value) {
    try {
      check.verify(value);
      return null;
    } catch (StackOverflowError failure) {
      return failure;
    } catch (VirtualMachineError fatal) {
      throw fatal;
    } catch (Throwable failure) {
      return failure;
    }
  }

  /**
   * The check of one value: it passes by returning and fails by throwing, as a test does.
   *
   * @param <T> the type of value checked
   */
  @FunctionalInterface
  public interface Check<T> {

    /**
     * Checks {@code value}.
     *
     * @param value the generated value
     * @throws Exception if the property does not hold for it
     */
    void verify(T value) throws Exception;
  }
}
