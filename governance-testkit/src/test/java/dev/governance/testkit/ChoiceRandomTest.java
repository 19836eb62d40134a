package dev.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChoiceRandomTest {

  @Test
  void replayingTheRecordedChoicesMakesTheSameDraws() {
    ChoiceRandom first = ChoiceRandom.drawingFrom(new SplittableRandom(3));
    String drawn = draws(first);
    assertThat(draws(ChoiceRandom.replaying(first.choices()))).isEqualTo(drawn);
  }

  @Test
  void theZeroChoiceIsTheSimplestOutcomeOfEveryDraw() {
    ChoiceRandom random = ChoiceRandom.replaying(new long[0]);
    assertThat(random.nextInt(5, 9)).isEqualTo(5);
    assertThat(random.nextInt(7)).isZero();
    assertThat(random.nextLong(-3, 4)).isEqualTo(-3);
    assertThat(random.nextBoolean()).isFalse();
    assertThat(random.nextDouble()).isZero();
    assertThat(random.nextDouble(2.5, 3.0)).isEqualTo(2.5);
    assertThat(random.nextFloat()).isZero();
    assertThat(random.nextLong()).isZero();
    assertThat(random.nextInt()).isZero();
    assertThat(random.choices()).hasSize(9).containsOnly(0L);
  }

  @Test
  void unboundedDrawsReadChoicesInZigzagOrderOfMagnitude() {
    ChoiceRandom random = ChoiceRandom.replaying(new long[] {1, 2, 3, 4, 1, -1L});
    assertThat(random.nextLong()).isEqualTo(-1);
    assertThat(random.nextLong()).isEqualTo(1);
    assertThat(random.nextLong()).isEqualTo(-2);
    assertThat(random.nextLong()).isEqualTo(2);
    assertThat(random.nextInt()).isEqualTo(-1);
    assertThat(random.nextLong()).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void aReplayedChoiceAboveTheDrawsOutcomesIsReadAsTheHighestOutcome() {
    ChoiceRandom random = ChoiceRandom.replaying(new long[] {40, 40, 1L << 60});
    assertThat(random.nextInt(10, 20)).isEqualTo(19);
    assertThat(random.nextBoolean()).isTrue();
    assertThat(random.nextDouble()).isEqualTo(1.0 - 0x1.0p-53);
    assertThat(random.choices()).containsExactly(9, 1, (1L << 53) - 1);
  }

  @Test
  void drawsOverTheWholeLongRangeStayInRange() {
    ChoiceRandom random = ChoiceRandom.drawingFrom(new SplittableRandom(11));
    for (int i = 0; i < 10_000; i++) {
      assertThat(random.nextLong(Long.MIN_VALUE + 1, Long.MAX_VALUE))
          .isBetween(Long.MIN_VALUE + 1, Long.MAX_VALUE - 1);
      assertThat(random.nextInt(-5, 5)).isBetween(-5, 4);
      assertThat(random.nextDouble(1.0, 2.0)).isGreaterThanOrEqualTo(1.0).isLessThan(2.0);
    }
  }

  @Test
  void refusesAnEmptyRangeAsEveryRandomGeneratorDoes() {
    ChoiceRandom random = ChoiceRandom.replaying(new long[0]);
    assertThatThrownBy(() -> random.nextInt(4, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bound must be greater than origin, was origin 4 and bound 4");
  }

  @Test
  void stopsAGeneratorThatNeverStopsDrawing() {
    ChoiceRandom random = ChoiceRandom.replaying(new long[0]);
    assertThatThrownBy(
            () -> {
              while (!random.nextBoolean()) {
                // a loop that only a true draw would end, and 0 is false
              }
            })
        .isInstanceOf(GeneratorException.class)
        .hasMessage(
            "a generator drew more than 4194304 random choices for one value; expected a"
                + " generator that stops drawing, such as one whose filter accepts its values"
                + " often enough");
  }

  private static String draws(ChoiceRandom random) {
    return random.nextInt(100)
        + " "
        + random.nextLong()
        + " "
        + random.nextDouble()
        + " "
        + random.nextBoolean()
        + " "
        + random.nextInt()
        + " "
        + random.nextGaussian()
        + " "
        + random.nextLong(Long.MIN_VALUE, Long.MAX_VALUE);
  }
}
