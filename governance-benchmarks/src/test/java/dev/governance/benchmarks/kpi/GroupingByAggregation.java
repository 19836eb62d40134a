package dev.governance.benchmarks.kpi;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.summarizingDouble;

import dev.governance.core.kpi.Observation;
import dev.governance.core.time.ReportingPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.stream.Collector;

/**
 * The peer: the same aggregation as a straightforward {@code Collectors.groupingBy} over a stream.
 */
final class GroupingByAggregation {

  private GroupingByAggregation() {}

  /** Groups period observations by KPI and period, with count, sum, minimum and maximum. */
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

  /**
   * Groups observations of periods or instants (dated in UTC) by KPI and month, with all that any
   * aggregation reads ({@link KpiStatistics}), for monthly periods.
   */
  static Map<String, Map<YearMonth, KpiStatistics>> aggregateAll(
      List<Observation> observations, List<ReportingPeriod> periods, LocalDate asOf) {
    LocalDate first = periods.get(periods.size() - 1).start();
    return observations.stream()
        .filter(o -> !day(o).isAfter(asOf) && !day(o).isBefore(first))
        .collect(
            groupingBy(
                Observation::kpi,
                groupingBy(
                    o -> YearMonth.from(day(o)),
                    Collector.of(
                        KpiStatistics::new, KpiStatistics::accept, KpiStatistics::combine))));
  }

  private static LocalDate day(Observation o) {
    ReportingPeriod period = o.period();
    return period != null ? period.start() : LocalDate.ofInstant(o.at(), ZoneOffset.UTC);
  }

  /** Count, sums, weighted sums, extremes and latest value, as a plain collector keeps them. */
  static final class KpiStatistics {
    long count;
    double sum;
    double weightedSum;
    double weight;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    long lastTime = Long.MIN_VALUE;
    double last = Double.NaN;

    void accept(Observation o) {
      double value = o.value();
      count++;
      sum += value;
      weightedSum += value * o.weight();
      weight += o.weight();
      min = Math.min(min, value);
      max = Math.max(max, value);
      ReportingPeriod period = o.period();
      long time =
          period != null
              ? period.start().atStartOfDay(ZoneOffset.UTC).toEpochSecond()
              : o.at().getEpochSecond();
      latest(time, value);
    }

    KpiStatistics combine(KpiStatistics other) {
      count += other.count;
      sum += other.sum;
      weightedSum += other.weightedSum;
      weight += other.weight;
      min = Math.min(min, other.min);
      max = Math.max(max, other.max);
      latest(other.lastTime, other.last);
      return this;
    }

    private void latest(long time, double value) {
      if (time > lastTime || (time == lastTime && Double.compare(value, last) > 0)) {
        lastTime = time;
        last = value;
      }
    }
  }
}
