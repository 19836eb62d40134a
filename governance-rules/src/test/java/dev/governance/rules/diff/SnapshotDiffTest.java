package dev.governance.rules.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.kpi.Aggregation;
import dev.governance.core.kpi.Direction;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.kpi.NodeKind;
import dev.governance.core.kpi.Observation;
import dev.governance.core.kpi.Perspective;
import dev.governance.core.kpi.Scorecard;
import dev.governance.core.kpi.ScorecardNode;
import dev.governance.core.kpi.StatusThresholds;
import dev.governance.core.kpi.UpdateFrequency;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.money.Money;
import dev.governance.core.party.Person;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.party.WellKnownRole;
import dev.governance.core.portfolio.Milestone;
import dev.governance.core.portfolio.Program;
import dev.governance.core.raci.RaciActivity;
import dev.governance.core.raci.RaciAssignment;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.core.risk.AssessmentStage;
import dev.governance.core.risk.Risk;
import dev.governance.core.risk.RiskAssessment;
import dev.governance.rules.Finding;
import dev.governance.rules.Severity;
import dev.governance.rules.Subject;
import dev.governance.rules.ValidationReport;
import dev.governance.rules.Waived;
import dev.governance.rules.health.GovernanceHealth;
import dev.governance.rules.health.HealthReport;
import dev.governance.rules.health.HealthRule;
import dev.governance.rules.kpi.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The snapshot diff on small hand-built models: one test per kind of change. */
class SnapshotDiffTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 15);
  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final GovernanceHealth HEALTH = GovernanceHealth.standard();

  private static RiskAssessment assessed(AssessmentStage stage, int likelihood, int impact) {
    return RiskAssessment.builder()
        .stage(stage)
        .likelihood(likelihood)
        .impact(impact)
        .assessedOn(START)
        .build();
  }

  private static Risk risk(String id, int residualLikelihood) {
    return Risk.builder()
        .id(id)
        .title("Risk " + id)
        .category("operations")
        .programOwner("ana")
        .systemOwner("cy")
        .identifiedOn(START)
        .lastReviewed(LocalDate.of(2025, 12, 1))
        .addAssessments(
            assessed(AssessmentStage.INHERENT, 4, 4),
            assessed(AssessmentStage.RESIDUAL, residualLikelihood, 2))
        .build();
  }

  private static KpiDefinition kpi(String id) {
    return KpiDefinition.builder()
        .id(id)
        .name("KPI " + id)
        .unit("%")
        .direction(Direction.HIGHER_IS_BETTER)
        .baseline(80)
        .target(99)
        .thresholds(StatusThresholds.of(95, 90))
        .perspective("financial")
        .aggregation(Aggregation.LAST)
        .updateFrequency(UpdateFrequency.MONTHLY)
        .build();
  }

  private static Observation observed(String kpi, double value) {
    return Observation.builder()
        .kpi(kpi)
        .at(Instant.parse("2025-12-10T12:00:00Z"))
        .value(value)
        .build();
  }

  private static Milestone milestone(String id, LocalDate due) {
    return Milestone.builder().id(id).name("Milestone " + id).due(due).program("omni").build();
  }

  /** A model with risks r1 and r2, KPIs k1 and k2, one RACI matrix and milestones m1 and m2. */
  private static GovernanceModel.Builder base() {
    return GovernanceModel.builder()
        .name("Snapshot")
        .addPeople(Person.of("ana", "Ana"), Person.of("cy", "Cy"), Person.of("bo", "Bo"))
        .addRoles(WellKnownRole.PROGRAM_MANAGER.role(), WellKnownRole.SYSTEM_OWNER.role())
        .addRoleAssignments(
            RoleAssignment.of("program-manager", List.of("ana")),
            RoleAssignment.of("system-owner", List.of("cy")))
        .addPrograms(
            Program.builder()
                .id("omni")
                .name("Omni")
                .budget(Money.parse("1000", "EUR"))
                .baselineStart(START)
                .baselineFinish(START.plusYears(2))
                .programManager("ana")
                .build())
        .addPerspectives(Perspective.FINANCIAL)
        .addKpis(kpi("k2"), kpi("k1"))
        .addScorecards(
            Scorecard.builder()
                .id("card")
                .name("Card")
                .addChildren(
                    ScorecardNode.builder()
                        .id("money")
                        .name("Money")
                        .kind(NodeKind.PERSPECTIVE)
                        .addChildren(
                            ScorecardNode.kpiLeaf("k2", "K2", 1),
                            ScorecardNode.kpiLeaf("k1", "K1", 1))
                        .build())
                .build());
  }

  private static RaciMatrix matrix(String planPm, String buildSo) {
    RaciMatrix.Builder m =
        RaciMatrix.builder()
            .id("raci")
            .name("RACI")
            .addRoles("program-manager", "system-owner")
            .addActivities(
                RaciActivity.builder().id("plan").name("Plan").build(),
                RaciActivity.builder().id("build").name("Build").build())
            .addAssignments(
                RaciAssignment.of("plan", "system-owner", "C"),
                RaciAssignment.of("build", "program-manager", "A"));
    if (!planPm.isEmpty()) {
      m.addAssignments(RaciAssignment.of("plan", "program-manager", planPm));
    }
    if (!buildSo.isEmpty()) {
      m.addAssignments(RaciAssignment.of("build", "system-owner", buildSo));
    }
    return m.build();
  }

  private static GovernanceModel before() {
    return base()
        .addRisks(risk("r2", 1), risk("r1", 1))
        .addObservations(observed("k1", 96), observed("k2", 91))
        .addRaciMatrices(matrix("A/R", "R"))
        .addMilestones(
            milestone("m2", LocalDate.of(2026, 3, 1)), milestone("m1", LocalDate.of(2026, 2, 1)))
        .build();
  }

  private static SnapshotDiff diff(GovernanceModel before, GovernanceModel after) {
    return SnapshotDiff.between(HEALTH, before, after, AS_OF);
  }

  @Test
  void theSameModelTwiceChangesNothing() {
    SnapshotDiff diff = diff(before(), before());
    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.size()).isZero();
    assertThat(diff.beforeAsOf()).isEqualTo(AS_OF);
    assertThat(diff.afterAsOf()).isEqualTo(AS_OF);
  }

  @Test
  void risksReportLevelsAndOwnersFieldByFieldSortedByIdThenField() {
    Risk r1 = risk("r1", 5);
    GovernanceModel after =
        before().withRisks(List.of(risk("r2", 1), r1.withProgramOwner("bo").withSystemOwner("bo")));
    assertThat(diff(before(), after).risks())
        .containsExactly(
            RiskChange.of("r1", "programOwner", Optional.of("ana"), Optional.of("bo")),
            RiskChange.of("r1", "residualLevel", Optional.of("Very Low"), Optional.of("Low")),
            RiskChange.of("r1", "systemOwner", Optional.of("cy"), Optional.of("bo")));
  }

  @Test
  void aTargetAssessmentAddedIsALevelFromNothing() {
    Risk r1 = risk("r1", 1);
    GovernanceModel after =
        before()
            .withRisks(
                List.of(
                    risk("r2", 1),
                    r1.withAssessments(
                        r1.assessments().get(0),
                        r1.assessments().get(1),
                        assessed(AssessmentStage.TARGET, 1, 1))));
    assertThat(diff(before(), after).risks())
        .containsExactly(
            RiskChange.of("r1", "targetLevel", Optional.empty(), Optional.of("Very Low")));
  }

  @Test
  void risksAddedAndRemovedAreOneRowOfFieldRiskWithTheirTitle() {
    GovernanceModel after = before().withRisks(List.of(risk("r0", 1), risk("r1", 1)));
    assertThat(diff(before(), after).risks())
        .containsExactly(
            RiskChange.of("r0", "risk", Optional.empty(), Optional.of("Risk r0")),
            RiskChange.of("r2", "risk", Optional.of("Risk r2"), Optional.empty()));
  }

  @Test
  void kpisReportAStatusChangeAndAMoveBeyondTheAmberBandButNotASmallMove() {
    GovernanceModel statusChanged =
        before().withObservations(List.of(observed("k1", 96), observed("k2", 89)));
    assertThat(diff(before(), statusChanged).kpis())
        .containsExactly(
            KpiChange.of(
                "k2",
                Optional.of(KpiReading.of(OptionalDouble.of(91), Status.AMBER)),
                Optional.of(KpiReading.of(OptionalDouble.of(89), Status.RED))));
    GovernanceModel smallMove =
        before().withObservations(List.of(observed("k1", 100), observed("k2", 91)));
    assertThat(diff(before(), smallMove).kpis())
        .as("4 points, within the amber band's width of 5, and still GREEN")
        .isEmpty();
  }

  @Test
  void aKpiValueMovingMoreThanItsThresholdIsAChangeWithTheSameStatus() {
    GovernanceModel before =
        before().withObservations(List.of(observed("k1", 20), observed("k2", 91)));
    GovernanceModel after =
        before().withObservations(List.of(observed("k1", 30), observed("k2", 91)));
    assertThat(diff(before, after).kpis())
        .containsExactly(
            KpiChange.of(
                "k1",
                Optional.of(KpiReading.of(OptionalDouble.of(20), Status.RED)),
                Optional.of(KpiReading.of(OptionalDouble.of(30), Status.RED))));
  }

  @Test
  void aKpiLosingItsDataChangesValueAndStatus() {
    GovernanceModel after = before().withObservations(List.of(observed("k2", 91)));
    SnapshotDiff diff = diff(before(), after);
    assertThat(diff.kpis()).hasSize(1);
    assertThat(diff.kpis().get(0).after().orElseThrow().value()).isEmpty();
    assertThat(diff.kpis().get(0).after().orElseThrow().status()).isEqualTo(Status.GREY);
    assertThat(diff.addedFindings())
        .extracting(Finding::code, f -> f.subject().kpi().orElseThrow())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("KPI-001", "k1"));
  }

  @Test
  void kpisAddedToOrRemovedFromTheScorecardsHaveNoBeforeOrNoAfter() {
    GovernanceModel before = before();
    Scorecard card = before.scorecards().get(0);
    GovernanceModel after =
        before
            .withKpis(kpi("k0"), kpi("k1"), kpi("k2"))
            .withObservations(observed("k0", 99), observed("k1", 96), observed("k2", 91))
            .withScorecards(
                card.withChildren(
                    ScorecardNode.builder()
                        .id("money")
                        .name("Money")
                        .kind(NodeKind.PERSPECTIVE)
                        .addChildren(
                            ScorecardNode.kpiLeaf("k0", "K0", 1),
                            ScorecardNode.kpiLeaf("k1", "K1", 1))
                        .build()));
    assertThat(diff(before, after).kpis())
        .containsExactly(
            KpiChange.of(
                "k0",
                Optional.empty(),
                Optional.of(KpiReading.of(OptionalDouble.of(99), Status.GREEN))),
            KpiChange.of(
                "k2",
                Optional.of(KpiReading.of(OptionalDouble.of(91), Status.AMBER)),
                Optional.empty()));
  }

  @Test
  void raciCellsChangedEmptiedAndFilledSortedByMatrixActivityRole() {
    GovernanceModel after = before().withRaciMatrices(List.of(matrix("R", "")));
    assertThat(diff(before(), after).raci())
        .containsExactly(
            RaciChange.of("raci", "build", "system-owner", "R", ""),
            RaciChange.of("raci", "plan", "program-manager", "A/R", "R"));
    assertThat(diff(after, before()).raci())
        .containsExactly(
            RaciChange.of("raci", "build", "system-owner", "", "R"),
            RaciChange.of("raci", "plan", "program-manager", "R", "A/R"));
  }

  @Test
  void aMatrixRemovedEmptiesEachOfItsCells() {
    GovernanceModel after = before().withRaciMatrices(List.of());
    assertThat(diff(before(), after).raci())
        .extracting(RaciChange::activity, RaciChange::role, RaciChange::after)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("build", "program-manager", ""),
            org.assertj.core.groups.Tuple.tuple("build", "system-owner", ""),
            org.assertj.core.groups.Tuple.tuple("plan", "program-manager", ""),
            org.assertj.core.groups.Tuple.tuple("plan", "system-owner", ""));
  }

  @Test
  void milestonesMovedAddedAndRemovedSortedById() {
    GovernanceModel after =
        before()
            .withMilestones(
                List.of(
                    milestone("m3", LocalDate.of(2026, 5, 1)),
                    milestone("m1", LocalDate.of(2026, 2, 15))));
    assertThat(diff(before(), after).milestones())
        .containsExactly(
            MilestoneChange.of(
                "m1",
                Optional.of(LocalDate.of(2026, 2, 1)),
                Optional.of(LocalDate.of(2026, 2, 15))),
            MilestoneChange.of("m2", Optional.of(LocalDate.of(2026, 3, 1)), Optional.empty()),
            MilestoneChange.of("m3", Optional.empty(), Optional.of(LocalDate.of(2026, 5, 1))));
  }

  private static Finding finding(String code, String kpi, Severity severity, String message) {
    return Finding.builder()
        .code(code)
        .severity(severity)
        .subject(Subject.builder().kpi(kpi).build())
        .message(message)
        .build();
  }

  private static HealthReport withFindings(HealthReport health, Finding... findings) {
    return health.withHealth(ValidationReport.of(List.of(findings)));
  }

  @Test
  void findingsAreAddedResolvedOrChangedByCodeAndSubject() {
    HealthReport base = HEALTH.check(before(), AS_OF);
    Finding stays = finding("KPI-002", "k1", Severity.WARNING, "stale since May");
    Finding grows = finding("KPI-002", "k1", Severity.WARNING, "stale since April");
    Finding gone = finding("KPI-001", "k2", Severity.WARNING, "no data");
    Finding raised = finding("KPI-001", "k1", Severity.WARNING, "no data");
    Finding waived = finding("KPI-003", "k1", Severity.ERROR, "off target");
    Finding added = finding("KPI-004", "k2", Severity.INFO, "new");
    Finding raisedAfter = raised.withSeverity(Severity.ERROR);
    Finding waivedAfter = waived.withWaived(Waived.of("w-1", LocalDate.of(2026, 1, 15)));
    Finding grown = grows.withMessage("stale since March");
    SnapshotDiff diff =
        SnapshotDiff.between(
            withFindings(base, stays, grows, gone, raised, waived),
            withFindings(base, waivedAfter, added, grown, raisedAfter, stays));
    assertThat(diff.addedFindings()).containsExactly(added);
    assertThat(diff.resolvedFindings()).containsExactly(gone);
    assertThat(diff.changedFindings())
        .as("the message alone (stale since April, now March) is no change")
        .containsExactly(
            FindingChange.of(raised, raisedAfter), FindingChange.of(waived, waivedAfter));
  }

  @Test
  void findingsSharingAnIdentityPairByMessageFirst() {
    HealthReport base = HEALTH.check(before(), AS_OF);
    Finding a = finding("RISK-008", "k1", Severity.WARNING, "action a is late");
    Finding b = finding("RISK-008", "k1", Severity.WARNING, "action b is late");
    Finding c = finding("RISK-008", "k1", Severity.WARNING, "action c is late");
    SnapshotDiff diff = SnapshotDiff.between(withFindings(base, a, b), withFindings(base, b, c));
    assertThat(diff.changedFindings()).isEmpty();
    assertThat(diff.addedFindings()).isEmpty();
    assertThat(diff.resolvedFindings()).isEmpty();
    SnapshotDiff fewer = SnapshotDiff.between(withFindings(base, a, b), withFindings(base, b));
    assertThat(fewer.resolvedFindings()).containsExactly(a);
  }

  @Test
  void aFindingsSeverityChangedByTheHealthChecksPolicyIsChanged() {
    GovernanceModel model = before().withObservations(List.of(observed("k2", 91)));
    HealthReport warning = HEALTH.check(model, AS_OF);
    HealthReport error =
        GovernanceHealth.builder()
            .putSeverities(HealthRule.KPI_MISSING, Severity.ERROR)
            .build()
            .check(model, AS_OF);
    SnapshotDiff diff = SnapshotDiff.between(warning, error);
    assertThat(diff.changedFindings())
        .extracting(c -> c.before().severity(), c -> c.after().severity())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.WARNING, Severity.ERROR));
    assertThat(diff.size()).isEqualTo(1);
  }

  @Test
  void theKpiThresholdIsTheAmberBandElseTheToleranceElseZero() {
    assertThat(SnapshotDiff.kpiThreshold(kpi("k"))).isEqualTo(5.0);
    KpiDefinition range =
        KpiDefinition.builder()
            .id("k")
            .name("K")
            .unit("%")
            .direction(Direction.TARGET_RANGE)
            .target(50)
            .tolerance(2.0)
            .perspective("financial")
            .aggregation(Aggregation.LAST)
            .updateFrequency(UpdateFrequency.MONTHLY)
            .build();
    assertThat(SnapshotDiff.kpiThreshold(range)).isEqualTo(2.0);
    assertThat(SnapshotDiff.kpiThreshold(range.withThresholds(StatusThresholds.of(1, 4))))
        .isEqualTo(3.0);
    assertThat(SnapshotDiff.kpiThreshold(kpi("k").withThresholds(Optional.empty()))).isZero();
  }
}
