package dev.governance.core.practice;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WaiverTest {

  static Waiver.Builder goLiveInFreeze() {
    return Waiver.builder()
        .id("w-click-collect")
        .code("GOV-005")
        .putSubject("system", "commerce")
        .putSubject("milestone", "click-collect-go-live")
        .reason("Accepted by the steering committee with hypercare")
        .approvedBy("lea")
        .decision("dec-click-collect")
        .from(LocalDate.of(2025, 11, 12))
        .until(LocalDate.of(2026, 1, 15));
  }

  @Test
  void appliesFromItsFirstToItsLastDayInclusive() {
    Waiver w = goLiveInFreeze().build();
    assertThat(w.appliesOn(LocalDate.of(2025, 11, 11))).isFalse();
    assertThat(w.appliesOn(LocalDate.of(2025, 11, 12))).isTrue();
    assertThat(w.appliesOn(LocalDate.of(2026, 1, 15))).isTrue();
    assertThat(w.appliesOn(LocalDate.of(2026, 1, 16))).isFalse();
    assertThat(w.subject().keySet()).containsExactly("milestone", "system");
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(goLiveInFreeze().build(), goLiveInFreeze().build())
        .addEqualityGroup(goLiveInFreeze().build().withUntil(LocalDate.of(2026, 1, 31)))
        .testEquals();
  }

  @Test
  void rejectsBadInput() {
    rejects(
        () -> goLiveInFreeze().build().withCode("gov-5"),
        "Invalid governance data: code = 'gov-5': expected a rule code such as GOV-005");
    rejects(
        () ->
            Waiver.builder()
                .id("w")
                .code("GOV-005")
                .reason("Accepted")
                .approvedBy("lea")
                .from(LocalDate.of(2025, 11, 12))
                .until(LocalDate.of(2026, 1, 15))
                .build(),
        "Invalid governance data: subject = {}: expected at least one subject key");
    rejects(
        () -> goLiveInFreeze().putSubject("sytem", "commerce").build(),
        "Invalid governance data: subject = 'sytem': expected one of the subject keys [activity,"
            + " role, person, risk, kpi, obligation, program, system, deliverable, change,"
            + " document, cadence, disagreement, milestone, matrix, waiver]");
    rejects(
        () -> goLiveInFreeze().putSubject("risk", "").build(),
        "Invalid governance data: subject.risk = '': expected an id of 1 to 128 letters, digits"
            + " or . _ : / + - starting with a letter or digit");
    rejects(
        () -> goLiveInFreeze().build().withReason(""),
        "Invalid governance data: reason = '': expected a non-blank text");
    rejects(
        () -> goLiveInFreeze().build().withUntil(LocalDate.of(2025, 11, 11)),
        "Invalid governance data: until = 2025-11-11: expected a day not before from 2025-11-12");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicInstanceMethods(Waiver.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(goLiveInFreeze().build());
  }
}
