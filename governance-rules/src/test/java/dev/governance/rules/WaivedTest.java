package dev.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WaivedTest {

  private static final LocalDate UNTIL = LocalDate.of(2026, 1, 15);

  @Test
  void printsTheWaiverAndItsLastDay() {
    assertThat(Waived.of("w-1", UNTIL)).hasToString("waived by w-1 until 2026-01-15");
    assertThat(Waived.of("w-1", UNTIL).withReason("Hypercare").reason()).contains("Hypercare");
  }

  @Test
  void aWaivedFindingPrintsItsMark() {
    Finding waived = FindingTest.noAccountable("a").withWaived(Waived.of("w-1", UNTIL));
    assertThat(waived.toString()).endsWith(" (waived by w-1 until 2026-01-15)");
  }

  @Test
  void rejectsABadIdOrABlankReason() {
    assertThatThrownBy(() -> Waived.of("w 1", UNTIL))
        .hasMessageStartingWith("Invalid governance data: id = 'w 1': expected an id");
    assertThatThrownBy(() -> Waived.of("w-1", UNTIL).withReason(" "))
        .hasMessageStartingWith("Invalid governance data: reason");
  }
}
