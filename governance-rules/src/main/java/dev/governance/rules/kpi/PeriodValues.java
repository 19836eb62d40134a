package dev.governance.rules.kpi;

import com.google.common.collect.ImmutableList;
import dev.governance.core.time.ReportingPeriod;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The result of {@link ObservationAggregator#aggregate} or {@link PartialAggregation#values}: each
 * KPI's value in each period, by its aggregation. Immutable.
 */
public final class PeriodValues {

  private final ObservationAggregator aggregator;
  private final AccumulatorTable table;
  private final long[] latest;

  /** Takes the table and latest days of an aggregation by {@code aggregator}, not copying them. */
  PeriodValues(ObservationAggregator aggregator, AccumulatorTable table, long[] latest) {
    this.aggregator = aggregator;
    this.table = table;
    this.latest = latest;
  }

  /** Returns the aggregator whose periods, KPIs, zone and evaluation date these values are in. */
  public ObservationAggregator aggregator() {
    return aggregator;
  }

  /** Returns the periods, newest first. */
  public ImmutableList<ReportingPeriod> periods() {
    return aggregator.periods();
  }

  /**
   * Returns a KPI's value in a period, by the KPI's aggregation.
   *
   * @param kpi a KPI id
   * @param periodsBack 0 for the newest period, 1 for the one before, ...
   * @return the value; empty if the KPI is unknown or was not observed then
   */
  public OptionalDouble value(String kpi, int periodsBack) {
    int k = aggregator.index(Objects.requireNonNull(kpi, "kpi"));
    if (k < 0 || periodsBack < 0 || periodsBack >= aggregator.periods().size()) {
      return OptionalDouble.empty();
    }
    int slot = aggregator.slot(k, periodsBack);
    return table.count(slot) == 0
        ? OptionalDouble.empty()
        : table.value(slot, aggregator.width(k), aggregator.aggregation(k));
  }

  /**
   * Returns the date of a KPI's latest observation up to the evaluation date (for a period
   * observation, the period's last day or the evaluation date, whichever is earlier).
   *
   * @param kpi a KPI id
   * @return the date; empty if the KPI was never observed by then
   */
  public Optional<LocalDate> latest(String kpi) {
    int k = aggregator.index(Objects.requireNonNull(kpi, "kpi"));
    return k < 0 || latest[k] == Long.MIN_VALUE
        ? Optional.empty()
        : Optional.of(LocalDate.ofEpochDay(latest[k]));
  }
}
