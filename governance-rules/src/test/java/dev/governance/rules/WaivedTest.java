package dev.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WaivedTest {

  private static final LocalDate UNTIL = LocalDate.of(2026, 1, 15);

  @Test
  void printsTheWaiverAndItsLastDay() {
    assertThat(Waived.of("w-1", UNTIL)).hasToString("waived by w-1 until 2026-01-15");
    assertThat(Waived.of("w-1", UNTIL).withReason("Hypercare").reason()).contains("Hypercare");
    assertThat(Waived.of("w-1", UNTIL))
        .isEqualTo(Waived.of("w-1", UNTIL))
        .isNotEqualTo(Waived.of("w-1", UNTIL.plusDays(1)));
  }

  @Test
  void aFindingIsUnwaivedUnlessMarkedAndPrintsItsMark() {
    Finding finding = FindingTest.noAccountable("a");
    assertThat(finding.waived()).isEmpty();
    Finding waived = finding.withWaived(Waived.of("w-1", UNTIL));
    assertThat(waived.waived()).contains(Waived.of("w-1", UNTIL));
    assertThat(waived.toString()).endsWith(" (waived by w-1 until 2026-01-15)");
  }

  @Test
  void rejectsABadIdOrABlankReason() {
    assertThatThrownBy(() -> Waived.of("w 1", UNTIL))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: id = 'w 1': expected an id of 1 to 128 letters, digits or . _"
                + " : / + - starting with a letter or digit");
    assertThatThrownBy(() -> Waived.of("w-1", UNTIL).withReason(" "))
        .hasMessage("Invalid governance data: reason = ' ': expected a non-blank text");
  }
}
