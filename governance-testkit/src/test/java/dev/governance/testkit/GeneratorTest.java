package dev.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GeneratorTest {

  private final Generator<Integer> dice = random -> 1 + random.nextInt(6);

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
}
