package dev.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WaivedTest {

  @Test
  void namesTheWaiverAndItsLastDay() {
    Waived mark = Waived.of("w-click-collect", LocalDate.of(2026, 1, 15));
    assertThat(mark).hasToString("waived by w-click-collect until 2026-01-15");
    assertThat(mark)
        .isEqualTo(Waived.of("w-click-collect", LocalDate.of(2026, 1, 15)))
        .isNotEqualTo(Waived.of("w-click-collect", LocalDate.of(2026, 1, 16)));
  }

  @Test
  void aFindingIsUnwaivedUnlessMarked() {
    Finding finding =
        Finding.builder()
            .code("GOV-005")
            .severity(Severity.ERROR)
            .subject(Subject.builder().milestone("click-collect-go-live").build())
            .message("Go-live inside the freeze")
            .build();
    assertThat(finding.waived()).isEmpty();
    assertThat(finding.withWaived(Waived.of("w", LocalDate.of(2026, 1, 15))).waived())
        .contains(Waived.of("w", LocalDate.of(2026, 1, 15)));
  }

  @Test
  void rejectsAWaiverIdThatIsNotAnId() {
    assertThatThrownBy(() -> Waived.of("w 1", LocalDate.of(2026, 1, 15)))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: id = 'w 1': expected an id of 1 to 128 letters, digits or . _"
                + " : / + - starting with a letter or digit");
  }
}
