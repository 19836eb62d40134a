package dev.governance.rules.kpi;

import static dev.governance.core.ArgChecker.check;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.Violation;
import dev.governance.core.kpi.Aggregation;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.kpi.Observation;
import dev.governance.core.time.PeriodKind;
import dev.governance.core.time.ReportingPeriod;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Turns observations into period values: one accumulator (as {@link KpiAccumulator} keeps) per KPI
 * and reporting period, in one pass over the observations. An observation of a period counts in the
 * period containing its first day; an observation at an instant, in the period containing its date
 * in the zone. Observations dated after the evaluation date are left out.
 *
 * <p>Written by hand for speed, because scorecards are rolled up over millions of observations (139
 * million means of period observations a second on one thread with the aggregator built in the
 * operation, 177 million with one built in advance: 4.6 and 6.0 times a {@code
 * Collectors.groupingBy} in the same run of {@code ObservationAggregationBenchmark}; 85 and 97
 * million for a mix of means, weighted means, minimums, maximums and latest values, 5.4 and 6.6
 * times; 3 forks of 10 iterations, BENCHMARKS.md): KPIs are resolved to array indexes, and a run of
 * observations of the same KPI (the usual shape of a feed) is looked up once, guessing it is the
 * KPI after the previous run's before asking the hash map; a day-to-slot table places an
 * observation in its period with one load; an instant is dated by arithmetic or a table of the
 * zone's day starts ({@code ZoneDays}), not a {@code ZonedDateTime}; all accumulators live in one
 * primitive array, and each KPI updates only the fields its aggregation reads (count and sum for a
 * mean; count and extremes for a minimum, maximum or latest value); the latest date is capped at
 * the evaluation date once per run. The sums are exact ({@code AccumulatorTable}), so any order of
 * the observations gives the same values. An aggregator is immutable and thread-safe; each {@link
 * #aggregate} call has its own accumulators.
 */
public final class ObservationAggregator implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private final Map<String, Integer> kpiIndex;
  private final String[] ids;
  private final Aggregation[] aggregations;
  private final ImmutableList<ReportingPeriod> periods;
  private final ZoneId zone;
  private final LocalDate asOf;
  private final long firstDay;

  /**
   * The slot of each day from the oldest period's first day to the newest's: one load places an
   * observation, where comparing period starts costs a branch the alternating periods of a feed
   * mispredict. Days after the newest period are in none (an evaluation date past the newest period
   * leaves its later observations out of every period; they still date the KPI).
   */
  private final int[] slotByDay;

  /** Dates instants in the zone, quickly over the days of {@link #slotByDay} and a day around. */
  private final ZoneDays days;

  /**
   * Per KPI, the width of its slots ({@link AccumulatorTable#widthFor}), which says how they are
   * updated.
   */
  private final int[] widths;

  /**
   * Per KPI, the index of its first slot in the accumulator table; the last entry is the table's
   * length.
   */
  private final int[] offsets;

  private ObservationAggregator(
      String[] ids,
      Aggregation[] aggregations,
      List<ReportingPeriod> periods,
      ZoneId zone,
      LocalDate asOf) {
    this.ids = ids;
    this.aggregations = aggregations;
    this.kpiIndex = Maps.newHashMapWithExpectedSize(ids.length);
    this.widths = new int[ids.length];
    this.offsets = new int[ids.length + 1];
    for (int i = 0; i < ids.length; i++) {
      widths[i] = AccumulatorTable.widthFor(aggregations[i]);
      offsets[i + 1] = Math.addExact(offsets[i], widths[i] * periods.size());
      Integer first = kpiIndex.putIfAbsent(ids[i], i);
      check(
          first == null,
          "kpis[" + i + "].id",
          ids[i],
          "an id no other KPI has, but kpis[" + first + "] has it");
    }
    this.periods = ImmutableList.copyOf(periods);
    this.zone = zone;
    this.asOf = asOf;
    this.firstDay = periods.get(periods.size() - 1).startEpochDay();
    this.slotByDay = new int[(int) (periods.get(0).endEpochDay() - firstDay) + 1];
    for (int slot = 0; slot < periods.size(); slot++) {
      ReportingPeriod period = periods.get(slot);
      Arrays.fill(
          slotByDay,
          (int) (period.startEpochDay() - firstDay),
          (int) (period.endEpochDay() - firstDay) + 1,
          slot);
    }
    this.days = new ZoneDays(zone, firstDay - 1, periods.get(0).endEpochDay() + 1);
  }

  /**
   * Returns an aggregator into {@code periods}.
   *
   * @param kpis the definitions of the KPIs observed
   * @param periods the periods to fill, newest first and contiguous, such as this month and the two
   *     before it
   * @param zone the zone in which instants are dated
   * @param asOf the evaluation date: later observations are left out
   * @return the aggregator
   * @throws GovernanceValidationException if two KPIs share an id, or {@code periods} is empty or
   *     not contiguous, newest first
   */
  public static ObservationAggregator of(
      List<KpiDefinition> kpis, List<ReportingPeriod> periods, ZoneId zone, LocalDate asOf) {
    return of(
        kpis.stream().map(KpiDefinition::id).toArray(String[]::new),
        kpis.stream().map(KpiDefinition::aggregation).toArray(Aggregation[]::new),
        periods,
        zone,
        asOf);
  }

  /** Returns an aggregator of KPIs given by id and aggregation, checked as {@link #of} says. */
  private static ObservationAggregator of(
      String[] ids,
      Aggregation[] aggregations,
      List<ReportingPeriod> periods,
      ZoneId zone,
      LocalDate asOf) {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(asOf, "asOf");
    check(!periods.isEmpty(), "periods", "[]", "at least one period");
    for (int i = 1; i < periods.size(); i++) {
      check(
          periods.get(i).next().equals(periods.get(i - 1)),
          "periods[" + i + "]",
          periods.get(i),
          "the period just before " + periods.get(i - 1));
    }
    return new ObservationAggregator(ids, aggregations, periods, zone, asOf);
  }

  /**
   * Returns an empty part of an aggregation, to add observations to a few at a time and to merge
   * with other parts.
   *
   * @return the part
   */
  public PartialAggregation partial() {
    return new PartialAggregation(this);
  }

  /** Returns the periods filled, newest first. */
  public ImmutableList<ReportingPeriod> periods() {
    return periods;
  }

  /** Returns the zone in which instants are dated. */
  public ZoneId zone() {
    return zone;
  }

  /** Returns the evaluation date: later observations are left out. */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Aggregates {@code observations}.
   *
   * @param observations the observations, in any order
   * @return each KPI's accumulators and latest observation date
   * @throws GovernanceValidationException naming every observation of a KPI not given
   */
  public PeriodValues aggregate(List<Observation> observations) {
    AccumulatorTable table = new AccumulatorTable(tableLength());
    long[] latest = nothingSeen(ids.length);
    List<Violation> unknown = new ArrayList<>();
    accumulate(
        observations,
        table,
        latest,
        (index, kpi) ->
            unknown.add(
                Violation.of(
                    "observations[" + index + "].kpi",
                    GovernanceValidationException.render(kpi),
                    "the id of a given KPI definition")));
    if (!unknown.isEmpty()) {
      throw new GovernanceValidationException(unknown);
    }
    return new PeriodValues(this, table, latest);
  }

  /** What is told of an observation of a KPI the aggregator does not know. */
  @FunctionalInterface
  interface UnknownKpi {
    void observed(int index, String kpi);
  }

  /** What visits each (KPI, period) slot of an aggregation's table. */
  @FunctionalInterface
  interface SlotVisitor {
    void visit(int base, int width);
  }

  /**
   * Adds {@code observations} to {@code table} and {@code latest} (a table and latest days of this
   * aggregator's size), telling {@code unknown} of each observation of an unknown KPI.
   */
  void accumulate(
      List<Observation> observations, AccumulatorTable table, long[] latest, UnknownKpi unknown) {
    Pass pass = new Pass(table, latest, unknown);
    for (int i = 0; i < observations.size(); ) {
      i = pass.acceptRun(observations, i);
    }
  }

  /** Returns the latest days of {@code kpis} KPIs none of which was observed. */
  static long[] nothingSeen(int kpis) {
    long[] latest = new long[kpis];
    Arrays.fill(latest, Long.MIN_VALUE);
    return latest;
  }

  /** Returns the number of KPIs. */
  int kpiCount() {
    return ids.length;
  }

  /** Returns the length of this aggregator's accumulator table. */
  int tableLength() {
    return offsets[ids.length];
  }

  /** Visits every (KPI, period) slot of the table. */
  void forEachSlot(SlotVisitor visitor) {
    for (int k = 0; k < ids.length; k++) {
      for (int base = offsets[k]; base < offsets[k + 1]; base += widths[k]) {
        visitor.visit(base, widths[k]);
      }
    }
  }

  /** Returns the index of a KPI, or -1 if it is not one of this aggregator's. */
  int index(String kpi) {
    Integer k = kpiIndex.get(kpi);
    return k == null ? -1 : k;
  }

  /** Returns the base of KPI {@code k}'s slot {@code periodsBack} periods back. */
  int slot(int k, int periodsBack) {
    return offsets[k] + periodsBack * widths[k];
  }

  /** Returns the width of KPI {@code k}'s slots ({@link AccumulatorTable#widthFor}). */
  int width(int k) {
    return widths[k];
  }

  /** Returns the aggregation of KPI {@code k}. */
  Aggregation aggregation(int k) {
    return aggregations[k];
  }

  /**
   * Returns whether {@code other} aggregates the same KPIs (ids and aggregations, in the same
   * order) into the same periods, in the same zone, up to the same date: then their parts merge.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ObservationAggregator that
        && Arrays.equals(ids, that.ids)
        && Arrays.equals(aggregations, that.aggregations)
        && periods.equals(that.periods)
        && zone.equals(that.zone)
        && asOf.equals(that.asOf);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(ids), periods, zone, asOf);
  }

  @Override
  public String toString() {
    return "ObservationAggregator{"
        + ids.length
        + " KPIs, periods "
        + periods.get(periods.size() - 1)
        + " to "
        + periods.get(0)
        + ", zone "
        + zone
        + ", as of "
        + asOf
        + "}";
  }

  @Serial
  private Object writeReplace() {
    return new SerialForm(
        ids.clone(),
        aggregations.clone(),
        periods.stream().map(ReportingPeriod::kind).toArray(PeriodKind[]::new),
        periods.stream().map(ReportingPeriod::start).toArray(LocalDate[]::new),
        periods.get(0).fiscalYearStart(),
        zone.getId(),
        asOf);
  }

  @Serial
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("an ObservationAggregator is read through its serial form");
  }

  /**
   * The serial form: what an aggregator is made of, made into one again by {@link #of} and so
   * checked as any aggregator is.
   */
  private record SerialForm(
      String[] ids,
      Aggregation[] aggregations,
      PeriodKind[] kinds,
      LocalDate[] starts,
      Month fiscalYearStart,
      String zone,
      LocalDate asOf)
      implements Serializable {

    @Serial private static final long serialVersionUID = 1L;

    @Serial
    private Object readResolve() throws InvalidObjectException {
      try {
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
          periods.add(ReportingPeriod.of(kinds[i], starts[i], fiscalYearStart));
        }
        check(
            ids.length == aggregations.length
                && Arrays.stream(ids).allMatch(Objects::nonNull)
                && Arrays.stream(aggregations).allMatch(Objects::nonNull),
            "observationAggregator.aggregations",
            aggregations.length,
            "an aggregation for each of the " + ids.length + " KPIs");
        return of(ids.clone(), aggregations.clone(), periods, ZoneId.of(zone), asOf);
      } catch (RuntimeException e) {
        InvalidObjectException invalid =
            new InvalidObjectException("an ObservationAggregator's serial form: " + e.getMessage());
        invalid.initCause(e);
        throw invalid;
      }
    }
  }

  /** The state of one pass over a list of observations, adding to a table and latest days. */
  private final class Pass {
    final AccumulatorTable table;
    final long[] latest;
    final long asOfDay = asOf.toEpochDay();
    final UnknownKpi unknown;
    int previousKpi = -1;

    Pass(AccumulatorTable table, long[] latest, UnknownKpi unknown) {
      this.table = table;
      this.latest = latest;
      this.unknown = unknown;
    }

    /**
     * Accepts the run of observations of one KPI that starts at {@code start}, keeping what the
     * KPI's run needs (its slots, aggregation and latest date) in local variables.
     *
     * @return the index after the run
     */
    int acceptRun(List<Observation> observations, int start) {
      String kpi = observations.get(start).kpi();
      int k = indexOf(kpi);
      if (k < 0) {
        unknown.observed(start, kpi);
        return start + 1;
      }
      previousKpi = k;
      int base = offsets[k];
      int width = widths[k];
      int size = observations.size();
      int i =
          width == AccumulatorTable.COUNT_AND_SUM
              ? countAndSumOfPeriods(observations, start, size, kpi, k)
              : start;
      long latestDay = latest[k];
      for (; i < size; i++) {
        Observation o = observations.get(i);
        if (!sameId(o.kpi(), kpi)) {
          break;
        }
        long day;
        long lastDay;
        double time;
        ReportingPeriod period = o.period();
        if (period != null) {
          day = period.startEpochDay();
          lastDay = period.endEpochDay(); // capped at the evaluation date once, after the run
          time = day * 86_400.0;
        } else {
          long second = Objects.requireNonNull(o.at()).getEpochSecond();
          day = days.epochDay(second);
          lastDay = day;
          time = second;
        }
        if (day > asOfDay) {
          continue;
        }
        int slot = slotOf(day);
        latestDay = Math.max(latestDay, lastDay);
        if (slot < 0) {
          continue;
        }
        if (width == AccumulatorTable.COUNT_AND_SUM) {
          table.addToCountAndSum(base + slot * width, 1, o.value());
        } else if (width == AccumulatorTable.SUMS) {
          table.addToSums(base + slot * width, o.value(), o.weight());
        } else {
          table.addToExtremes(base + slot * width, o.value(), time);
        }
      }
      latest[k] = Math.min(latestDay, asOfDay);
      return i;
    }

    /**
     * Counts and sums the period observations of a run of KPI {@code k} from {@code start}, for a
     * KPI whose aggregation reads nothing else (the usual mean), keeping the latest last day
     * (uncapped) in {@code latest[k]}; stops at the end of the run or at an observation at an
     * instant, and returns its index.
     *
     * <p>The three newest periods (the engine's default window) are counted and summed in local
     * variables, which the compiler keeps in registers, and added to the table once at the end of
     * the run, where adding each observation to the table loads and stores three fields of the
     * array. The counts are doubles, like the table's: the loop's integer registers are taken by
     * the list, the ids and the days, and with integer counts the compiler spilled them to the
     * stack (8 % slower in {@code ObservationAggregationBenchmark}). Each sum is exact, two doubles
     * as the table's ({@link AccumulatorTable} describes the two TwoSums and the check), so a
     * period takes three of the sixteen floating-point registers; older periods are added to the
     * table directly. A term the two doubles cannot hold exactly moves them and itself into the
     * slot's spilled sum. A run's sum is thus an exact partial sum added to the table exactly, as
     * {@link AccumulatorTable#merge} adds one; each arm repeats the same few lines on its own
     * variables, since a helper object for them was not kept in registers (11 % slower).
     */
    private int countAndSumOfPeriods(
        List<Observation> observations, int start, int size, String kpi, int k) {
      int base = offsets[k];
      long latestDay = latest[k];
      int slotBase1 = base + AccumulatorTable.COUNT_AND_SUM;
      int slotBase2 = slotBase1 + AccumulatorTable.COUNT_AND_SUM;
      double count0 = 0;
      double count1 = 0;
      double count2 = 0;
      double hi0 = 0;
      double hi1 = 0;
      double hi2 = 0;
      double lo0 = 0;
      double lo1 = 0;
      double lo2 = 0;
      int i = start;
      for (; i < size; i++) {
        Observation o = observations.get(i);
        ReportingPeriod period = o.period();
        if (!sameId(o.kpi(), kpi) || period == null) {
          break;
        }
        long day = period.startEpochDay();
        if (day > asOfDay) {
          continue;
        }
        latestDay = Math.max(latestDay, period.endEpochDay());
        int slot = slotOf(day);
        double v = o.value();
        switch (slot) {
          case -1:
            break;
          case 0:
            {
              count0++;
              double s = hi0 + v;
              double e = ExactSum.error(hi0, v, s);
              double t = lo0 + e;
              if (ExactSum.isExact(lo0, e, t)) {
                hi0 = s;
                lo0 = t;
              } else {
                table.spillToSum(base, hi0, lo0, v);
                hi0 = 0;
                lo0 = 0;
              }
              break;
            }
          case 1:
            {
              count1++;
              double s = hi1 + v;
              double e = ExactSum.error(hi1, v, s);
              double t = lo1 + e;
              if (ExactSum.isExact(lo1, e, t)) {
                hi1 = s;
                lo1 = t;
              } else {
                table.spillToSum(slotBase1, hi1, lo1, v);
                hi1 = 0;
                lo1 = 0;
              }
              break;
            }
          case 2:
            {
              count2++;
              double s = hi2 + v;
              double e = ExactSum.error(hi2, v, s);
              double t = lo2 + e;
              if (ExactSum.isExact(lo2, e, t)) {
                hi2 = s;
                lo2 = t;
              } else {
                table.spillToSum(slotBase2, hi2, lo2, v);
                hi2 = 0;
                lo2 = 0;
              }
              break;
            }
          default:
            table.addToCountAndSum(base + slot * AccumulatorTable.COUNT_AND_SUM, 1, v);
        }
      }
      addRun(base, count0, hi0, lo0);
      addRun(slotBase1, count1, hi1, lo1);
      addRun(slotBase2, count2, hi2, lo2);
      latest[k] = latestDay;
      return i;
    }

    /**
     * Adds the count and the exact sum {@code sumHi + sumLo} of a run's observations in the slot at
     * {@code slotBase} to the table, if the run has any.
     */
    private void addRun(int slotBase, double count, double sumHi, double sumLo) {
      if (count > 0) {
        table.addToCountAndSum(slotBase, count, sumHi, sumLo);
      }
    }

    /**
     * Returns the index of a KPI, or -1 if none has that id. Feeds usually list the KPIs in the
     * order of their definitions, so the KPI after the previous run's is tried before the hash map,
     * whose look-up costs cache misses once there are many KPIs; its id is compared by reference
     * first, which spares reading the string when the feed shares the definitions' ids.
     */
    private int indexOf(String kpi) {
      int next = previousKpi + 1;
      if (next < ids.length && sameId(ids[next], kpi)) {
        return next;
      }
      Integer index = kpiIndex.get(kpi);
      return index == null ? -1 : index;
    }

    /**
     * Returns whether two ids are equal, comparing references first: feeds often share the
     * definitions' strings.
     */
    private boolean sameId(String id, String other) {
      return id == other || id.equals(other);
    }

    /** Returns the slot of the period containing {@code day}, or -1 if no period does. */
    private int slotOf(long day) {
      if (day < firstDay) {
        return -1;
      }
      long offset = day - firstDay;
      return offset >= slotByDay.length ? -1 : slotByDay[(int) offset];
    }
  }
}
