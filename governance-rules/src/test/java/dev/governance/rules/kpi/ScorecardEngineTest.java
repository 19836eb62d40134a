package dev.governance.rules.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.kpi.Aggregation;
import dev.governance.core.kpi.Direction;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.kpi.KpiSource;
import dev.governance.core.kpi.NodeKind;
import dev.governance.core.kpi.Observation;
import dev.governance.core.kpi.Perspective;
import dev.governance.core.kpi.Scorecard;
import dev.governance.core.kpi.ScorecardNode;
import dev.governance.core.kpi.StatusThresholds;
import dev.governance.core.kpi.UpdateFrequency;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.time.ReportingPeriod;
import dev.governance.rules.Explanation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardEngineTest {

  private static final LocalDate MAY_31 = LocalDate.of(2025, 5, 31);

  /** Availability in %, higher is better, progress from 99.5 to 99.95. */
  static KpiDefinition availability() {
    return KpiDefinition.builder()
        .id("availability")
        .name("Availability")
        .unit("%")
        .direction(Direction.HIGHER_IS_BETTER)
        .baseline(99.5)
        .target(99.95)
        .minimum(0.0)
        .maximum(100.0)
        .perspective("system")
        .aggregation(Aggregation.MEAN)
        .updateFrequency(UpdateFrequency.MONTHLY)
        .build();
  }

  /** Mean time to resolve in minutes, lower is better, from 240 to 45. */
  static KpiDefinition mttr() {
    return KpiDefinition.builder()
        .id("mttr")
        .name("Mean time to resolve")
        .unit("min")
        .direction(Direction.LOWER_IS_BETTER)
        .baseline(240.0)
        .target(45)
        .thresholds(StatusThresholds.of(60, 120))
        .perspective("system")
        .aggregation(Aggregation.MEAN)
        .updateFrequency(UpdateFrequency.MONTHLY)
        .build();
  }

  static Scorecard card(double availabilityWeight, double mttrWeight) {
    return Scorecard.builder()
        .id("shared")
        .name("Shared dashboard")
        .addChildren(
            ScorecardNode.builder()
                .id("system")
                .name("System")
                .kind(NodeKind.PERSPECTIVE)
                .addChildren(
                    ScorecardNode.kpiLeaf("availability", "Availability", availabilityWeight),
                    ScorecardNode.kpiLeaf("mttr", "MTTR", mttrWeight))
                .build())
        .build();
  }

  static Observation monthly(String kpi, int month, double value) {
    return Observation.builder()
        .kpi(kpi)
        .period(ReportingPeriod.month(YearMonth.of(2025, month)))
        .value(value)
        .build();
  }

  static List<Observation> history() {
    List<Observation> o = new ArrayList<>();
    o.add(monthly("availability", 3, 99.6));
    o.add(monthly("availability", 4, 99.8));
    o.add(monthly("availability", 5, 99.95));
    o.add(monthly("mttr", 3, 180));
    o.add(monthly("mttr", 4, 120));
    o.add(
        Observation.builder()
            .kpi("mttr")
            .at(Instant.parse("2025-05-10T10:00:00Z"))
            .value(30)
            .build());
    o.add(
        Observation.builder()
            .kpi("mttr")
            .at(Instant.parse("2025-05-20T10:00:00Z"))
            .value(90)
            .build());
    return o;
  }

  @Test
  void evaluatesValuesAggregatedApartAsItsOwnAggregation() {
    ScorecardEngine engine = ScorecardEngine.standard();
    List<KpiDefinition> kpis = List.of(mttr(), availability());
    LocalDate asOf = LocalDate.of(2025, 5, 31);
    PartialAggregation first = engine.aggregator(kpis, asOf).partial();
    PartialAggregation second = engine.aggregator(kpis, asOf).partial();
    List<Observation> history = history();
    first.addAll(history.subList(0, 3));
    second.addAll(history.subList(3, history.size()));
    assertThat(engine.evaluate(card(2, 1), kpis, first.merge(second).values(), asOf))
        .isEqualTo(engine.evaluate(card(2, 1), kpis, history, asOf));
    PeriodValues ofAnotherDay = engine.aggregator(kpis, asOf.minusDays(1)).aggregate(history);
    assertThatThrownBy(() -> engine.evaluate(card(2, 1), kpis, ofAnotherDay, asOf))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining(
            "values = ObservationAggregator{2 KPIs, periods 2025-03 to 2025-05, zone Z, as of"
                + " 2025-05-30}: expected values aggregated by this engine's aggregator of these"
                + " KPIs as of 2025-05-31: ObservationAggregator{2 KPIs, periods 2025-03 to"
                + " 2025-05, zone Z, as of 2025-05-31}");
  }

  @Test
  void rollsUpAWeightedMeanAndExplainsIt() {
    NodeResult root =
        ScorecardEngine.standard()
            .evaluate(card(2, 1), List.of(availability(), mttr()), history(), MAY_31);
    NodeResult availability = root.find("availability").orElseThrow();
    NodeResult mttr = root.find("mttr").orElseThrow();
    assertThat(availability.value().getAsDouble()).isEqualTo(99.95);
    assertThat(availability.score().getAsDouble()).isCloseTo(1.0, within(1e-9));
    assertThat(mttr.value().getAsDouble()).isEqualTo(60); // mean of 30 and 90 in May
    assertThat(mttr.score().getAsDouble()).isCloseTo(180.0 / 195, within(1e-12));
    assertThat(mttr.status()).isEqualTo(Status.GREEN); // thresholds: at most 60 minutes is green
    double expected = (2 * 1.0 + 1 * (180.0 / 195)) / 3;
    assertThat(root.find("system").orElseThrow().score().getAsDouble())
        .isCloseTo(expected, within(1e-12));
    assertThat(root.score().getAsDouble()).isCloseTo(expected, within(1e-12));
    assertThat(root.find("system").orElseThrow().explanation().orElseThrow().formula())
        .startsWith("(2 x 1")
        .contains(") / (2 + 1)");
    assertThat(mttr.explanation().orElseThrow().render())
        .contains("Mean time to resolve (min) = 60.0 = the mean of 2025-05's observations");
  }

  @Test
  void trendsAreDirectionAware() {
    NodeResult root =
        ScorecardEngine.standard()
            .evaluate(card(1, 1), List.of(availability(), mttr()), history(), MAY_31);
    Trend availability = root.find("availability").orElseThrow().trend().orElseThrow();
    assertThat(availability.direction())
        .isEqualTo(TrendDirection.FLAT); // 0.175 %-points a month is under 1 % of 99.8
    assertThat(availability.slope()).isCloseTo(0.175, within(1e-9));
    Trend mttr = root.find("mttr").orElseThrow().trend().orElseThrow();
    assertThat(mttr.slope()).isCloseTo(-60, within(1e-9));
    assertThat(mttr.direction())
        .isEqualTo(TrendDirection.IMPROVING); // falling resolution time is better
    assertThat(mttr.changeFromPrevious().getAsDouble()).isEqualTo(-60);
    assertThat(mttr.periods()).isEqualTo(3);
  }

  @Test
  void containersTrendByTheirScoresInEarlierPeriods() {
    NodeResult root =
        ScorecardEngine.standard()
            .evaluate(card(1, 1), List.of(availability(), mttr()), history(), MAY_31);
    // Availability scores (v - 99.5) / 0.45 and MTTR (240 - v) / 195, month by month; the
    // perspective is their mean.
    double march = ((99.6 - 99.5) / 0.45 + (240 - 180) / 195.0) / 2;
    double april = ((99.8 - 99.5) / 0.45 + (240 - 120) / 195.0) / 2;
    double may = (1 + (240 - 60) / 195.0) / 2;
    Trend system = root.find("system").orElseThrow().trend().orElseThrow();
    assertThat(system.slope()).isCloseTo((may - march) / 2, within(1e-12));
    assertThat(system.changeFromPrevious().getAsDouble()).isCloseTo(may - april, within(1e-12));
    assertThat(system.direction()).isEqualTo(TrendDirection.IMPROVING);
    assertThat(system.periods()).isEqualTo(3);
    assertThat(root.trend()).contains(system);

    NodeResult onlyMay =
        ScorecardEngine.standard()
            .evaluate(
                card(1, 1),
                List.of(availability(), mttr()),
                List.of(monthly("availability", 5, 99.95), monthly("mttr", 5, 60)),
                MAY_31);
    assertThat(onlyMay.find("system").orElseThrow().trend()).as("one period is no trend").isEmpty();
  }

  @Test
  void missingDataPolicies() {
    List<Observation> noMttrInMay = history().subList(0, 5);
    List<KpiDefinition> kpis = List.of(availability(), mttr());
    NodeResult excluded =
        ScorecardEngine.standard().evaluate(card(2, 1), kpis, noMttrInMay, MAY_31);
    assertThat(excluded.find("mttr").orElseThrow().quality()).contains(DataQuality.MISSING);
    assertThat(excluded.find("mttr").orElseThrow().status()).isEqualTo(Status.GREY);
    assertThat(excluded.score().getAsDouble())
        .isCloseTo(1.0, within(1e-9)); // only availability remains

    NodeResult zero =
        ScorecardEngine.builder()
            .missingData(MissingData.ZERO)
            .build()
            .evaluate(card(2, 1), kpis, noMttrInMay, MAY_31);
    assertThat(zero.score().getAsDouble()).isCloseTo(2.0 / 3, within(1e-9));

    NodeResult carried =
        ScorecardEngine.builder()
            .missingData(MissingData.CARRY_FORWARD)
            .build()
            .evaluate(card(2, 1), kpis, noMttrInMay, MAY_31);
    NodeResult mttr = carried.find("mttr").orElseThrow();
    assertThat(mttr.value().getAsDouble()).isEqualTo(120);
    assertThat(mttr.quality())
        .contains(DataQuality.CARRIED_FORWARD)
        .doesNotContain(DataQuality.MISSING);

    NodeResult grey =
        ScorecardEngine.builder()
            .missingData(MissingData.GREY)
            .build()
            .evaluate(card(2, 1), kpis, noMttrInMay, MAY_31);
    assertThat(grey.find("system").orElseThrow().score()).isEmpty();
    assertThat(grey.find("system").orElseThrow().status()).isEqualTo(Status.GREY);
  }

  @Test
  void otherRollUps() {
    List<KpiDefinition> kpis = List.of(availability(), mttr());
    double mttrScore = 180.0 / 195;
    assertThat(
            ScorecardEngine.builder()
                .rollUp(RollUp.WORST)
                .build()
                .evaluate(card(2, 1), kpis, history(), MAY_31)
                .score()
                .getAsDouble())
        .isCloseTo(mttrScore, within(1e-9));
    assertThat(
            ScorecardEngine.builder()
                .rollUp(RollUp.BEST)
                .build()
                .evaluate(card(2, 1), kpis, history(), MAY_31)
                .score()
                .getAsDouble())
        .isCloseTo(1.0, within(1e-9));
    assertThat(
            ScorecardEngine.builder()
                .rollUp(RollUp.MEAN)
                .build()
                .evaluate(card(2, 1), kpis, history(), MAY_31)
                .score()
                .getAsDouble())
        .isCloseTo((1 + mttrScore) / 2, within(1e-9));
    assertThat(
            ScorecardEngine.builder()
                .rollUp(RollUp.SUM)
                .build()
                .evaluate(card(2, 1), kpis, history(), MAY_31)
                .find("system")
                .orElseThrow()
                .score()
                .getAsDouble())
        .isCloseTo(1 + mttrScore, within(1e-9));
  }

  @Test
  void flagsStaleKpisAndIgnoresTheFuture() {
    NodeResult root =
        ScorecardEngine.standard()
            .evaluate(
                card(1, 1), List.of(availability(), mttr()), history(), LocalDate.of(2025, 7, 15));
    assertThat(root.find("availability").orElseThrow().quality())
        .contains(DataQuality.STALE, DataQuality.MISSING);
    NodeResult early =
        ScorecardEngine.standard()
            .evaluate(
                card(1, 1), List.of(availability(), mttr()), history(), LocalDate.of(2025, 4, 30));
    assertThat(early.find("availability").orElseThrow().value().getAsDouble()).isEqualTo(99.8);
  }

  @Test
  void scoreBandsColourNodesWithoutThresholds() {
    ScorecardEngine engine = ScorecardEngine.builder().greenFrom(0.95).amberFrom(0.5).build();
    List<Observation> low = List.of(monthly("availability", 5, 99.6), monthly("mttr", 5, 45));
    assertThat(
            engine
                .evaluate(card(1, 1), List.of(availability(), mttr()), low, MAY_31)
                .find("availability")
                .orElseThrow()
                .status())
        .isEqualTo(Status.RED);
  }

  @Test
  void rejectsUnknownKpisAndUnscorableOnes() {
    List<Observation> stray = new ArrayList<>(history());
    stray.add(monthly("nps", 5, 40));
    assertThatThrownBy(
            () ->
                ScorecardEngine.standard()
                    .evaluate(card(1, 1), List.of(availability(), mttr()), stray, MAY_31))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: observations[7].kpi = 'nps': expected the id of a given KPI"
                + " definition");
    KpiDefinition bare =
        KpiDefinition.builder()
            .id("mttr")
            .name("MTTR")
            .unit("min")
            .direction(Direction.LOWER_IS_BETTER)
            .target(45)
            .perspective("system")
            .aggregation(Aggregation.MEAN)
            .updateFrequency(UpdateFrequency.MONTHLY)
            .build();
    assertThatThrownBy(
            () ->
                ScorecardEngine.standard()
                    .evaluate(card(1, 1), List.of(availability()), history(), MAY_31))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining(
            "scorecard.kpis[1] = 'mttr': expected the id of a given KPI definition");
    assertThatThrownBy(
            () ->
                ScorecardEngine.standard()
                    .evaluate(card(1, 1), List.of(availability(), bare), history(), MAY_31))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: kpis.mttr = 'mttr': expected a baseline, a minimum and"
                + " maximum, or a target range, to score the KPI");
    assertThat(
            ScorecardEngine.builder()
                .putNormalisations("mttr", LinearNormalisation.progress(240, 45))
                .build()
                .evaluate(card(1, 1), List.of(availability(), bare), history(), MAY_31)
                .find("mttr")
                .orElseThrow()
                .score())
        .isPresent();
  }

  @Test
  void rejectsBadConfiguration() {
    assertThatThrownBy(() -> ScorecardEngine.builder().trendPeriods(1).build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: trendPeriods = 1: expected an integer from 2 to 120");
    assertThatThrownBy(() -> ScorecardEngine.builder().carryForwardPeriods(0).build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: carryForwardPeriods = 0: expected an integer from 1 to 120");
    assertThatThrownBy(() -> ScorecardEngine.builder().greenFrom(0.5).amberFrom(0.6).build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: amberFrom = 0.6: expected a score from 0 to greenFrom 0.5");
  }

  /** Web's availability derived from its service records, scored like {@link #availability()}. */
  static KpiDefinition webAvailability() {
    return KpiDefinition.builder()
        .id("web-availability")
        .name("Web availability")
        .unit("%")
        .direction(Direction.HIGHER_IS_BETTER)
        .baseline(99.5)
        .target(99.95)
        .minimum(0.0)
        .maximum(100.0)
        .perspective("system")
        .aggregation(Aggregation.MEAN)
        .updateFrequency(UpdateFrequency.MONTHLY)
        .source(KpiSource.AVAILABILITY)
        .system("web")
        .build();
  }

  /** The CRM project's cost performance index derived from its cost reports, from 0.8 to 1. */
  static KpiDefinition crmCpi() {
    return KpiDefinition.builder()
        .id("crm-cpi")
        .name("CRM cost performance")
        .unit("ratio")
        .direction(Direction.HIGHER_IS_BETTER)
        .baseline(0.8)
        .target(1.0)
        .perspective("system")
        .aggregation(Aggregation.MEAN)
        .updateFrequency(UpdateFrequency.MONTHLY)
        .source(KpiSource.CPI)
        .project("crm")
        .build();
  }

  /**
   * The service records of {@link ServiceRecordsTest} and cost reports of {@link CostRecordsTest}.
   */
  static GovernanceModel recordsModel() {
    GovernanceModel service = ServiceRecordsTest.model();
    GovernanceModel cost = CostRecordsTest.model();
    return GovernanceModel.builder()
        .name("records")
        .addAllSystems(service.systems())
        .addAllOutages(service.outages())
        .addAllIncidents(service.incidents())
        .addAllServiceCounts(service.serviceCounts())
        .addAllPrograms(cost.programs())
        .addAllProjects(cost.projects())
        .addAllCostReports(cost.costReports())
        .addPerspectives(Perspective.of("system", "System"))
        .addKpis(webAvailability(), crmCpi())
        .build();
  }

  static Scorecard derivedCard() {
    return Scorecard.builder()
        .id("derived")
        .name("Derived")
        .addChildren(
            ScorecardNode.builder()
                .id("system")
                .name("System")
                .kind(NodeKind.PERSPECTIVE)
                .addChildren(
                    ScorecardNode.kpiLeaf("web-availability", "Web availability", 1),
                    ScorecardNode.kpiLeaf("crm-cpi", "CRM CPI", 1))
                .build())
        .build();
  }

  /** Returns the explanation of a KPI's value, beneath its score's. */
  private static Explanation valueExplanation(NodeResult kpi, String quantity) {
    return kpi.explanation().orElseThrow().children().stream()
        .filter(e -> e.quantity().equals(quantity))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + quantity + " in " + kpi.explanation()));
  }

  @Test
  void derivesAvailabilityFromTheServiceRecordsOfThePeriod() {
    GovernanceModel model = recordsModel();
    LocalDate nov30 = LocalDate.of(2025, 11, 30);
    NodeResult root = ScorecardEngine.standard().evaluate(derivedCard(), model, nov30);
    NodeResult web = root.find("web-availability").orElseThrow();
    Explanation expected =
        ServiceRecords.of(model).window("web", LocalDate.of(2025, 11, 1), nov30).availability();
    assertThat(web.value().getAsDouble())
        .isEqualTo(expected.result())
        .isCloseTo(99.96, within(1e-9));
    assertThat(web.score().getAsDouble()).as("above the target 99.95").isEqualTo(1.0);
    assertThat(web.quality()).doesNotContain(DataQuality.MISSING, DataQuality.STALE);
    Explanation value = valueExplanation(web, "Web availability (%)");
    assertThat(value.formula())
        .contains("availability")
        .contains("2025-11")
        .contains("derived from the model's records");
    assertThat(value.children()).containsExactly(expected);
    assertThat(web.explanation().orElseThrow().render())
        .contains("17.28 min")
        .contains("planned maintenance (60 min) excluded");
  }

  @Test
  void derivesAPeriodInProgressUpToTheEvaluationDate() {
    GovernanceModel model = recordsModel();
    LocalDate nov15 = LocalDate.of(2025, 11, 15);
    NodeResult web =
        ScorecardEngine.standard()
            .evaluate(derivedCard(), model, nov15)
            .find("web-availability")
            .orElseThrow();
    assertThat(web.value().getAsDouble())
        .isEqualTo(
            ServiceRecords.of(model)
                .window("web", LocalDate.of(2025, 11, 1), nov15)
                .availability()
                .result());
  }

  @Test
  void derivesTheCostPerformanceIndexAsOfTheEvaluationDate() {
    GovernanceModel model = recordsModel();
    LocalDate apr15 = LocalDate.of(2025, 4, 15);
    NodeResult crm =
        ScorecardEngine.standard()
            .evaluate(derivedCard(), model, apr15)
            .find("crm-cpi")
            .orElseThrow();
    Explanation expected =
        CostRecords.of(model)
            .project("crm", apr15)
            .earnedValue()
            .orElseThrow()
            .costPerformanceIndex()
            .orElseThrow();
    // April's report ends after the 15th: EV 2,900 / AC 3,300
    assertThat(crm.value().getAsDouble())
        .isEqualTo(expected.result())
        .isCloseTo(2900.0 / 3300, within(1e-12));
    Explanation value = valueExplanation(crm, "CRM cost performance (ratio)");
    assertThat(value.formula()).contains("cpi").contains("derived from the model's records");
    assertThat(value.children()).containsExactly(expected);
    assertThat(value.children().get(0).formula()).isEqualTo("EV / AC = 2900 / 3300");
  }

  @Test
  void observationsAloneCannotEvaluateADerivedKpi() {
    assertThatThrownBy(
            () ->
                ScorecardEngine.standard()
                    .evaluate(
                        derivedCard(), List.of(webAvailability(), crmCpi()), List.of(), MAY_31))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining(
            "kpis.web-availability = 'web-availability': expected an observed KPI, or the model's"
                + " records to derive it from its source availability")
        .hasMessageContaining(
            "kpis.crm-cpi = 'crm-cpi': expected an observed KPI, or the model's records to derive"
                + " it from its source cpi");
  }
}
