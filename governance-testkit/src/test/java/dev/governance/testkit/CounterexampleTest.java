package dev.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CounterexampleTest {

  private final Counterexample<Integer> counterexample =
      new Counterexample<>(10, 734, new AssertionError("x < 10"), 42, 3, 9, 120, x -> "x = " + x);

  @Test
  void holdsTheShrunkValueAndWhatReproducesIt() {
    assertThat(counterexample.value()).isEqualTo(10);
    assertThat(counterexample.original()).isEqualTo(734);
    assertThat(counterexample.seed()).isEqualTo(42);
    assertThat(counterexample.attempt()).isEqualTo(3);
    assertThat(counterexample.shrinkSteps()).isEqualTo(9);
    assertThat(counterexample.shrinkCandidates()).isEqualTo(120);
    assertThat(counterexample.failure()).hasMessage("x < 10");
    assertThat(counterexample.describe()).isEqualTo("x = 10");
  }

  @Test
  void printsTheReportAFailureShows() {
    assertThat(counterexample)
        .hasToString(
            "Property falsified on try 3 with seed 42 (rerun with withSeed(42L) or"
                + " -Dgovernance.testkit.seed=42), shrunk in 9 steps from 120 candidates.\n"
                + "Counterexample:\nx = 10\nFailure: java.lang.AssertionError: x < 10");
  }
}
