package dev.governance.rules.kpi;

import com.google.common.collect.ImmutableList;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.time.ReportingPeriod;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The result of {@link ObservationAggregator#aggregate}: each KPI's value in each period, by its
 * aggregation.
 */
public final class PeriodValues {

  private final ImmutableList<KpiDefinition> kpis;
  private final Map<String, Integer> kpiIndex;
  private final ImmutableList<ReportingPeriod> periods;
  private final AccumulatorTable table;
  private final int[] offsets;
  private final int[] widths;
  private final long[] latest;

  /**
   * Takes the aggregator's table, where KPI k's slots start at {@code offsets[k]} and are {@code
   * widths[k]} wide.
   */
  PeriodValues(
      ImmutableList<KpiDefinition> kpis,
      Map<String, Integer> kpiIndex,
      ImmutableList<ReportingPeriod> periods,
      AccumulatorTable table,
      int[] offsets,
      int[] widths,
      long[] latest) {
    this.kpis = kpis;
    this.kpiIndex = kpiIndex;
    this.periods = periods;
    this.table = table;
    this.offsets = offsets;
    this.widths = widths;
    this.latest = latest;
  }

  /** Returns the periods, newest first. */
  public ImmutableList<ReportingPeriod> periods() {
    return periods;
  }

  /**
   * Returns a KPI's value in a period, by the KPI's aggregation.
   *
   * @param kpi a KPI id
   * @param periodsBack 0 for the newest period, 1 for the one before, ...
   * @return the value; empty if the KPI is unknown or was not observed then
   */
  public OptionalDouble value(String kpi, int periodsBack) {
    Integer k = kpiIndex.get(Objects.requireNonNull(kpi, "kpi"));
    if (k == null || periodsBack < 0 || periodsBack >= periods.size()) {
      return OptionalDouble.empty();
    }
    int slot = offsets[k] + periodsBack * widths[k];
    return table.count(slot) == 0
        ? OptionalDouble.empty()
        : table.value(slot, kpis.get(k).aggregation());
  }

  /**
   * Returns the date of a KPI's latest observation up to the evaluation date (for a period
   * observation, the period's last day or the evaluation date, whichever is earlier).
   *
   * @param kpi a KPI id
   * @return the date; empty if the KPI was never observed by then
   */
  public Optional<LocalDate> latest(String kpi) {
    Integer k = kpiIndex.get(Objects.requireNonNull(kpi, "kpi"));
    return k == null || latest[k] == Long.MIN_VALUE
        ? Optional.empty()
        : Optional.of(LocalDate.ofEpochDay(latest[k]));
  }
}
