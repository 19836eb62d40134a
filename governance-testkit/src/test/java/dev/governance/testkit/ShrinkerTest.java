package dev.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShrinkerTest {

  private static final Generator<List<Integer>> LISTS = Generators.integers(0, 99).listOf(0, 20);

  @Test
  void keepsOnlySmallerFailingSequencesAndEndsAtALocalMinimum() {
    Property.Check<List<Integer>> noBigSum =
        list -> assertThat(list.stream().mapToInt(Integer::intValue).sum()).isLessThan(150);
    long[] start = {20, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99};
    ChoiceRandom replay = ChoiceRandom.replaying(start);
    List<Integer> value = LISTS.generate(replay);
    Shrinker<List<Integer>> shrinker =
        new Shrinker<>(
            LISTS,
            noBigSum,
            10_000,
            new Shrinker.Attempt<>(replay.choices(), value, Property.failure(noBigSum, value)));

    List<Integer> smallest = shrinker.shrink().value();

    assertThat(smallest).hasSize(2);
    assertThat(smallest.get(0) + smallest.get(1)).isEqualTo(150);
    assertThat(shrinker.steps()).isPositive().isLessThanOrEqualTo(shrinker.evaluations());
  }

  @Test
  void stopsWhenItsBudgetIsSpent() {
    Property.Check<List<Integer>> alwaysFails =
        list -> {
          throw new AssertionError("fails");
        };
    long[] start = {5, 9, 9, 9, 9, 9};
    ChoiceRandom replay = ChoiceRandom.replaying(start);
    List<Integer> value = LISTS.generate(replay);
    Shrinker<List<Integer>> shrinker =
        new Shrinker<>(
            LISTS,
            alwaysFails,
            3,
            new Shrinker.Attempt<>(replay.choices(), value, new AssertionError("fails")));

    assertThat(shrinker.shrink().value()).isNotNull();

    assertThat(shrinker.evaluations()).isEqualTo(3);
  }

  @Test
  void ordersChoiceSequencesShortestFirstThenByTheirFirstDifferenceUnsigned() {
    assertThat(Shrinker.smaller(new long[] {9, 9}, new long[] {0, 0, 0})).isTrue();
    assertThat(Shrinker.smaller(new long[] {0, 5}, new long[] {1, 0})).isTrue();
    assertThat(Shrinker.smaller(new long[] {1, 0}, new long[] {1, 0})).isFalse();
    assertThat(Shrinker.smaller(new long[] {-1L}, new long[] {1})).isFalse();
  }
}
