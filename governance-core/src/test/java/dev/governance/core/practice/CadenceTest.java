package dev.governance.core.practice;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class CadenceTest {

  static Cadence.Builder sync() {
    return Cadence.builder()
        .id("pm-commerce")
        .name("Program and commerce sync")
        .kind(CadenceKind.PROGRAM_SYSTEM_SYNC)
        .program("omni")
        .system("commerce")
        .every(Period.ofWeeks(2));
  }

  @Test
  void meetsMoreOftenInTheCriticalPhase() {
    Cadence cadence =
        sync()
            .criticalEvery(Period.ofWeeks(1))
            .criticalFrom(LocalDate.of(2025, 10, 1))
            .criticalTo(LocalDate.of(2025, 11, 30))
            .build();
    assertThat(cadence.inForce(LocalDate.of(2025, 9, 30))).isEqualTo(Period.ofWeeks(2));
    assertThat(cadence.inForce(LocalDate.of(2025, 10, 1))).isEqualTo(Period.ofWeeks(1));
    assertThat(cadence.inForce(LocalDate.of(2025, 12, 1))).isEqualTo(Period.ofWeeks(2));
  }

  @Test
  void rejectsAHalfDefinedCriticalPhase() {
    rejects(
        () -> sync().criticalFrom(LocalDate.of(2025, 10, 1)).build(),
        "Invalid governance data: criticalEvery = '<missing>': expected criticalEvery, criticalFrom"
            + " and criticalTo together, or none of them");
    rejects(
        () ->
            Cadence.builder()
                .id("c")
                .name("C")
                .kind(CadenceKind.STEERING_COMMITTEE)
                .every(Period.ZERO)
                .build(),
        "Invalid governance data: every = P0D: expected a positive period of at most ten years,"
            + " such as P1M");
    rejects(
        () ->
            sync()
                .criticalEvery(Period.ofWeeks(1))
                .criticalFrom(LocalDate.of(2025, 10, 1))
                .criticalTo(LocalDate.of(2025, 9, 1))
                .build(),
        "Invalid governance data: criticalTo = 2025-09-01: expected a day not before criticalFrom"
            + " 2025-10-01");
  }

  /** Issue 20, point 8: P999999999Y passed and later crashed date arithmetic. */
  @Test
  void rejectsCadencesLongerThanTenYears() {
    rejects(
        () -> sync().build().withEvery(Period.ofYears(999_999_999)),
        "Invalid governance data: every = P999999999Y: expected a positive period of at most ten"
            + " years, such as P1M");
    rejects(
        () ->
            sync()
                .criticalEvery(Period.ofDays(4000))
                .criticalFrom(LocalDate.of(2025, 10, 1))
                .criticalTo(LocalDate.of(2025, 11, 1))
                .build(),
        "Invalid governance data: criticalEvery = P4000D: expected a positive period of at most"
            + " ten years, such as P1W");
    assertThat(sync().build().withEvery(Period.ofYears(10)).every()).isEqualTo(Period.ofYears(10));
  }
}
