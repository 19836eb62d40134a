package dev.governance.testkit;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.notNegative;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * A source of values: a function of a random generator. The same seed gives the same values, so a
 * failing case can be replayed.
 *
 * <p>A generator shrinks without code of its own: a {@link Property} records the random choices it
 * draws and replays fewer and lower ones (see {@link Property} for the design). It shrinks toward
 * what its lowest draws make, so a generator draws with bounded methods ({@code nextInt(origin,
 * bound)}, {@code nextBoolean()}, {@code nextDouble()}) whose lowest result is its simplest value:
 * the first of its options, the smallest count, the earliest date. {@link #map}, {@link #flatMap}
 * and {@link #filter} keep shrinking, since they only draw through the generators they compose.
 *
 * @param <T> the type of value generated
 */
@FunctionalInterface
public interface Generator<T> {

  /** How many values in a row {@link #filter} tries before it gives up. */
  int FILTER_ATTEMPTS = 100;

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
   * Returns a generator that draws a value of this generator and then a value of the generator
   * {@code mapper} makes of it, such as a model size and then a model of that size. Both draws
   * shrink: the first toward a simpler generator, the second within it.
   *
   * @param mapper the function from this generator's values to the next generator
   * @param <R> the type of the resulting values
   * @return the composed generator
   */
  default <R> Generator<R> flatMap(Function<? super T, ? extends Generator<? extends R>> mapper) {
    return random -> mapper.apply(generate(random)).generate(random);
  }

  /**
   * Returns a generator of the values of this generator that satisfy {@code predicate}: it draws up
   * to {@link #FILTER_ATTEMPTS} values in a row and returns the first accepted. Prefer a generator
   * that makes valid values directly; a filter suits a condition that most values meet.
   *
   * @param predicate which values to keep
   * @return the filtered generator, which throws {@link GeneratorException} when the predicate
   *     rejects {@link #FILTER_ATTEMPTS} values in a row
   */
  default Generator<T> filter(Predicate<? super T> predicate) {
    return random -> {
      for (int attempt = 0; attempt < FILTER_ATTEMPTS; attempt++) {
        T value = generate(random);
        if (predicate.test(value)) {
          return value;
        }
      }
      throw new GeneratorException(
          "filter rejected "
              + FILTER_ATTEMPTS
              + " generated values in a row; expected a filter that accepts most values, or a"
              + " generator that makes the accepted values directly");
    };
  }

  /**
   * Returns a generator of lists of exactly {@code size} values of this generator.
   *
   * @param size the number of values in each list; 0 or more
   * @return the list generator
   * @throws dev.governance.core.GovernanceValidationException if {@code size} is negative
   */
  default Generator<List<T>> listOf(int size) {
    return listOf(size, size);
  }

  /**
   * Returns a generator of lists of {@code minSize} to {@code maxSize} values of this generator.
   * The size is drawn first, so a list shrinks toward {@code minSize} values.
   *
   * @param minSize the fewest values in a list; 0 or more
   * @param maxSize the most values in a list; {@code minSize} or more
   * @return the list generator
   * @throws dev.governance.core.GovernanceValidationException if {@code minSize} is negative or
   *     {@code maxSize} is below it
   */
  default Generator<List<T>> listOf(int minSize, int maxSize) {
    notNegative(minSize, "minSize");
    check(maxSize >= minSize, "maxSize", maxSize, "an integer >= minSize (" + minSize + ")");
    return random -> {
      int size = minSize == maxSize ? minSize : random.nextInt(minSize, maxSize + 1);
      List<T> values = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        values.add(generate(random));
      }
      return values;
    };
  }
}
