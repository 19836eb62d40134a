package dev.governance.rules.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.kpi.Observation;
import dev.governance.core.time.ReportingPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservationAggregatorTest {

  private static final ReportingPeriod MAY = ReportingPeriod.month(YearMonth.of(2025, 5));
  private static final ReportingPeriod APRIL = MAY.previous();

  @Test
  void aggregatesEachKpiIntoItsPeriodsByItsRule() {
    PeriodValues values = ObservationAggregator.of(List.of(ScorecardEngineTest.mttr(), ScorecardEngineTest.availability()),
        List.of(MAY, APRIL), ZoneOffset.UTC, LocalDate.of(2025, 5, 31)).aggregate(ScorecardEngineTest.history());
    assertThat(values.periods()).containsExactly(MAY, APRIL);
    assertThat(values.value("mttr", 0)).hasValue(60);
    assertThat(values.value("mttr", 1)).hasValue(120);
    assertThat(values.value("availability", 1)).hasValue(99.8);
    assertThat(values.value("availability", 2)).isEmpty();
    assertThat(values.value("nps", 0)).isEmpty();
    assertThat(values.latest("mttr")).contains(LocalDate.of(2025, 5, 20));
    assertThat(values.latest("availability")).contains(LocalDate.of(2025, 5, 31));
    assertThat(values.latest("nps")).isEmpty();
  }

  @Test
  void datesInstantsInTheZoneAndLeavesOutTheFuture() {
    Observation lateEvening = Observation.builder().kpi("mttr").at(Instant.parse("2025-04-30T23:30:00Z")).value(10).build();
    ObservationAggregator tokyo = ObservationAggregator.of(List.of(ScorecardEngineTest.mttr()), List.of(MAY, APRIL), ZoneId.of("Asia/Tokyo"), LocalDate.of(2025, 5, 31));
    assertThat(tokyo.aggregate(List.of(lateEvening)).value("mttr", 0)).hasValue(10);
    ObservationAggregator utc = ObservationAggregator.of(List.of(ScorecardEngineTest.mttr()), List.of(MAY, APRIL), ZoneOffset.UTC, LocalDate.of(2025, 4, 15));
    assertThat(utc.aggregate(List.of(lateEvening)).value("mttr", 1)).isEmpty();
  }

  @Test
  void rejectsUnknownKpisAndBadPeriods() {
    ObservationAggregator aggregator = ObservationAggregator.of(List.of(ScorecardEngineTest.mttr()), List.of(MAY), ZoneOffset.UTC, LocalDate.of(2025, 5, 31));
    assertThatThrownBy(() -> aggregator.aggregate(List.of(ScorecardEngineTest.monthly("nps", 5, 1), ScorecardEngineTest.monthly("x", 5, 1))))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data, 2 violations:\n"
            + "  - observations[0].kpi = 'nps': expected the id of a given KPI definition\n"
            + "  - observations[1].kpi = 'x': expected the id of a given KPI definition");
    assertThatThrownBy(() -> ObservationAggregator.of(List.of(), List.of(), ZoneOffset.UTC, LocalDate.of(2025, 5, 31)))
        .isInstanceOf(GovernanceValidationException.class).hasMessage("Invalid governance data: periods = '[]': expected at least one period");
    assertThatThrownBy(() -> ObservationAggregator.of(List.of(), List.of(APRIL, MAY), ZoneOffset.UTC, LocalDate.of(2025, 5, 31)))
        .isInstanceOf(GovernanceValidationException.class).hasMessage("Invalid governance data: periods[1] = 2025-05: expected the period just before 2025-04");
  }
}
