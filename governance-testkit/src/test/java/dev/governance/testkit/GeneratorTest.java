package dev.governance.testkit;

import static dev.governance.testkit.Generators.integers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GeneratorTest {

  private final Generator<Integer> dice = random -> 1 + random.nextInt(6);

  private static <T> T shrunk(Generator<T> generator, Property.Check<T> check) {
    return Property.forAll(generator)
        .withSeed(3)
        .withTries(500)
        .falsify(check)
        .orElseThrow()
        .value();
  }

  @Test
  void mapsAndListsValues() {
    assertThat(dice.map(d -> d * 10).generate(new SplittableRandom(1)))
        .isBetween(10, 60)
        .matches(v -> v % 10 == 0);
    assertThat(dice.listOf(5).generate(new SplittableRandom(1)))
        .hasSize(5)
        .allSatisfy(d -> assertThat(d).isBetween(1, 6));
  }

  @Test
  void isReproducibleFromASeed() {
    assertThat(dice.listOf(20).generate(new SplittableRandom(42)))
        .isEqualTo(dice.listOf(20).generate(new SplittableRandom(42)));
  }

  @Test
  void mapShrinksThroughTheFunction() {
    assertThat(
            GeneratorTest.<Integer>shrunk(
                integers(0, 1_000).map(x -> x * 3), x -> assertThat(x).isLessThan(100)))
        .isEqualTo(102);
  }

  @Test
  void flatMapShrinksBothTheFirstDrawAndTheValueItLeadsTo() {
    Generator<List<Integer>> sizedLists =
        integers(0, 10).flatMap(size -> integers(0, 9).listOf(size));
    assertThat(
            GeneratorTest.<List<Integer>>shrunk(
                sizedLists, list -> assertThat(list).hasSizeLessThan(3)))
        .containsExactly(0, 0, 0);
  }

  @Test
  void filterKeepsOnlyAcceptedValuesAndShrinksToTheSimplestAcceptedOne() {
    Generator<Integer> evens = integers(0, 1_000).filter(x -> x % 2 == 0);
    assertThat(GeneratorTest.<Integer>shrunk(evens, x -> assertThat(x).isLessThan(101)))
        .isEqualTo(102);
  }

  @Test
  void listsWithASizeRangeShrinkToTheFewestValuesThatStillFail() {
    Generator<List<Integer>> lists = integers(0, 9).listOf(2, 12);
    assertThat(lists.generate(new SplittableRandom(4))).hasSizeBetween(2, 12);
    assertThat(
            GeneratorTest.<List<Integer>>shrunk(lists, list -> assertThat(list).hasSizeLessThan(5)))
        .containsExactly(0, 0, 0, 0, 0);
  }

  @Test
  void aFilterThatRejectsEverythingSaysSo() {
    Generator<Integer> never = dice.filter(d -> d > 6);
    assertThatThrownBy(() -> never.generate(new SplittableRandom(1)))
        .isInstanceOf(GeneratorException.class)
        .hasMessage(
            "filter rejected 100 generated values in a row; expected a filter that accepts most"
                + " values, or a generator that makes the accepted values directly");
  }

  @Test
  void refusesListSizesThatCannotBe() {
    assertThatThrownBy(() -> dice.listOf(-1))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: minSize = -1: expected an integer >= 0");
    assertThatThrownBy(() -> dice.listOf(3, 2))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: maxSize = 2: expected an integer >= minSize (3)");
  }
}
