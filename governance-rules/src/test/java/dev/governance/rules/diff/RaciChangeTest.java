package dev.governance.rules.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import org.junit.jupiter.api.Test;

class RaciChangeTest {

  @Test
  void anEmptiedCellIsTheEmptyString() {
    assertThat(RaciChange.of("m", "plan", "pm", "A/R", "").after()).isEmpty();
  }

  @Test
  void rejectsTheSameLetters() {
    assertThatThrownBy(() -> RaciChange.of("m", "plan", "pm", "R", "R"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("after = 'R'")
        .hasMessageContaining("expected letters other than before's");
  }

  @Test
  void rejectsABadRoleId() {
    assertThatThrownBy(() -> RaciChange.of("m", "plan", "", "R", "A"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("role = ''");
  }
}
