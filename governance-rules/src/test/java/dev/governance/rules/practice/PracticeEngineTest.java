package dev.governance.rules.practice;

import static dev.governance.rules.practice.PracticeModels.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.GovernanceModel;
import dev.governance.core.party.Role;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.party.WellKnownRole;
import dev.governance.core.portfolio.Deliverable;
import dev.governance.core.practice.Approval;
import dev.governance.core.practice.Cadence;
import dev.governance.core.practice.CadenceKind;
import dev.governance.core.practice.ChangeRequest;
import dev.governance.core.practice.Disagreement;
import dev.governance.core.practice.RoadmapWindow;
import dev.governance.core.practice.WindowKind;
import dev.governance.rules.Finding;
import dev.governance.rules.Severity;
import dev.governance.rules.ValidationReport;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PracticeEngineTest {

  @Test
  void aRequiredWellKnownApprovalIsGivenByAnyRoleThatPlaysIt() {
    GovernanceModel valid = PracticeModels.valid();
    GovernanceModel model =
        valid
            .withRoles(
                Stream.concat(
                        valid.roles().stream(),
                        Stream.of(
                            Role.builder()
                                .id("commerce-owner")
                                .name("E-commerce owner")
                                .plays(WellKnownRole.SYSTEM_OWNER)
                                .build()))
                    .toList())
            .withRoleAssignments(
                Stream.concat(
                        valid.roleAssignments().stream(),
                        Stream.of(RoleAssignment.of("commerce-owner", List.of("cy"))))
                    .toList());
    ChangeRequest change =
        model.changeRequests().get(0).withRequiredApprovals("system-owner", "change-board");
    LocalDate day = LocalDate.of(2025, 11, 5);
    ValidationReport byPlayer =
        PracticeEngine.standard()
            .review(
                model.withChangeRequests(
                    change.withApprovals(
                        Approval.of("commerce-owner", "cy", day),
                        Approval.of("change-board", "lea", day))),
                AS_OF);
    assertThat(byPlayer.findings("GOV-004")).isEmpty();
    ValidationReport byOtherRole =
        PracticeEngine.standard()
            .review(
                model.withChangeRequests(
                    change.withApprovals(Approval.of("change-board", "lea", day))),
                AS_OF);
    assertThat(byOtherRole.findings("GOV-004"))
        .singleElement()
        .extracting(Finding::message)
        .isEqualTo(
            "Major change 'Upgrade payment gateway' to commerce lacks the approval of"
                + " system-owner");
  }

  @Test
  void aModelThatFollowsThePracticeHasNoFindings() {
    assertThat(PracticeEngine.standard().review(PracticeModels.valid(), AS_OF).findings())
        .isEmpty();
  }

  /** Each case breaks one rule: the defect, the code, the message and the roles to tell. */
  static Stream<Defect> defects() {
    return Stream.of(
        defect(
            "a major deliverable without a RACI matrix",
            m ->
                m.withDeliverables(
                    m.deliverables().get(0),
                    Deliverable.builder()
                        .id("app")
                        .name("Mobile app")
                        .project("p1")
                        .major(true)
                        .build()),
            "GOV-001",
            "Major deliverable 'Mobile app' has no RACI matrix",
            "program-manager"),
        defect(
            "a system without an owner",
            m -> m.withSystems(m.systems().get(0).withOwner(java.util.Optional.empty())),
            "GOV-002",
            "System 'Commerce' has no system owner",
            "information-systems-manager"),
        defect(
            "a program without a manager",
            m -> m.withPrograms(m.programs().get(0).withProgramManager(java.util.Optional.empty())),
            "GOV-002",
            "Program 'Omni-channel' has no program manager",
            "steering-committee"),
        defect(
            "the program manager owns a system of the program",
            m -> m.withSystems(m.systems().get(0).withOwner("ana")),
            "GOV-003",
            "ana is both program manager of 'omni' and system owner of 'commerce' in it",
            "steering-committee"),
        defect(
            "a major change without approval",
            m -> m.withChangeRequests(m.changeRequests().get(0).withApprovals(List.<Approval>of())),
            "GOV-004",
            "Major change 'Upgrade payment gateway' to commerce lacks the approval of change-board",
            "program-manager",
            "system-owner"),
        defect(
            "a major change that requires no approval",
            m ->
                m.withChangeRequests(
                    ChangeRequest.builder()
                        .id("cr-2")
                        .title("Migrate data")
                        .system("commerce")
                        .initiator("cy")
                        .raisedOn(LocalDate.of(2025, 11, 3))
                        .build()),
            "GOV-004",
            "Major change 'Migrate data' to commerce requires no change-control approval",
            "program-manager",
            "system-owner"),
        defect(
            "a go-live inside a freeze",
            m -> m.withRoadmapWindows(window(WindowKind.FREEZE, "2026-02-20", "2026-03-06")),
            "GOV-005",
            "Go-live 'Checkout go-live' on 2026-03-02 falls inside commerce's freeze window"
                + " 2026-02-20 to 2026-03-06",
            "program-manager",
            "system-owner"),
        defect(
            "an upgrade ending just before a go-live",
            m -> m.withRoadmapWindows(window(WindowKind.UPGRADE, "2026-02-16", "2026-02-24")),
            "GOV-005",
            "Upgrade of commerce ends 3 business days before go-live 'Checkout go-live' on"
                + " 2026-03-02; at least 10 expected",
            "program-manager",
            "system-owner"),
        defect(
            "a required document missing",
            m -> m.withDocuments(m.documents().subList(0, 3)),
            "GOV-006",
            "System 'Commerce' has no data-protection-assessment",
            "system-owner"),
        defect(
            "a document past its review",
            m ->
                m.withDocuments(
                    m.documents().get(0).withLastReviewed(LocalDate.of(2025, 5, 31)),
                    m.documents().get(1),
                    m.documents().get(2),
                    m.documents().get(3)),
            "GOV-006",
            "The architecture-diagram of 'Commerce' was due for review on 2025-11-30",
            "system-owner"),
        defect(
            "a scorecard without system-side KPIs",
            m -> m.withKpis(m.kpis().get(0), m.kpis().get(1).withPerspective("financial")),
            "GOV-007",
            "Scorecard 'Shared' has no system-side KPI (availability, incidents) in"
                + " [internal-process]",
            "system-owner"),
        defect(
                "a steering committee gap",
                m -> m.withMeetings(m.meetings().get(0), m.meetings().get(2)),
                "GOV-008",
                "'Steering committee' met on 2025-11-20 and not since; the cadence in force (P1M)"
                    + " called for a meeting by 2025-12-22",
                "steering-committee",
                "program-manager")
            .asOf("2025-12-23"),
        defect(
            "a disagreement never escalated",
            m ->
                m.withDisagreements(
                    m.disagreements().get(0),
                    Disagreement.builder()
                        .id("d-2")
                        .topic("Freeze dates")
                        .raisedOn(LocalDate.of(2025, 12, 1))
                        .addParties("ana", "cy")
                        .build()),
            "GOV-009",
            "Disagreement 'Freeze dates' raised on 2025-12-01 was not escalated by 2025-12-08",
            "program-manager",
            "system-owner"),
        defect(
            "an escalation without a decision",
            m ->
                m.withDisagreements(
                    m.disagreements().get(0),
                    Disagreement.builder()
                        .id("d-2")
                        .topic("Freeze dates")
                        .raisedOn(LocalDate.of(2025, 11, 20))
                        .escalatedOn(LocalDate.of(2025, 11, 21))
                        .addParties("ana", "cy")
                        .build()),
            "GOV-009",
            "Disagreement 'Freeze dates' escalated on 2025-11-21 has no decision; one was due by"
                + " 2025-12-05",
            "steering-committee"),
        defect(
            "no compliance review with both this quarter",
            m ->
                m.withMeetings(
                    m.meetings().get(0),
                    m.meetings().get(1),
                    PracticeModels.meeting("review", LocalDate.of(2025, 9, 30))),
            "GOV-010",
            "The compliance calendar has not been reviewed by the program manager (ana) and the"
                + " system owner (cy) together since 2025-10-01",
            "program-manager",
            "system-owner"),
        defect(
            "a decided disagreement without its decision record",
            m ->
                m.withDisagreements(
                    m.disagreements().get(0).withDecisionRecord(java.util.Optional.empty())),
            "GOV-011",
            "Disagreement 'Go-live date' was decided on 2025-11-10 but names no decision record",
            "steering-committee",
            "program-manager"));
  }

  @Test
  void aDecisionRecordThatConcernsTheDisagreementIsTheSuggestedFix() {
    GovernanceModel model = PracticeModels.valid();
    GovernanceModel unlinked =
        model.withDisagreements(
            model.disagreements().get(0).withDecisionRecord(java.util.Optional.empty()));
    assertThat(PracticeEngine.standard().review(unlinked, AS_OF).findings("GOV-011"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.suggestedFix())
                    .contains("Set decisionRecord to dec-1, which concerns it"));
    GovernanceModel unrecorded = unlinked.withDecisions();
    assertThat(PracticeEngine.standard().review(unrecorded, AS_OF).findings("GOV-011"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.suggestedFix())
                    .contains(
                        "Record the decision with its rationale and impacts, and set"
                            + " decisionRecord to it"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("defects")
  void eachDefectGivesItsFinding(Defect defect) {
    GovernanceModel model = defect.inject().apply(PracticeModels.valid());
    ValidationReport report = PracticeEngine.standard().review(model, defect.asOf());
    assertThat(report.findings()).extracting(Finding::code).containsOnly(defect.code());
    Finding finding =
        report.findings().stream()
            .filter(f -> f.message().equals(defect.message()))
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "no finding '" + defect.message() + "' in " + report.findings()));
    assertThat(finding.notifyRoles()).containsExactly(defect.roles());
    assertThat(finding.suggestedFix()).isPresent();
  }

  @Test
  void aCriticalPhaseTightensTheCadence() {
    GovernanceModel model = PracticeModels.valid();
    Cadence sync =
        Cadence.builder()
            .id("sync")
            .name("PM and commerce sync")
            .kind(CadenceKind.PROGRAM_SYSTEM_SYNC)
            .program("omni")
            .system("commerce")
            .every(Period.ofWeeks(2))
            .criticalEvery(Period.ofWeeks(1))
            .criticalFrom(LocalDate.of(2025, 11, 24))
            .criticalTo(LocalDate.of(2025, 12, 31))
            .build();
    GovernanceModel withSync =
        model
            .withCadences(model.cadences().get(0), model.cadences().get(1), sync)
            .withMeetings(
                PracticeModels.meeting("steering", LocalDate.of(2025, 11, 20)),
                PracticeModels.meeting("steering", LocalDate.of(2025, 12, 10)),
                PracticeModels.meeting("review", LocalDate.of(2025, 10, 15)),
                PracticeModels.meeting("sync", LocalDate.of(2025, 11, 17)),
                PracticeModels.meeting("sync", LocalDate.of(2025, 12, 1)),
                PracticeModels.meeting("sync", LocalDate.of(2025, 12, 12)));
    assertThat(PracticeEngine.standard().review(withSync, AS_OF).findings())
        .extracting(Finding::message)
        .containsExactly(
            "'PM and commerce sync' met on 2025-12-01 and next on 2025-12-12; the cadence in force"
                + " (P7D) called for a meeting by 2025-12-08");
  }

  @Test
  void severitiesAreConfigurable() {
    GovernanceModel model =
        PracticeModels.valid().withDocuments(PracticeModels.valid().documents().subList(0, 3));
    PracticeEngine strict =
        PracticeEngine.of(
            PracticePolicy.builder()
                .putSeverities(PracticeRule.DOCUMENTATION, Severity.ERROR)
                .build());
    assertThat(strict.review(model, AS_OF).findings())
        .extracting(Finding::severity)
        .containsOnly(Severity.ERROR);
    assertThat(PracticeEngine.standard().review(model, AS_OF).findings())
        .extracting(Finding::severity)
        .containsOnly(Severity.WARNING);
  }

  private static RoadmapWindow window(WindowKind kind, String start, String end) {
    return RoadmapWindow.builder()
        .id("w")
        .system("commerce")
        .kind(kind)
        .start(LocalDate.parse(start))
        .end(LocalDate.parse(end))
        .build();
  }

  private static Defect defect(
      String name,
      UnaryOperator<GovernanceModel> inject,
      String code,
      String message,
      String... notify) {
    return new Defect(name, inject, code, message, notify, AS_OF);
  }

  /** One broken rule. */
  record Defect(
      String name,
      UnaryOperator<GovernanceModel> inject,
      String code,
      String message,
      String[] roles,
      LocalDate asOf) {
    Defect asOf(String day) {
      return new Defect(name, inject, code, message, roles, LocalDate.parse(day));
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
