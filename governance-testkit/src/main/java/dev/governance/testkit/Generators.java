package dev.governance.testkit;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.positive;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;

/**
 * Generators that combine others, and of plain values. Each draws so that it shrinks toward its
 * first option, its lowest number or its first component's simplest value (see {@link Generator}).
 */
public final class Generators {

  private Generators() {}

  /**
   * Returns a generator that always makes {@code value}; it draws nothing.
   *
   * @param value the value
   * @param <T> the value's type
   * @return the generator
   */
  public static <T> Generator<T> constant(T value) {
    return random -> value;
  }

  /**
   * Returns a generator of the integers from {@code min} to {@code max}, both included, shrinking
   * toward {@code min}.
   *
   * @param min the smallest value
   * @param max the largest value; {@code min} or more
   * @return the generator
   * @throws dev.governance.core.GovernanceValidationException if {@code max} is below {@code min}
   */
  public static Generator<Integer> integers(int min, int max) {
    check(max >= min, "max", max, "an integer >= min (" + min + ")");
    return random -> (int) random.nextLong(min, max + 1L);
  }

  /**
   * Returns a generator of one of {@code values}, shrinking toward the first.
   *
   * @param values the values to pick from; at least one
   * @param <T> the values' type
   * @return the generator
   * @throws dev.governance.core.GovernanceValidationException if {@code values} is empty
   */
  public static <T> Generator<T> elements(List<? extends T> values) {
    List<T> options = ImmutableList.copyOf(values);
    check(!options.isEmpty(), "values", options, "at least one value");
    return random -> DomainGenerators.pick(random, options);
  }

  /**
   * Returns a generator that draws from one of {@code generators}, each as likely, shrinking toward
   * the first.
   *
   * @param generators the generators to pick from; at least one
   * @param <T> the values' type
   * @return the generator
   * @throws dev.governance.core.GovernanceValidationException if {@code generators} is empty
   */
  @SafeVarargs
  public static <T> Generator<T> oneOf(Generator<? extends T>... generators) {
    List<Generator<? extends T>> options = Arrays.asList(generators.clone());
    check(options.size() > 0, "generators", options, "at least one generator");
    return random -> options.get(random.nextInt(options.size())).generate(random);
  }

  /**
   * Returns a generator that draws from one of {@code choices}, each as likely as its weight is to
   * the sum of the weights, shrinking toward the first choice.
   *
   * @param choices the weighted generators; at least one
   * @param <T> the values' type
   * @return the generator
   * @throws dev.governance.core.GovernanceValidationException if {@code choices} is empty or their
   *     weights add up to more than {@link Integer#MAX_VALUE}
   */
  @SafeVarargs
  public static <T> Generator<T> frequency(Weighted<? extends T>... choices) {
    List<Weighted<? extends T>> options = Arrays.asList(choices.clone());
    check(options.size() > 0, "choices", options, "at least one weighted generator");
    long sum = options.stream().mapToLong(Weighted::weight).sum();
    check(sum <= Integer.MAX_VALUE, "weights", sum, "a sum of at most " + Integer.MAX_VALUE);
    int total = (int) sum;
    return random -> {
      int ticket = random.nextInt(total);
      for (Weighted<? extends T> option : options) {
        ticket -= option.weight();
        if (ticket < 0) {
          return option.generator().generate(random);
        }
      }
      throw new AssertionError("a ticket below the weights' sum falls on a choice");
    };
  }

  /**
   * Returns a generator of pairs: a value of {@code first}, then one of {@code second}.
   *
   * @param first the generator of first values
   * @param second the generator of second values
   * @param <A> the first values' type
   * @param <B> the second values' type
   * @return the generator
   */
  public static <A, B> Generator<Tuple2<A, B>> tuple(Generator<A> first, Generator<B> second) {
    return random -> new Tuple2<>(first.generate(random), second.generate(random));
  }

  /**
   * Returns a generator of triples: a value of {@code first}, then one of {@code second}, then one
   * of {@code third}.
   *
   * @param first the generator of first values
   * @param second the generator of second values
   * @param third the generator of third values
   * @param <A> the first values' type
   * @param <B> the second values' type
   * @param <C> the third values' type
   * @return the generator
   */
  public static <A, B, C> Generator<Tuple3<A, B, C>> tuple(
      Generator<A> first, Generator<B> second, Generator<C> third) {
    return random ->
        new Tuple3<>(first.generate(random), second.generate(random), third.generate(random));
  }

  /**
   * Returns {@code generator} with a weight, for {@link #frequency}.
   *
   * @param weight how often the generator is chosen relative to the others; at least 1
   * @param generator the generator
   * @param <T> the values' type
   * @return the weighted generator
   * @throws dev.governance.core.GovernanceValidationException if {@code weight} is below 1
   */
  public static <T> Weighted<T> weighted(int weight, Generator<T> generator) {
    return new Weighted<>(weight, generator);
  }

  /**
   * A generator and how often {@link #frequency} chooses it.
   *
   * @param weight the relative weight; at least 1
   * @param generator the generator
   * @param <T> the values' type
   */
  public record Weighted<T>(int weight, Generator<T> generator) {

    /**
     * Checks the weight.
     *
     * @throws dev.governance.core.GovernanceValidationException if {@code weight} is below 1
     */
    public Weighted {
      positive(weight, "weight");
    }
  }

  /**
   * Two generated values.
   *
   * @param first the first value
   * @param second the second value
   * @param <A> the first value's type
   * @param <B> the second value's type
   */
  public record Tuple2<A, B>(A first, B second) {}

  /**
   * Three generated values.
   *
   * @param first the first value
   * @param second the second value
   * @param third the third value
   * @param <A> the first value's type
   * @param <B> the second value's type
   * @param <C> the third value's type
   */
  public record Tuple3<A, B, C>(A first, B second, C third) {}
}
