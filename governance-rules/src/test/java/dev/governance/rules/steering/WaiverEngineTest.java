package dev.governance.rules.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.party.Person;
import dev.governance.core.party.Role;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.party.WellKnownRole;
import dev.governance.core.practice.Waiver;
import dev.governance.rules.Finding;
import dev.governance.rules.Severity;
import dev.governance.rules.Subject;
import dev.governance.rules.ValidationReport;
import dev.governance.rules.Waived;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WaiverEngineTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  /** A finding about a role held by a person, the subject a waiver names by two keys. */
  private static final Finding OVERLOAD =
      Finding.builder()
          .code("RACI-006")
          .severity(Severity.WARNING)
          .subject(Subject.builder().role("change-board").person("bob").matrix("release").build())
          .message("bob is Responsible on 12 activities")
          .build();

  private static final Finding GAP =
      Finding.builder()
          .code("RACI-004")
          .severity(Severity.ERROR)
          .subject(Subject.builder().role("change-board").build())
          .message("Role 'change-board' is held by no one")
          .build();

  private static final ValidationReport FINDINGS = ValidationReport.of(List.of(OVERLOAD, GAP));

  @Test
  void anAuthorisedWaiverInForceMarksTheFindingsItMatches() {
    WaiverReview review = review(waiver("w-1", "RACI-006", Map.of("person", "bob"), "lea"));
    assertThat(review.findings().findings()).isEmpty();
    ValidationReport marked = review.mark(FINDINGS);
    assertThat(marked.findings("RACI-006"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.waived())
                    .contains(
                        Waived.of("w-1", LocalDate.of(2026, 3, 31))
                            .withReason("Accepted by the committee")));
    assertThat(marked.findings("RACI-004"))
        .singleElement()
        .satisfies(f -> assertThat(f.waived()).isEmpty());
    assertThat(marked.activeCount(Severity.WARNING)).isZero();
    assertThat(marked.count(Severity.WARNING)).isEqualTo(1);
  }

  @Test
  void everyKeyOfTheWaiverMustMatchAndExtraKeysOfTheFindingAreFine() {
    Waiver both = waiver("w-1", "RACI-006", Map.of("person", "bob", "role", "change-board"), "lea");
    assertThat(review(both).waived()).containsOnlyKeys(OVERLOAD);
    Waiver otherRole = waiver("w-1", "RACI-006", Map.of("person", "bob", "role", "auditor"), "lea");
    assertThat(review(otherRole).waived()).isEmpty();
    assertThat(WaiverEngine.matches(otherRole, OVERLOAD)).isFalse();
    Waiver absentKey =
        waiver("w-1", "RACI-004", Map.of("role", "change-board", "person", "bob"), "lea");
    assertThat(WaiverEngine.matches(absentKey, GAP)).as("a key the finding lacks").isFalse();
  }

  @Test
  void theCodeMustMatch() {
    Waiver wrongCode = waiver("w-1", "RACI-005", Map.of("person", "bob"), "lea");
    assertThat(WaiverEngine.matches(wrongCode, OVERLOAD)).isFalse();
    assertThat(review(wrongCode).findings().findings())
        .extracting(Finding::code)
        .containsExactly("WAIVER-002");
  }

  @Test
  void anExpiredWaiverLeavesItsFindingActiveAndIsReported() {
    Waiver expired =
        waiver("w-old", "RACI-004", Map.of("role", "change-board"), "lea")
            .withFrom(LocalDate.of(2025, 6, 1))
            .withUntil(LocalDate.of(2025, 11, 30));
    WaiverReview review = review(expired);
    assertThat(review.waived()).isEmpty();
    assertThat(review.findings().findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("WAIVER-001");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.subject()).isEqualTo(Subject.builder().waiver("w-old").build());
              assertThat(f.message())
                  .isEqualTo(
                      "Waiver 'w-old' of RACI-004 expired on 2025-11-30; its finding is active"
                          + " again");
              assertThat(f.suggestedFix())
                  .contains("Renew the waiver with a new decision, or resolve the finding");
              assertThat(f.notifyPeople()).containsExactly("lea");
            });
    assertThat(review.mark(FINDINGS).isValid()).isFalse();
  }

  @Test
  void aWaiverThatMatchesNoFindingIsStale() {
    WaiverReview review = review(waiver("w-1", "RACI-006", Map.of("person", "kai"), "lea"));
    assertThat(review.findings().findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("WAIVER-002");
              assertThat(f.message())
                  .isEqualTo("Waiver 'w-1' of RACI-006 for {person=kai} matches no finding");
            });
  }

  @Test
  void aWaiverApprovedWithoutAuthorityIsNotApplied() {
    WaiverReview review = review(waiver("w-1", "RACI-004", Map.of("role", "change-board"), "bob"));
    assertThat(review.waived()).isEmpty();
    assertThat(review.findings().findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("WAIVER-003");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message())
                  .isEqualTo(
                      "Waiver 'w-1' of RACI-004 is not applied: bob, who approved it, holds none"
                          + " of the approving roles steering-committee,"
                          + " information-systems-manager");
            });
  }

  @Test
  void aRoleThatPlaysAnApprovingWellKnownRoleGivesAuthority() {
    assertThat(review(waiver("w-1", "RACI-004", Map.of("role", "change-board"), "lea")).waived())
        .as("lea holds 'board', which plays the steering committee")
        .containsOnlyKeys(GAP);
    WaiverEngine byId =
        WaiverEngine.of(
            WaiverPolicy.builder().approverRoles(ImmutableList.of("change-board")).build());
    assertThat(
            byId.review(
                    model(waiver("w-1", "RACI-004", Map.of("role", "change-board"), "bob")),
                    FINDINGS,
                    AS_OF,
                    HolidayCalendar.weekends())
                .waived())
        .as("bob holds change-board, listed by id")
        .containsOnlyKeys(GAP);
  }

  @Test
  void aCodeThePolicyMarksNotWaivableIsNotApplied() {
    WaiverEngine strict =
        WaiverEngine.of(WaiverPolicy.builder().notWaivable(ImmutableList.of("RACI-004")).build());
    WaiverReview review =
        strict.review(
            model(waiver("w-1", "RACI-004", Map.of("role", "change-board"), "bob")),
            FINDINGS,
            AS_OF,
            HolidayCalendar.weekends());
    assertThat(review.waived()).isEmpty();
    assertThat(review.findings().findings())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo(
                        "Waiver 'w-1' of RACI-004 is not applied: bob, who approved it, holds"
                            + " none of the approving roles steering-committee,"
                            + " information-systems-manager; and the policy marks RACI-004 as"
                            + " not waivable"));
    assertThat(
            review(waiver("w-1", "WAIVER-002", Map.of("waiver", "w-1"), "lea"))
                .findings()
                .findings())
        .extracting(Finding::message)
        .containsExactly(
            "Waiver 'w-1' of WAIVER-002 is not applied: the policy marks WAIVER-002 as not"
                + " waivable");
  }

  @Test
  void aWaiverExpiringWithinTheReminderDaysIsRecalledAndStillApplied() {
    Waiver soon =
        waiver("w-1", "RACI-004", Map.of("role", "change-board"), "lea")
            .withUntil(LocalDate.of(2026, 1, 14));
    WaiverReview review = review(soon);
    assertThat(review.waived()).containsOnlyKeys(GAP);
    assertThat(review.findings().findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("WAIVER-004");
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.message())
                  .isEqualTo(
                      "Waiver 'w-1' of RACI-004 expires on 2026-01-14, within 10 business days");
            });
    // the tenth business day after 2025-12-31 on weekends only is 2026-01-14; the 15th is beyond
    assertThat(review(soon.withUntil(LocalDate.of(2026, 1, 15))).findings().findings()).isEmpty();
  }

  @Test
  void aWaiverNotYetInForceChangesNothing() {
    Waiver later =
        waiver("w-1", "RACI-004", Map.of("role", "change-board"), "lea")
            .withFrom(LocalDate.of(2026, 1, 5));
    WaiverReview review = review(later);
    assertThat(review.waived()).isEmpty();
    assertThat(review.findings().findings()).isEmpty();
  }

  @Test
  void ofTwoWaiversOfOneFindingTheOneInForceLongestMarksIt() {
    Waiver shorter = waiver("w-1", "RACI-004", Map.of("role", "change-board"), "lea");
    Waiver longer =
        waiver("w-2", "RACI-004", Map.of("role", "change-board"), "lea")
            .withUntil(LocalDate.of(2026, 6, 30));
    WaiverReview review =
        WaiverEngine.standard()
            .review(model(shorter, longer), FINDINGS, AS_OF, HolidayCalendar.weekends());
    assertThat(review.waived().get(GAP)).extracting(Waived::id).isEqualTo("w-2");
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> WaiverEngine.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("policy");
    assertThat(WaiverEngine.standard().policy()).isEqualTo(WaiverPolicy.standard());
  }

  private static WaiverReview review(Waiver waiver) {
    return WaiverEngine.standard()
        .review(model(waiver), FINDINGS, AS_OF, HolidayCalendar.weekends());
  }

  static Waiver waiver(String id, String code, Map<String, String> subject, String approvedBy) {
    return Waiver.builder()
        .id(id)
        .code(code)
        .putAllSubject(ImmutableSortedMap.copyOf(subject))
        .reason("Accepted by the committee")
        .approvedBy(approvedBy)
        .from(LocalDate.of(2025, 12, 1))
        .until(LocalDate.of(2026, 3, 31))
        .build();
  }

  /** lea holds 'board' (which plays the steering committee), bob holds change-board. */
  static GovernanceModel model(Waiver... waivers) {
    return GovernanceModel.builder()
        .name("Waivers")
        .addPeople(Person.of("lea", "Lea"), Person.of("bob", "Bob"), Person.of("kai", "Kai"))
        .addRoles(
            Role.builder()
                .id("board")
                .name("Board")
                .plays(WellKnownRole.STEERING_COMMITTEE)
                .build(),
            Role.of("change-board", "Change board"),
            Role.of("auditor", "Auditor"))
        .addRoleAssignments(
            RoleAssignment.of("board", List.of("lea")),
            RoleAssignment.of("change-board", List.of("bob")))
        .addWaivers(waivers)
        .build();
  }
}
