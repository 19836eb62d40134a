package dev.governance.rules.kpi;

import static dev.governance.core.ArgChecker.check;

import com.google.common.collect.ImmutableList;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.Violation;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.kpi.Observation;
import dev.governance.core.time.ReportingPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns observations into period values: one accumulator (as {@link KpiAccumulator} keeps) per KPI
 * and reporting period, in one pass over the observations. An observation of a period counts in the period containing
 * its first day; an observation at an instant, in the period containing its date in the zone.
 * Observations dated after the evaluation date are left out.
 *
 * <p>Written for speed, because scorecards are rolled up over millions of observations: KPIs and
 * periods are resolved to array indexes, runs of observations of the same KPI (the usual shape of
 * a feed) skip the KPI look-up, and the days of the last few period objects seen are remembered. An aggregator is immutable and
 * thread-safe; each {@link #aggregate} call has its own accumulators.
 */
public final class ObservationAggregator {

  /** How many distinct period objects the day cache remembers; feeds reuse a few period values. */
  private static final int RECENT_PERIODS = 8;

  private final ImmutableList<KpiDefinition> kpis;
  private final Map<String, Integer> kpiIndex = new HashMap<>();
  private final ImmutableList<ReportingPeriod> periods;
  private final ZoneId zone;
  private final LocalDate asOf;
  private final long firstDay;
  private final long[] periodStarts;

  private ObservationAggregator(List<KpiDefinition> kpis, List<ReportingPeriod> periods, ZoneId zone, LocalDate asOf) {
    this.kpis = ImmutableList.copyOf(kpis);
    for (int i = 0; i < this.kpis.size(); i++) {
      kpiIndex.putIfAbsent(this.kpis.get(i).id(), i);
    }
    this.periods = ImmutableList.copyOf(periods);
    this.zone = zone;
    this.asOf = asOf;
    this.firstDay = periods.get(periods.size() - 1).start().toEpochDay();
    this.periodStarts = periods.stream().mapToLong(p -> p.start().toEpochDay()).toArray();
  }

  /**
   * Returns an aggregator into {@code periods}.
   *
   * @param kpis the definitions of the KPIs observed
   * @param periods the periods to fill, newest first and contiguous, such as this month and the
   *     two before it
   * @param zone the zone in which instants are dated
   * @param asOf the evaluation date: later observations are left out
   * @return the aggregator
   * @throws GovernanceValidationException if {@code periods} is empty or not contiguous, newest first
   */
  public static ObservationAggregator of(List<KpiDefinition> kpis, List<ReportingPeriod> periods, ZoneId zone, LocalDate asOf) {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(asOf, "asOf");
    check(!periods.isEmpty(), "periods", "[]", "at least one period");
    for (int i = 1; i < periods.size(); i++) {
      check(periods.get(i).next().equals(periods.get(i - 1)), "periods[" + i + "]", periods.get(i),
          "the period just before " + periods.get(i - 1));
    }
    return new ObservationAggregator(kpis, periods, zone, asOf);
  }

  /**
   * Aggregates {@code observations}.
   *
   * @param observations the observations, in any order
   * @return each KPI's accumulators and latest observation date
   * @throws GovernanceValidationException naming every observation of a KPI not given
   */
  public PeriodValues aggregate(List<Observation> observations) {
    Pass pass = new Pass();
    for (int i = 0; i < observations.size(); i++) {
      pass.accept(i, observations.get(i));
    }
    if (!pass.unknown.isEmpty()) {
      throw new GovernanceValidationException(pass.unknown);
    }
    return new PeriodValues(kpis, kpiIndex, periods, pass.table, pass.latest);
  }

  /**
   * The state of one aggregation. The per-observation work is its own small method so that the
   * JIT compiles it whole, rather than only the loop around it.
   */
  private final class Pass {
    final int slots = periods.size();
    final AccumulatorTable table = new AccumulatorTable(kpis.size() * slots);
    final long[] latest = new long[kpis.size()];
    final long asOfDay = asOf.toEpochDay();
    final List<Violation> unknown = new ArrayList<>();
    final ReportingPeriod[] seen = new ReportingPeriod[RECENT_PERIODS];
    final long[] seenStart = new long[RECENT_PERIODS];
    final long[] seenEnd = new long[RECENT_PERIODS];
    int nextSlot;
    String lastKpi;
    int k = -1;

    Pass() {
      Arrays.fill(latest, Long.MIN_VALUE);
    }

    void accept(int i, Observation o) {
      String kpi = o.kpi();
      if (!kpi.equals(lastKpi)) {
        Integer index = kpiIndex.get(kpi);
        if (index == null) {
          unknown.add(Violation.of("observations[" + i + "].kpi", GovernanceValidationException.render(kpi), "the id of a given KPI definition"));
          return;
        }
        lastKpi = kpi;
        k = index;
      }
      long day;
      long lastDay;
      long time;
      Optional<ReportingPeriod> period = o.period();
      if (period.isPresent()) {
        int slot = slotOf(period.get());
        day = seenStart[slot];
        lastDay = Math.min(seenEnd[slot], asOfDay);
        time = day * 86_400;
      } else {
        Instant at = o.at().orElseThrow();
        day = at.atZone(zone).toLocalDate().toEpochDay();
        lastDay = day;
        time = at.getEpochSecond();
      }
      if (day > asOfDay) {
        return;
      }
      if (lastDay > latest[k]) {
        latest[k] = lastDay;
      }
      if (day < firstDay) {
        return;
      }
      int p = 0;
      while (day < periodStarts[p]) {
        p++;
      }
      Optional<Double> weight = o.weight();
      table.add(k * slots + p, o.value(), weight.isPresent() ? weight.get() : 1.0, time);
    }

    private int slotOf(ReportingPeriod period) {
      for (int slot = 0; slot < RECENT_PERIODS; slot++) {
        if (seen[slot] == period) {
          return slot;
        }
      }
      int slot = nextSlot;
      nextSlot = (nextSlot + 1) % RECENT_PERIODS;
      seen[slot] = period;
      seenStart[slot] = period.start().toEpochDay();
      seenEnd[slot] = period.end().toEpochDay();
      return slot;
    }
  }
}
