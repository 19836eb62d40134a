package dev.governance.benchmarks.kpi;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.summarizingDouble;

import dev.governance.core.kpi.Observation;
import dev.governance.core.time.ReportingPeriod;
import java.time.LocalDate;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Map;

/**
 * The peer: the same aggregation as a straightforward {@code Collectors.groupingBy} over a stream.
 */
final class GroupingByAggregation {

  private GroupingByAggregation() {}

  static Map<String, Map<ReportingPeriod, DoubleSummaryStatistics>> aggregate(
      List<Observation> observations, List<ReportingPeriod> periods, LocalDate asOf) {
    LocalDate first = periods.get(periods.size() - 1).start();
    return observations.stream()
        .filter(o -> !o.period().start().isAfter(asOf) && !o.period().start().isBefore(first))
        .collect(
            groupingBy(
                Observation::kpi,
                groupingBy(Observation::period, summarizingDouble(Observation::value))));
  }
}
