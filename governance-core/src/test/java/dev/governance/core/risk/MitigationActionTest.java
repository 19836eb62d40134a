package dev.governance.core.risk;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MitigationActionTest {

  private static final LocalDate DUE = LocalDate.of(2025, 6, 30);

  /** Returns a builder of an action with everything but its status (and completion day). */
  static MitigationAction.Builder dpia() {
    return MitigationAction.builder()
        .id("act-1")
        .risk("R-7")
        .title("Run a data-protection impact assessment")
        .owner("ana")
        .coOwner("cy")
        .due(DUE);
  }

  static MitigationAction planned() {
    return dpia().status(ActionStatus.PLANNED).build();
  }

  @Test
  void holdsItsOwnersDueDateAndStatus() {
    MitigationAction a = planned();
    assertThat(a.id()).isEqualTo("act-1");
    assertThat(a.risk()).isEqualTo("R-7");
    assertThat(a.title()).isEqualTo("Run a data-protection impact assessment");
    assertThat(a.owner()).isEqualTo("ana");
    assertThat(a.coOwner()).isEqualTo("cy");
    assertThat(a.due()).isEqualTo(DUE);
    assertThat(a.status()).isEqualTo(ActionStatus.PLANNED);
    assertThat(a.completedOn()).isEmpty();
  }

  @Test
  void aDoneActionRecordsTheDay() {
    MitigationAction done = dpia().status(ActionStatus.DONE).completedOn(DUE.minusDays(3)).build();
    assertThat(done.completedOn()).contains(DUE.minusDays(3));
  }

  @Test
  void isOverdueWhenStillOpenAfterItsDueDay() {
    MitigationAction planned = planned();
    assertThat(planned.isOverdue(DUE.minusDays(1))).isFalse();
    assertThat(planned.isOverdue(DUE)).as("due today is not yet overdue").isFalse();
    assertThat(planned.isOverdue(DUE.plusDays(1))).isTrue();
    assertThat(planned.withStatus(ActionStatus.IN_PROGRESS).isOverdue(DUE.plusDays(1))).isTrue();
    assertThat(planned.withStatus(ActionStatus.CANCELLED).isOverdue(DUE.plusDays(1))).isFalse();
    MitigationAction done = dpia().status(ActionStatus.DONE).completedOn(DUE.plusDays(5)).build();
    assertThat(done.isOverdue(DUE.plusDays(10))).isFalse();
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(planned(), planned())
        .addEqualityGroup(planned().withStatus(ActionStatus.IN_PROGRESS))
        .addEqualityGroup(planned().withDue(DUE.plusDays(1)))
        .addEqualityGroup(dpia().status(ActionStatus.DONE).completedOn(DUE).build())
        .testEquals();
  }

  @Test
  void rejectsACoOwnerWhoIsTheOwner() {
    rejects(
        () -> planned().withCoOwner("ana"),
        "Invalid governance data: coOwner = 'ana': expected a person other than the owner");
  }

  @Test
  void requiresACompletionDayExactlyWhenDone() {
    rejects(
        () -> dpia().status(ActionStatus.DONE).build(),
        "Invalid governance data: completedOn = '<missing>': expected a day exactly when the"
            + " status is DONE (status DONE)");
    rejects(
        () -> dpia().status(ActionStatus.PLANNED).completedOn(DUE).build(),
        "Invalid governance data: completedOn = '2025-06-30': expected a day exactly when the"
            + " status is DONE (status PLANNED)");
    rejects(
        () ->
            dpia()
                .status(ActionStatus.DONE)
                .completedOn(DUE)
                .build()
                .withStatus(ActionStatus.CANCELLED),
        "Invalid governance data: completedOn = '2025-06-30': expected a day exactly when the"
            + " status is DONE (status CANCELLED)");
  }

  @Test
  void rejectsBadIdsAndABlankTitle() {
    rejects(
        () -> planned().withTitle(" "),
        "Invalid governance data: title = ' ': expected a non-blank text");
    rejects(
        () -> planned().withRisk("R 7"),
        "Invalid governance data: risk = 'R 7': expected an id of 1 to 128 letters, digits or . _"
            + " : / + - starting with a letter or digit");
    rejects(
        () -> planned().withOwner("@ana"),
        "Invalid governance data: owner = '@ana': expected an id of 1 to 128 letters, digits or . _"
            + " : / + - starting with a letter or digit");
    rejects(
        () -> planned().withCoOwner(""),
        "Invalid governance data: coOwner = '': expected an id of 1 to 128 letters, digits or . _ :"
            + " / + - starting with a letter or digit");
    rejects(
        () -> planned().withId("act 1"),
        "Invalid governance data: id = 'act 1': expected an id of 1 to 128 letters, digits or . _"
            + " : / + - starting with a letter or digit");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicInstanceMethods(MitigationAction.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(planned());
  }
}
