package dev.governance.rules.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.portfolio.Criticality;
import dev.governance.core.portfolio.InformationSystem;
import dev.governance.core.service.IncidentRecord;
import dev.governance.core.service.OutageRecord;
import dev.governance.core.service.ServiceCount;
import dev.governance.core.service.ServiceTargets;
import dev.governance.core.time.ReportingPeriod;
import dev.governance.rules.Explanation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Service figures worked out by hand over November 2025: 30 days, 43,200 minutes.
 *
 * <p>System {@code web}'s unplanned downtime in the window is 17.28 minutes:
 *
 * <ul>
 *   <li>5 min of an outage from 31 October 23:55 to 1 November 00:05, straddling the window start
 *       (in the downtime, but not a failure that started in the window);
 *   <li>12 min of two touching outages, 10 November 08:00-08:10 and 08:10-08:12 (one failure);
 *   <li>16.8 s (0.28 min) of an outage from 20 November 02:50 to 03:00:16.8, of which the first 10
 *       minutes fall in planned maintenance from 02:00 to 03:00 (a failure all the same);
 * </ul>
 *
 * <p>so availability is (1 - 17.28 / 43,200) x 100 = 99.96 % and MTBF (43,200 - 17.28) / 2 failures
 * = 21,591.36 min = 359.856 h. An outage starting on 1 December is outside the window.
 */
class ServiceRecordsTest {

  private static final LocalDate NOV_1 = LocalDate.of(2025, 11, 1);
  private static final LocalDate NOV_30 = LocalDate.of(2025, 11, 30);

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  private static OutageRecord outage(String id, String start, String end, boolean planned) {
    return OutageRecord.builder()
        .id(id)
        .system("web")
        .start(at(start))
        .end(at(end))
        .planned(planned)
        .build();
  }

  private static IncidentRecord incident(
      String id, String opened, Optional<String> acknowledged, Optional<String> resolved) {
    return IncidentRecord.builder()
        .id(id)
        .system("web")
        .severity("SEV2")
        .opened(at(opened))
        .acknowledged(acknowledged.map(Instant::parse))
        .resolved(resolved.map(Instant::parse))
        .build();
  }

  private static ServiceCount count(String system, int month, long requests, long errors) {
    return ServiceCount.builder()
        .system(system)
        .period(ReportingPeriod.month(YearMonth.of(2025, month)))
        .requests(requests)
        .errors(errors)
        .build();
  }

  /** The model of the worked example; {@code batch} has no records, {@code api} no requests. */
  static GovernanceModel model() {
    return GovernanceModel.builder()
        .name("service")
        .addSystems(
            InformationSystem.builder()
                .id("web")
                .name("Web shop")
                .criticality(Criticality.HIGH)
                .serviceTargets(ServiceTargets.builder().availability(99.9).errorRate(0.1).build())
                .build(),
            InformationSystem.builder()
                .id("batch")
                .name("Batch")
                .criticality(Criticality.LOW)
                .build(),
            InformationSystem.builder()
                .id("api")
                .name("API")
                .criticality(Criticality.MEDIUM)
                .serviceTargets(ServiceTargets.builder().errorRate(1.0).build())
                .build())
        .addOutages(
            outage("straddle", "2025-10-31T23:55:00Z", "2025-11-01T00:05:00Z", false),
            outage("first", "2025-11-10T08:00:00Z", "2025-11-10T08:10:00Z", false),
            outage("touching", "2025-11-10T08:10:00Z", "2025-11-10T08:12:00Z", false),
            outage("maintenance", "2025-11-20T02:00:00Z", "2025-11-20T03:00:00Z", true),
            outage("during", "2025-11-20T02:50:00Z", "2025-11-20T03:00:16.800Z", false),
            outage("december", "2025-12-01T00:00:00Z", "2025-12-01T01:00:00Z", false))
        .addIncidents(
            // acknowledged after 5 min, resolved after 60
            incident(
                "i1",
                "2025-11-10T08:00:00Z",
                Optional.of("2025-11-10T08:05:00Z"),
                Optional.of("2025-11-10T09:00:00Z")),
            // opened and acknowledged in October, resolved in the window after 240 min
            incident(
                "i2",
                "2025-10-31T22:00:00Z",
                Optional.of("2025-10-31T22:30:00Z"),
                Optional.of("2025-11-01T02:00:00Z")),
            // acknowledged after 7 min, resolved after 120
            incident(
                "i3",
                "2025-11-20T02:50:00Z",
                Optional.of("2025-11-20T02:57:00Z"),
                Optional.of("2025-11-20T04:50:00Z")),
            // still open, acknowledged after 15 min
            incident(
                "i4",
                "2025-11-29T12:00:00Z",
                Optional.of("2025-11-29T12:15:00Z"),
                Optional.empty()),
            // never acknowledged, resolved in December
            incident(
                "i5",
                "2025-11-30T23:00:00Z",
                Optional.empty(),
                Optional.of("2025-12-01T01:00:00Z")))
        .addServiceCounts(
            count("web", 10, 1_000_000, 5_000),
            count("web", 11, 2_000_000, 1_000),
            count("web", 12, 3_000_000, 9_000),
            count("api", 11, 0, 0))
        .build();
  }

  private static double value(Optional<Explanation> explanation) {
    return explanation.orElseThrow().result();
  }

  @Test
  void worksOutNovemberByHand() {
    SystemMetrics web = ServiceRecords.of(model()).window("web", NOV_1, NOV_30);
    assertThat(web.system()).isEqualTo("web");
    assertThat(web.from()).isEqualTo(NOV_1);
    assertThat(web.to()).isEqualTo(NOV_30);
    assertThat(web.downtimeMinutes()).as("1,036.8 s").isEqualTo(17.28);
    assertThat(web.plannedDowntimeMinutes()).isCloseTo(60, within(1e-9));
    assertThat(web.availability().result()).isCloseTo(99.96, within(1e-9));
    assertThat(web.availability().inputs())
        .containsEntry("window minutes", 43_200.0)
        .containsEntry("planned maintenance minutes", 60.0);
    // two failures started in the window: the touching pair, and the one in the maintenance
    assertThat(value(web.mtbfHours())).isCloseTo((43_200 - 17.28) / 2 / 60, within(1e-9));
    assertThat(value(web.mtbfHours())).isCloseTo(359.856, within(1e-9));
    assertThat(web.mtbfHours().orElseThrow().inputs()).containsEntry("outages started", 2.0);
    // opened in the window: i1, i3, i4 and i5 (i2 was opened in October)
    assertThat(web.incidents()).isEqualTo(4);
    // acknowledged in the window: i1 (5), i3 (7) and the open i4 (15)
    assertThat(value(web.mttaMinutes())).isCloseTo(9, within(1e-9));
    assertThat(web.mttaMinutes().orElseThrow().formula())
        .isEqualTo("sum(acknowledged - opened) / incidents acknowledged = 27 min / 3");
    // resolved in the window: i1 (60), i2 (240) and i3 (120); i4 is open, i5 resolved in December
    assertThat(value(web.mttrMinutes())).isCloseTo(140, within(1e-9));
    assertThat(web.mttrMinutes().orElseThrow().formula())
        .isEqualTo("sum(resolved - opened) / incidents resolved = 420 min / 3");
    // November's counts only: 1,000 of 2,000,000 requests
    assertThat(value(web.errorRate())).isCloseTo(0.05, within(1e-12));
    assertThat(web.errorRate().orElseThrow().formula())
        .isEqualTo("errors / requests x 100 = 1000 / 2000000 x 100 over 2025-11-01..2025-11-30");
    // half of the 0.1 % allowed
    assertThat(value(web.errorBudgetRemaining())).isCloseTo(50, within(1e-9));
    assertThat(web.errorBudgetRemaining().orElseThrow().children())
        .containsExactly(web.errorRate().orElseThrow());
  }

  @Test
  void explainsAvailabilityWithTheMinutesAndTheMaintenanceLeftOut() {
    Explanation availability =
        ServiceRecords.of(model()).window("web", NOV_1, NOV_30).availability();
    assertThat(availability.quantity()).isEqualTo("availability %");
    assertThat(availability.formula())
        .contains("17.28 min")
        .contains("43200 min")
        .contains("2025-11-01..2025-11-30")
        .contains("planned maintenance (60 min) excluded")
        .isEqualTo(
            "(1 - down / window) x 100 = (1 - 17.28 min / 43200 min) x 100 over"
                + " 2025-11-01..2025-11-30, planned maintenance (60 min) excluded");
  }

  @Test
  void anOutageStraddlingTheWindowStartIsAFailureOnlyInTheWindowItStartedIn() {
    ServiceRecords records = ServiceRecords.of(model());
    SystemMetrics halloween =
        records.window("web", LocalDate.of(2025, 10, 31), LocalDate.of(2025, 10, 31));
    assertThat(halloween.downtimeMinutes()).isCloseTo(5, within(1e-9));
    assertThat(halloween.mtbfHours().orElseThrow().inputs()).containsEntry("outages started", 1.0);
    SystemMetrics first = records.window("web", NOV_1, NOV_1);
    assertThat(first.downtimeMinutes()).isCloseTo(5, within(1e-9));
    assertThat(first.availability().result()).isCloseTo((1 - 5.0 / 1440) * 100, within(1e-9));
    assertThat(first.mtbfHours()).as("no failure started on 1 November").isEmpty();
  }

  @Test
  void theErrorRateCountsEveryPeriodTheWindowMeetsAndTheBudgetCanBeOverspent() {
    SystemMetrics web =
        ServiceRecords.of(model())
            .window("web", LocalDate.of(2025, 10, 20), LocalDate.of(2025, 11, 10));
    // October and November: 6,000 of 3,000,000 requests, 0.2 % against 0.1 % allowed
    assertThat(value(web.errorRate())).isCloseTo(0.2, within(1e-12));
    assertThat(value(web.errorBudgetRemaining())).isCloseTo(-100, within(1e-9));
  }

  @Test
  void whatCannotBeComputedIsEmptyNotZero() {
    ServiceRecords records = ServiceRecords.of(model());
    SystemMetrics batch = records.window("batch", NOV_1, NOV_30);
    assertThat(batch.availability().result()).isEqualTo(100);
    assertThat(batch.downtimeMinutes()).isZero();
    assertThat(batch.plannedDowntimeMinutes()).isZero();
    assertThat(batch.incidents()).isZero();
    assertThat(batch.mttaMinutes()).isEmpty();
    assertThat(batch.mttrMinutes()).isEmpty();
    assertThat(batch.mtbfHours()).isEmpty();
    assertThat(batch.errorRate()).isEmpty();
    assertThat(batch.errorBudgetRemaining()).isEmpty();
    SystemMetrics api = records.window("api", NOV_1, NOV_30);
    assertThat(api.errorRate()).as("no requests counted").isEmpty();
    assertThat(api.errorBudgetRemaining()).as("a target but no error rate").isEmpty();
    SystemMetrics december =
        records.window("web", LocalDate.of(2025, 12, 2), LocalDate.of(2025, 12, 31));
    assertThat(december.mttrMinutes()).isEmpty();
    assertThat(december.mttaMinutes()).isEmpty();
    assertThat(value(december.errorRate())).isCloseTo(0.3, within(1e-12));
  }

  @Test
  void anErrorRateWithoutATargetHasNoBudget() {
    GovernanceModel model =
        GovernanceModel.builder()
            .name("untargeted")
            .addSystems(
                InformationSystem.builder()
                    .id("web")
                    .name("Web")
                    .criticality(Criticality.LOW)
                    .build())
            .addServiceCounts(count("web", 11, 400, 1))
            .build();
    SystemMetrics web = ServiceRecords.of(model).window("web", NOV_1, NOV_30);
    assertThat(value(web.errorRate())).isCloseTo(0.25, within(1e-12));
    assertThat(web.errorBudgetRemaining()).isEmpty();
  }

  @Test
  void rejectsAnUnknownSystemAndAWindowEndingBeforeItStarts() {
    ServiceRecords records = ServiceRecords.of(model());
    assertThatThrownBy(() -> records.window("nope", NOV_1, NOV_30))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: system = 'nope': expected the id of a system of the model");
    assertThatThrownBy(() -> records.window("web", NOV_30, NOV_1))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: to = 2025-11-01: expected a day not before from 2025-11-30");
    assertThatThrownBy(() -> records.window("web", NOV_1, LocalDate.MAX))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: to = +999999999-12-31: expected a day before"
                + " +999999999-12-31");
  }
}
