package dev.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PropertyFailureTest {

  @Test
  void isAnAssertionErrorWithTheReportAsMessageAndTheShrunkFailureAsCause() {
    AssertionError cause = new AssertionError("no");
    Counterexample<String> counterexample =
        new Counterexample<>("a", "abc", cause, 1, 1, 2, 5, String::valueOf);

    PropertyFailure failure = new PropertyFailure(counterexample);

    assertThat(failure).isInstanceOf(AssertionError.class).hasCause(cause);
    assertThat(failure.getMessage()).isEqualTo(counterexample.toString());
    assertThat(failure.counterexample()).isSameAs(counterexample);
  }
}
