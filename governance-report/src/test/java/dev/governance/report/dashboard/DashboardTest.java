package dev.governance.report.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedMap;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.practice.Waiver;
import dev.governance.core.risk.ActionStatus;
import dev.governance.core.risk.MitigationAction;
import dev.governance.core.risk.Risk;
import dev.governance.core.risk.RiskScenario;
import dev.governance.report.BarChart;
import dev.governance.report.Block;
import dev.governance.report.CurveChart;
import dev.governance.report.Metrics;
import dev.governance.report.Point;
import dev.governance.report.RaciGrid;
import dev.governance.report.Report;
import dev.governance.report.ReportFixtures;
import dev.governance.report.Section;
import dev.governance.report.Series;
import dev.governance.report.Table;
import dev.governance.report.Timeline;
import dev.governance.report.Tone;
import dev.governance.rules.Finding;
import dev.governance.rules.Severity;
import dev.governance.rules.health.GovernanceHealth;
import dev.governance.rules.health.HealthReport;
import dev.governance.rules.raci.RaciPolicy;
import dev.governance.rules.raci.RaciValidator;
import dev.governance.testkit.GovernanceModelGenerator;
import dev.governance.testkit.ModelSize;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DashboardTest {

  @Test
  void hasTheSixSectionsWithTheirCharts() {
    Report report = ReportFixtures.dashboard().report();
    assertThat(report.sections())
        .extracting(Section::id)
        .containsExactly("summary", "scorecard", "risk", "compliance", "raci", "findings");
    assertThat(report.blocks())
        .extracting(Block::id)
        .contains(
            "summary-metrics",
            "risk-inherent",
            "risk-residual",
            "risk-top",
            "risk-exceedance",
            "compliance-timeline",
            "raci-health",
            "raci-accountable",
            "raci-responsible",
            "findings-by-role",
            "findings-all");
  }

  @Test
  void theRolesToTellAreCountedMostFirstFromTheHealthReport() {
    Dashboard dashboard = ReportFixtures.dashboard();
    BarChart roles = (BarChart) block(dashboard.report(), "findings-by-role");
    Map<String, Integer> expected = dashboard.health().countsByRole();
    assertThat(roles.bars()).hasSize(expected.size());
    assertThat(roles.bars())
        .allSatisfy(b -> assertThat(b.values()).containsExactly((double) expected.get(b.label())));
    assertThat(roles.bars())
        .extracting(b -> b.values().get(0))
        .isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(roles.note())
        .hasValue(
            "Each role's findings to act on or be told of; a finding may name several roles.");
  }

  @Test
  void eachFindingNamesThePeopleToTell() {
    Dashboard dashboard = ReportFixtures.dashboard();
    Table table = (Table) block(dashboard.report(), "findings-all");
    assertThat(table.columns())
        .containsExactly("Code", "Severity", "Subject", "Message", "Tell", "Fix");
    List<dev.governance.rules.Finding> findings = dashboard.health().findings().findings();
    assertThat(findings).anySatisfy(f -> assertThat(f.people()).hasSizeGreaterThan(1));
    assertThat(findings).anySatisfy(f -> assertThat(f.suggestedFix()).isPresent());
    for (int i = 0; i < table.rows().size(); i++) {
      assertThat(table.rows().get(i).cells().get(4))
          .isEqualTo(
              findings.get(i).people().stream()
                  .map(p -> dashboard.health().personNames().get(p))
                  .collect(Collectors.joining(", ")));
      assertThat(table.rows().get(i).cells().get(5))
          .isEqualTo(findings.get(i).suggestedFix().orElse(""));
    }
  }

  @Test
  void theSummaryCountsEveryFinding() {
    Dashboard dashboard = ReportFixtures.dashboard();
    Metrics summary = (Metrics) dashboard.report().blocks().get(0);
    assertThat(summary.metrics().get(0).value())
        .isEqualTo(String.valueOf(dashboard.health().findings().activeCount(Severity.ERROR)));
    int raciFindings =
        dashboard.health().raciReports().stream()
            .mapToInt(r -> r.findings().findings().size())
            .sum();
    assertThat(dashboard.health().findings().findings())
        .hasSize(
            raciFindings
                + dashboard.health().riskReport().findings().findings().size()
                + dashboard.health().practice().findings().size()
                + dashboard.health().health().findings().size()
                + dashboard.health().waivers().findings().size());
  }

  @Test
  void aWaivedRaciFindingIsMarkedOnItsGridInNeutralTone() {
    HealthReport before = ReportFixtures.health(ReportFixtures.model());
    Finding raci =
        before.findings().findings().stream()
            .filter(f -> f.code().startsWith("RACI-") && f.subject().matrix().isPresent())
            .findFirst()
            .orElseThrow();
    GovernanceModel model =
        ReportFixtures.model()
            .withWaivers(
                Waiver.builder()
                    .id("accept-raci")
                    .code(raci.code())
                    .putAllSubject(raci.subject().ids())
                    .reason("Re-staffed next quarter")
                    .approvedBy("person-2")
                    .from(ReportFixtures.AS_OF.minusDays(30))
                    .until(ReportFixtures.AS_OF.plusDays(60))
                    .build());
    RaciGrid grid =
        (RaciGrid)
            block(
                Dashboard.of(ReportFixtures.health(model)).report(),
                "raci-grid-" + raci.subject().matrix().orElseThrow());
    assertThat(grid.marks())
        .filteredOn(m -> m.code().equals(raci.code()) && m.message().startsWith(raci.message()))
        .isNotEmpty()
        .allSatisfy(
            m -> {
              assertThat(m.tone()).isEqualTo(Tone.NEUTRAL);
              assertThat(m.message()).endsWith("(waived by accept-raci until 2026-05-14)");
            });
  }

  @Test
  void waivedFindingsHaveABlockOfTheirOwnAndLeaveTheOpenFindingsAndTheStatus() {
    GovernanceModel model =
        ReportFixtures.model()
            .withWaivers(
                Waiver.builder()
                    .id("accept-risk-1")
                    .code("RISK-004")
                    .putAllSubject(ImmutableSortedMap.of("risk", "risk-1"))
                    .reason("Owners are being appointed")
                    .approvedBy("person-2")
                    .from(ReportFixtures.AS_OF.minusDays(30))
                    .until(ReportFixtures.AS_OF.plusDays(60))
                    .build());
    HealthReport before = ReportFixtures.health(ReportFixtures.model());
    HealthReport health = ReportFixtures.health(model);
    assertThat(health.findings().waived()).hasSize(2);
    Report report = Dashboard.of(health).report();
    Table waived = (Table) block(report, "findings-waived");
    assertThat(waived.rows())
        .hasSize(2)
        .allSatisfy(
            r -> {
              assertThat(r.cells()).startsWith("RISK-004", "ERROR", "risk=risk-1");
              assertThat(r.cells().get(3)).endsWith(" (waived by accept-risk-1 until 2026-05-14)");
            });
    Table open = (Table) block(report, "findings-all");
    assertThat(open.rows())
        .noneMatch(
            r -> r.cells().get(0).equals("RISK-004") && r.cells().get(2).equals("risk=risk-1"))
        .hasSize(Math.min(500, before.findings().findings().size() - 2));
    Metrics summary = (Metrics) report.blocks().get(0);
    assertThat(summary.metrics().get(0).value())
        .isEqualTo(String.valueOf(before.findings().count(Severity.ERROR) - 2));
    assertThat(Dashboard.of(before).report().blocks())
        .noneMatch(b -> b.id().equals("findings-waived"));
    Table few =
        (Table)
            block(
                Dashboard.builder().health(health).maxFindings(1).build().report(),
                "findings-waived");
    assertThat(few.rows()).hasSize(1);
    assertThat(few.note().orElseThrow())
        .startsWith("Showing the 1 most severe of 2 findings. Accepted by an approved waiver");
  }

  @Test
  void theExceedanceCurveIsTheSimulationsWithTheToleranceDashed() {
    CurveChart curve = (CurveChart) block(ReportFixtures.dashboard().report(), "risk-exceedance");
    assertThat(curve.logX()).isTrue();
    assertThat(curve.series()).extracting(Series::dashed).containsExactly(false, true);
    assertThat(curve.series().get(1).points())
        .extracting(Point::x)
        .containsExactly(100_000.0, 1_000_000.0, 10_000_000.0);
  }

  @Test
  void ofAModelDrawsItsLossScenariosAndPutsItsOpenActionsOnTheCalendar() {
    GovernanceModel plain = ReportFixtures.model().withLossScenarios().withMitigationActions();
    assertThat(Dashboard.of(ReportFixtures.health(plain)).report().blocks())
        .as("no loss scenarios, no curve")
        .noneMatch(b -> b.id().equals("risk-exceedance"));
    Risk risk = plain.risks().get(0);
    GovernanceModel model =
        plain
            .withLossScenarios(
                RiskScenario.builder()
                    .id("breach")
                    .risk(risk.id())
                    .frequency("poisson:0.5")
                    .magnitude("lognormal90:100000,5000000")
                    .build())
            .withMitigationActions(
                MitigationAction.builder()
                    .id("late")
                    .risk(risk.id())
                    .title("Late action")
                    .owner(risk.programOwner())
                    .coOwner(
                        plain.people().get(0).id().equals(risk.programOwner())
                            ? plain.people().get(1).id()
                            : plain.people().get(0).id())
                    .due(ReportFixtures.AS_OF.minusDays(10))
                    .status(ActionStatus.PLANNED)
                    .build());
    Report report = Dashboard.of(ReportFixtures.health(model)).report();
    CurveChart curve = (CurveChart) block(report, "risk-exceedance");
    assertThat(curve.series())
        .extracting(Series::name)
        .containsExactly("Simulated portfolio (20000 years)");
    assertThat(Dashboard.of(ReportFixtures.health(model)).report())
        .as("the same model draws the same curve")
        .isEqualTo(report);
    Timeline timeline = (Timeline) block(report, "compliance-timeline");
    assertThat(timeline.items())
        .filteredOn(i -> i.label().startsWith("Mitigation: Late action ("))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.status()).isEqualTo("OVERDUE");
              assertThat(i.date()).isEqualTo(ReportFixtures.AS_OF.minusDays(10));
            });
    Table top = (Table) block(report, "risk-top");
    assertThat(top.columns()).containsSubsequence("Title", "Program owner", "System owner");
  }

  @Test
  void theTimelineHoldsOpenDeadlinesUpToTheHorizonInDateOrder() {
    Dashboard dashboard = ReportFixtures.dashboard();
    Timeline timeline = (Timeline) block(dashboard.report(), "compliance-timeline");
    assertThat(timeline.to()).isEqualTo(ReportFixtures.AS_OF.plusDays(90));
    assertThat(timeline.items())
        .isNotEmpty()
        .allSatisfy(i -> assertThat(i.date()).isBeforeOrEqualTo(timeline.to()));
    assertThat(timeline.items()).noneMatch(i -> i.status().startsWith("DONE"));
  }

  @Test
  void largeModelsAreCutWithANoteSayingSo() {
    GovernanceModel model =
        GovernanceModelGenerator.of(ModelSize.scaled(6)).generate(new SplittableRandom(3));
    Dashboard dashboard =
        Dashboard.builder()
            .health(ReportFixtures.health(model))
            .maxGridRows(5)
            .maxBars(3)
            .maxFindings(4)
            .maxTimelineItems(2)
            .build();
    Report report = dashboard.report();
    Table findings = (Table) block(report, "findings-all");
    assertThat(findings.rows()).hasSize(4);
    assertThat(findings.note())
        .contains(
            "Showing the 4 most severe of "
                + dashboard.health().findings().findings().size()
                + " findings.");
    List<RaciGrid> grids =
        report.blocks().stream()
            .filter(b -> b instanceof RaciGrid)
            .map(b -> (RaciGrid) b)
            .collect(Collectors.toList());
    assertThat(grids)
        .isNotEmpty()
        .allSatisfy(g -> assertThat(g.activities()).hasSizeLessThanOrEqualTo(5));
    assertThat(grids)
        .anySatisfy(
            g ->
                assertThat(g.note().orElseThrow())
                    .matches("Showing 5 of \\d+ activities, those with findings first\\."));
    // issue 20, point 5: a minutely obligation drew 128,165 timeline items into a 133 MB page
    Timeline timeline = (Timeline) block(report, "compliance-timeline");
    Timeline whole =
        (Timeline)
            block(
                Dashboard.builder()
                    .health(dashboard.health())
                    .maxTimelineItems(Integer.MAX_VALUE)
                    .build()
                    .report(),
                "compliance-timeline");
    assertThat(whole.items()).hasSizeGreaterThan(200); // the default limit
    assertThat(timeline.items()).containsExactlyElementsOf(whole.items().subList(0, 2));
    assertThat(timeline.note())
        .hasValue(
            "Showing the 2 earliest of "
                + whole.items().size()
                + " open deadlines and mitigation actions.");
    assertThat(timeline.asTable().note()).isEqualTo(timeline.note());
    assertThat(whole.note()).isEmpty();
    assertThat(
            ((Timeline) block(Dashboard.of(dashboard.health()).report(), "compliance-timeline"))
                .items())
        .hasSize(200);
    BarChart load = (BarChart) block(report, "raci-accountable");
    assertThat(load.bars()).hasSize(3);
    assertThat(load.note().orElseThrow()).startsWith("The 3 most loaded of ");
    BarChart roles = (BarChart) block(report, "findings-by-role");
    assertThat(roles.bars()).hasSize(3);
    assertThat(roles.note())
        .hasValue(
            "The 3 roles told of the most of "
                + dashboard.health().countsByRole().size()
                + "; a finding may name several roles.");
  }

  @Test
  void showsWhatTheConfiguredHealthCheckFound() {
    GovernanceModel model = ReportFixtures.model();
    RaciPolicy policy = RaciPolicy.builder().accountableLimit(2).responsibleLimit(3).build();
    HealthReport health =
        GovernanceHealth.builder()
            .raci(RaciValidator.of(policy))
            .build()
            .check(model, ReportFixtures.AS_OF);
    Report report = Dashboard.of(health).report();
    assertThat(((BarChart) block(report, "raci-accountable")).limit()).contains(2.0);
    assertThat(((BarChart) block(report, "raci-responsible")).limit()).contains(3.0);
    Table findings = (Table) block(report, "findings-all");
    assertThat(findings.rows()).hasSize(Math.min(500, health.findings().findings().size()));
    assertThat(findings.rows().stream().filter(r -> r.cells().get(0).equals("RACI-009")).count())
        .isEqualTo(health.findings().findings("RACI-009").size());
  }

  @Test
  void rejectsNonPositiveLimitsAndAToleranceWithoutASimulation() {
    GovernanceModel model = ReportFixtures.model().withLossScenarios();
    assertThatThrownBy(
            () -> Dashboard.builder().health(ReportFixtures.health(model)).maxBars(0).build())
        .hasMessageStartingWith("Invalid governance data: maxBars = 0: expected");
    assertThatThrownBy(
            () ->
                Dashboard.builder()
                    .health(ReportFixtures.health(model))
                    .maxTimelineItems(0)
                    .build())
        .hasMessageStartingWith("Invalid governance data: maxTimelineItems = 0: expected");
    assertThatThrownBy(
            () ->
                Dashboard.builder()
                    .health(ReportFixtures.health(model))
                    .tolerance(ReportFixtures.tolerance())
                    .build())
        .hasMessage(
            "Invalid governance data: tolerance = 'given': expected a simulation to compare it"
                + " with");
  }

  static Block block(Report report, String id) {
    return report.blocks().stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
  }
}
