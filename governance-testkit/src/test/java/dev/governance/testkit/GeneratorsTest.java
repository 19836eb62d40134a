package dev.governance.testkit;

import static dev.governance.testkit.Generators.constant;
import static dev.governance.testkit.Generators.elements;
import static dev.governance.testkit.Generators.frequency;
import static dev.governance.testkit.Generators.integers;
import static dev.governance.testkit.Generators.oneOf;
import static dev.governance.testkit.Generators.tuple;
import static dev.governance.testkit.Generators.weighted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import dev.governance.testkit.Generators.Tuple2;
import dev.governance.testkit.Generators.Tuple3;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each combinator generates what it says and shrinks toward its simplest value. */
class GeneratorsTest {

  private static <T> T shrunk(Generator<T> generator, Property.Check<T> check) {
    return Property.forAll(generator)
        .withSeed(5)
        .withTries(500)
        .falsify(check)
        .orElseThrow()
        .value();
  }

  private static <T> Map<T, Long> histogram(Generator<T> generator, int draws) {
    SplittableRandom random = new SplittableRandom(8);
    return IntStream.range(0, draws)
        .mapToObj(i -> generator.generate(random))
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  @Test
  void constantAlwaysMakesItsValueAndDrawsNothing() {
    ChoiceRandom random = ChoiceRandom.drawingFrom(new SplittableRandom(1));
    assertThat(constant("x").generate(random)).isEqualTo("x");
    assertThat(random.choices()).isEmpty();
  }

  @Test
  void integersStayInTheirRangeAndShrinkToTheBoundaryOfTheFailure() {
    assertThat(histogram(integers(-2, 2), 1_000)).containsOnlyKeys(-2, -1, 0, 1, 2);
    assertThat(
            GeneratorsTest.<Integer>shrunk(
                integers(-1_000, 1_000), x -> assertThat(x).isLessThan(100)))
        .isEqualTo(100);
    assertThat(histogram(integers(Integer.MAX_VALUE, Integer.MAX_VALUE), 10))
        .containsOnlyKeys(Integer.MAX_VALUE);
  }

  @Test
  void elementsPicksEachValueAndShrinksTowardTheFirst() {
    assertThat(histogram(elements(List.of("a", "b", "c")), 3_000).values())
        .allSatisfy(count -> assertThat(count).isBetween(900L, 1_100L));
    assertThat(
            GeneratorsTest.<String>shrunk(
                elements(List.of("a", "b", "c", "d")), x -> assertThat(x).isIn("a", "b")))
        .isEqualTo("c");
  }

  @Test
  void oneOfDrawsFromEachGeneratorAndShrinksTowardTheFirst() {
    Generator<Integer> lowOrHigh = oneOf(integers(0, 9), integers(100, 109));
    assertThat(histogram(lowOrHigh, 1_000).keySet()).anyMatch(x -> x < 10).anyMatch(x -> x >= 100);
    assertThat(GeneratorsTest.<Integer>shrunk(lowOrHigh, x -> assertThat(x % 2).isZero()))
        .isEqualTo(1);
    assertThat(GeneratorsTest.<Integer>shrunk(lowOrHigh, x -> assertThat(x).isLessThan(50)))
        .isEqualTo(100);
  }

  @Test
  void frequencyChoosesByWeightAndShrinksTowardTheFirstChoice() {
    Map<String, Long> counts =
        histogram(
            frequency(weighted(1, constant("rare")), weighted(9, constant("common"))), 10_000);
    assertThat(counts.get("rare")).isBetween(850L, 1_150L);
    assertThat(
            shrunk(
                frequency(weighted(1, integers(0, 9)), weighted(9, integers(50, 59))),
                x -> assertThat(x).isGreaterThan(55)))
        .isEqualTo(0);
  }

  @Test
  void tuplesDrawTheirComponentsInOrderAndShrinkTheFirstFirst() {
    Tuple2<Integer, Integer> pair =
        shrunk(
            tuple(integers(0, 100), integers(0, 100)),
            p -> assertThat(p.first() + p.second()).isLessThan(50));
    assertThat(pair.first() + pair.second()).isEqualTo(50);
    Tuple3<Integer, String, Boolean> triple =
        shrunk(
            tuple(integers(0, 100), elements(List.of("x", "y")), random -> random.nextBoolean()),
            t -> assertThat(t.third()).isFalse());
    assertThat(triple).isEqualTo(new Tuple3<>(0, "x", true));
  }

  @Test
  void refusesWhatCannotBeDrawnFrom() {
    assertThatThrownBy(() -> integers(3, 2))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: max = 2: expected an integer >= min (3)");
    assertThatThrownBy(() -> elements(List.of()))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: values = []: expected at least one value");
    assertThatThrownBy(() -> oneOf())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: generators = []: expected at least one generator");
    assertThatThrownBy(() -> frequency())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: choices = []: expected at least one weighted generator");
    assertThatThrownBy(() -> weighted(0, constant(1)))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: weight = 0: expected an integer >= 1");
    assertThatThrownBy(
            () -> frequency(weighted(Integer.MAX_VALUE, constant(1)), weighted(1, constant(2))))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: weights = 2147483648: expected a sum of at most 2147483647");
  }
}
