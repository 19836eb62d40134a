package dev.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InvalidInputTest {

  @Test
  void namesItsDefectAndPathAndRunsItsAttempt() {
    InvalidInput input =
        new InvalidInput(
            Defect.MALFORMED_ID,
            "id",
            () -> {
              throw new IllegalStateException("attempted");
            });
    assertThat(input).hasToString("MALFORMED_ID at id");
    assertThat(input.defect()).isEqualTo(Defect.MALFORMED_ID);
    assertThat(input.expectedPath()).isEqualTo("id");
    assertThatThrownBy(input::build).hasMessage("attempted");
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> new InvalidInput(null, "id", () -> 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("defect");
    assertThatThrownBy(() -> new InvalidInput(Defect.MALFORMED_ID, null, () -> 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("expectedPath");
    assertThatThrownBy(() -> new InvalidInput(Defect.MALFORMED_ID, "id", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("attempt");
  }
}
