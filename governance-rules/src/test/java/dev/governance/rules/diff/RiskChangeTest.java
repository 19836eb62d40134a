package dev.governance.rules.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RiskChangeTest {

  @Test
  void fieldsAreInTheOrderOfTheirNames() {
    assertThat(RiskChange.FIELDS).isSorted().hasSize(6);
    assertThat(RiskChange.of("r1", RiskChange.RISK, Optional.empty(), Optional.of("Title")).after())
        .contains("Title");
  }

  @Test
  void rejectsAnUnknownField() {
    assertThatThrownBy(() -> RiskChange.of("r1", "likelihood", Optional.of("1"), Optional.of("2")))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("field = 'likelihood'")
        .hasMessageContaining("expected one of [inherentLevel, programOwner");
  }

  @Test
  void rejectsNoChange() {
    assertThatThrownBy(
            () ->
                RiskChange.of("r1", RiskChange.SYSTEM_OWNER, Optional.of("cy"), Optional.of("cy")))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("after = 'cy'")
        .hasMessageContaining("expected a value other than before");
  }

  @Test
  void rejectsABadId() {
    assertThatThrownBy(
            () -> RiskChange.of("no id", RiskChange.RISK, Optional.empty(), Optional.of("T")))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("id = 'no id'");
  }
}
