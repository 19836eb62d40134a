package dev.governance.benchmarks.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.governance.core.kpi.Aggregation;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.time.ReportingPeriod;
import dev.governance.rules.kpi.ObservationAggregator;
import dev.governance.rules.kpi.PeriodValues;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.DoubleSummaryStatistics;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The peer is only a fair comparison if it computes what the library computes. */
class GroupingByAggregationTest {

  @Test
  void bothGiveTheSameMeans() {
    ObservationWorkload workload = new ObservationWorkload(20, 30);
    PeriodValues ours =
        ObservationAggregator.of(
                workload.kpis,
                ObservationWorkload.PERIODS,
                ZoneOffset.UTC,
                ObservationWorkload.AS_OF)
            .aggregate(workload.observations);
    Map<String, Map<ReportingPeriod, DoubleSummaryStatistics>> theirs =
        GroupingByAggregation.aggregate(
            workload.observations, ObservationWorkload.PERIODS, ObservationWorkload.AS_OF);
    assertThat(theirs).hasSize(200);
    for (KpiDefinition kpi : workload.kpis) {
      for (int p = 0; p < ObservationWorkload.PERIODS.size(); p++) {
        assertThat(ours.value(kpi.id(), p).getAsDouble())
            .isCloseTo(
                theirs.get(kpi.id()).get(ObservationWorkload.PERIODS.get(p)).getAverage(),
                within(1e-9));
      }
    }
  }

  @Test
  void bothGiveTheSameValuesOfEveryAggregation() {
    ObservationWorkload workload = new ObservationWorkload(20, 30, ObservationWorkload.Mix.MIXED);
    PeriodValues ours =
        ObservationAggregator.of(
                workload.kpis,
                ObservationWorkload.PERIODS,
                ZoneOffset.UTC,
                ObservationWorkload.AS_OF)
            .aggregate(workload.observations);
    Map<String, Map<YearMonth, GroupingByAggregation.KpiStatistics>> theirs =
        GroupingByAggregation.aggregateAll(
            workload.observations, ObservationWorkload.PERIODS, ObservationWorkload.AS_OF);
    assertThat(theirs).hasSize(200);
    int compared = 0;
    for (KpiDefinition kpi : workload.kpis) {
      for (int p = 0; p < ObservationWorkload.PERIODS.size(); p++) {
        GroupingByAggregation.KpiStatistics statistics =
            theirs.get(kpi.id()).get(YearMonth.from(ObservationWorkload.PERIODS.get(p).start()));
        if (statistics == null) {
          assertThat(ours.value(kpi.id(), p)).isEmpty();
          continue;
        }
        double expected =
            switch (kpi.aggregation()) {
              case MEAN -> statistics.sum / statistics.count;
              case WEIGHTED_MEAN -> statistics.weightedSum / statistics.weight;
              case MIN -> statistics.min;
              case MAX -> statistics.max;
              case LAST -> statistics.last;
              default -> throw new AssertionError(kpi.aggregation());
            };
        assertThat(ours.value(kpi.id(), p).getAsDouble()).isCloseTo(expected, within(1e-9));
        compared++;
      }
    }
    assertThat(compared).isEqualTo(600);
    assertThat(workload.kpis)
        .extracting(KpiDefinition::aggregation)
        .contains(
            Aggregation.MEAN,
            Aggregation.WEIGHTED_MEAN,
            Aggregation.MIN,
            Aggregation.MAX,
            Aggregation.LAST);
  }
}
