package dev.governance.core.practice;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DisagreementTest {

  static Disagreement.Builder freeze() {
    return Disagreement.builder()
        .id("d-1")
        .topic("Go-live inside the peak freeze")
        .raisedOn(LocalDate.of(2025, 10, 6))
        .addParties("ana", "cy");
  }

  @Test
  void isEscalatedAndDecidedOrNot() {
    Disagreement decided =
        freeze()
            .escalatedOn(LocalDate.of(2025, 10, 8))
            .decidedOn(LocalDate.of(2025, 10, 15))
            .decision("Go-live after the freeze")
            .build();
    assertThat(decided.decision()).contains("Go-live after the freeze");
    assertThat(freeze().build().escalatedOn()).isEmpty();
  }

  @Test
  void rejectsDaysBeforeItWasRaisedAndADayWithoutADecision() {
    rejects(
        () -> freeze().escalatedOn(LocalDate.of(2025, 10, 1)).build(),
        "Invalid governance data: escalatedOn = 2025-10-01: expected a day not before raisedOn"
            + " 2025-10-06");
    rejects(
        () -> freeze().decidedOn(LocalDate.of(2025, 10, 15)).build(),
        "Invalid governance data: decision = '<missing>': expected a decision exactly when there is"
            + " a decidedOn day");
  }
}
