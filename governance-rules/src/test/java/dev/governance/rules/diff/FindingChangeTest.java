package dev.governance.rules.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import dev.governance.rules.Finding;
import dev.governance.rules.Severity;
import dev.governance.rules.Subject;
import dev.governance.rules.Waived;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FindingChangeTest {

  private static final Finding RAISED =
      Finding.builder()
          .code("GOV-005")
          .severity(Severity.WARNING)
          .subject(Subject.builder().milestone("go-live").build())
          .message("Go-live in the freeze")
          .build();

  @Test
  void holdsAFindingBeforeAndAfterASeverityOrWaiverChange() {
    FindingChange severity = FindingChange.of(RAISED, RAISED.withSeverity(Severity.ERROR));
    assertThat(severity.after().severity()).isEqualTo(Severity.ERROR);
    FindingChange waived =
        FindingChange.of(RAISED, RAISED.withWaived(Waived.of("w-1", LocalDate.of(2026, 1, 15))));
    assertThat(waived.after().waived()).isPresent();
  }

  @Test
  void rejectsAnotherIdentity() {
    assertThatThrownBy(() -> FindingChange.of(RAISED, RAISED.withCode("GOV-006")))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("after = 'GOV-006 [milestone=go-live]'")
        .hasMessageContaining(
            "expected the code and subject of before, GOV-005 [milestone=go-live]");
  }

  @Test
  void rejectsTheSameSeverityAndWaiver() {
    assertThatThrownBy(() -> FindingChange.of(RAISED, RAISED.withMessage("Still in the freeze")))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("after = 'WARNING not waived'")
        .hasMessageContaining("expected a severity or waiver other than before's");
  }
}
