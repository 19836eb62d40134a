package dev.governance.testkit;

import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A source of values: a function of a random generator. The same seed gives the same values, so a
 * failing case can be replayed.
 *
 * @param <T> the type of value generated
 */
@FunctionalInterface
public interface Generator<T> {

  /**
   * Returns a new value drawn with {@code random}.
   *
   * @param random the source of randomness
   * @return the value; valid by construction
   */
  T generate(RandomGenerator random);

  /**
   * Returns a generator of {@code mapper} applied to this generator's values.
   *
   * @param mapper the function to apply
   * @param <R> the type of the mapped values
   * @return the mapped generator
   */
  default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
    return random -> mapper.apply(generate(random));
  }

  /**
   * Returns a generator of lists of {@code size} values of this generator.
   *
   * @param size the number of values in each list
   * @return the list generator
   */
  default Generator<List<T>> listOf(int size) {
    return random ->
        IntStream.range(0, size).mapToObj(i -> generate(random)).collect(Collectors.toList());
  }
}
