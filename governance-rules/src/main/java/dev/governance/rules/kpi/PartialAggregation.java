package dev.governance.rules.kpi;

import static dev.governance.core.ArgChecker.check;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.Violation;
import dev.governance.core.kpi.Observation;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The accumulators of some of the observations of an {@link ObservationAggregator}: observations
 * are added a few at a time or a list at once, parts built apart (other threads, other machines)
 * merge in any grouping and order, and {@link #values()} reads the same doubles as {@link
 * ObservationAggregator#aggregate} of all the observations in one list, since every accumulator
 * merges exactly ({@link KpiAccumulator}).
 *
 * <p>A part is mutable, like {@link KpiAccumulator}: confine it to one thread and merge finished
 * ones. It is {@link Serializable}, so that a distributed engine such as Apache Spark can ship it
 * between machines; its serial form is its aggregator's (see {@link ObservationAggregator}), its
 * accumulators, latest dates and unknown KPI ids, checked against the aggregator when read.
 *
 * <p>An observation of a KPI the aggregator does not know is counted by its id, not added; {@link
 * #values()} then fails naming the ids. A part keeps at most {@link #MOST_UNKNOWN_IDS} distinct
 * unknown ids, counting the observations of any others together, so that its size is bounded by the
 * aggregator's, whatever the input.
 */
public final class PartialAggregation implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** The most distinct unknown KPI ids a part keeps. */
  public static final int MOST_UNKNOWN_IDS = 100;

  private final ObservationAggregator aggregator;
  private final AccumulatorTable table;
  private final long[] latest;

  /** Observations by unknown KPI id, at most {@link #MOST_UNKNOWN_IDS} ids. */
  private final TreeMap<String, Long> unknown;

  /** Observations of unknown KPIs whose ids were not kept. */
  private long otherUnknown;

  PartialAggregation(ObservationAggregator aggregator) {
    this(
        aggregator,
        new AccumulatorTable(aggregator.tableLength()),
        ObservationAggregator.nothingSeen(aggregator.kpiCount()),
        new TreeMap<>(),
        0);
  }

  private PartialAggregation(
      ObservationAggregator aggregator,
      AccumulatorTable table,
      long[] latest,
      TreeMap<String, Long> unknown,
      long otherUnknown) {
    this.aggregator = aggregator;
    this.table = table;
    this.latest = latest;
    this.unknown = unknown;
    this.otherUnknown = otherUnknown;
  }

  /** Returns the aggregator this part belongs to. */
  public ObservationAggregator aggregator() {
    return aggregator;
  }

  /**
   * Adds one observation.
   *
   * @param observation the observation; left out if dated after the evaluation date
   * @return this part
   */
  @CanIgnoreReturnValue
  public PartialAggregation add(Observation observation) {
    return addAll(List.of(Objects.requireNonNull(observation, "observation")));
  }

  /**
   * Adds observations, as fast as {@link ObservationAggregator#aggregate} does.
   *
   * @param observations the observations, in any order
   * @return this part
   */
  @CanIgnoreReturnValue
  public PartialAggregation addAll(List<Observation> observations) {
    aggregator.accumulate(observations, table, latest, (index, kpi) -> unknownKpi(kpi, 1));
    return this;
  }

  /**
   * Adds everything {@code other} has seen to this part; {@code other} is left as it was.
   *
   * @param other a part of the same aggregator (equal, not necessarily the same instance)
   * @return this part
   * @throws GovernanceValidationException if {@code other} belongs to another aggregator
   */
  @CanIgnoreReturnValue
  public PartialAggregation merge(PartialAggregation other) {
    check(
        other.aggregator.equals(aggregator),
        "partialAggregation.aggregator",
        other.aggregator,
        "a part of the same aggregator: " + aggregator);
    check(other != this, "partialAggregation", "itself", "another part");
    aggregator.forEachSlot((base, width) -> table.merge(base, width, other.table, base));
    for (int k = 0; k < latest.length; k++) {
      latest[k] = Math.max(latest[k], other.latest[k]);
    }
    other.unknown.forEach(this::unknownKpi);
    otherUnknown += other.otherUnknown;
    return this;
  }

  /**
   * Returns each KPI's value in each period, from everything added and merged so far; later
   * additions do not change the values returned.
   *
   * @return the values
   * @throws GovernanceValidationException naming each unknown KPI id and how many observations had
   *     it
   */
  public PeriodValues values() {
    AccumulatorTable copy = new AccumulatorTable(aggregator.tableLength());
    aggregator.forEachSlot((base, width) -> copy.merge(base, width, table, base));
    return valuesOf(copy, latest.clone());
  }

  private PeriodValues valuesOf(AccumulatorTable values, long[] latestDays) {
    if (!unknown.isEmpty() || otherUnknown > 0) {
      List<Violation> violations = new ArrayList<>();
      unknown.forEach(
          (kpi, count) ->
              violations.add(
                  Violation.of(
                      "observations.kpi",
                      GovernanceValidationException.render(kpi),
                      "the id of a given KPI definition (" + count + " observations have it)")));
      if (otherUnknown > 0) {
        violations.add(
            Violation.of(
                "observations.kpi",
                otherUnknown + " more observations",
                "the ids of given KPI definitions (their ids are not kept beyond "
                    + MOST_UNKNOWN_IDS
                    + " unknown ones)"));
      }
      throw new GovernanceValidationException(violations);
    }
    return new PeriodValues(aggregator, values, latestDays);
  }

  private void unknownKpi(String kpi, long count) {
    if (unknown.containsKey(kpi) || unknown.size() < MOST_UNKNOWN_IDS) {
      unknown.merge(kpi, count, Long::sum);
    } else {
      otherUnknown += count;
    }
  }

  @Serial
  private Object writeReplace() {
    return new SerialForm(aggregator, table, latest.clone(), new TreeMap<>(unknown), otherUnknown);
  }

  @Serial
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a PartialAggregation is read through its serial form");
  }

  /** The serial form: checked against its aggregator when read. */
  private record SerialForm(
      ObservationAggregator aggregator,
      AccumulatorTable table,
      long[] latest,
      TreeMap<String, Long> unknown,
      long otherUnknown)
      implements Serializable {

    @Serial private static final long serialVersionUID = 1L;

    @Serial
    private Object readResolve() throws InvalidObjectException {
      if (aggregator == null
          || table == null
          || table.length() != aggregator.tableLength()
          || latest == null
          || latest.length != aggregator.kpiCount()
          || unknown == null
          || unknown.size() > MOST_UNKNOWN_IDS
          || unknown.values().stream().anyMatch(count -> count == null || count <= 0)
          || otherUnknown < 0) {
        throw new InvalidObjectException(
            "a PartialAggregation's serial form: accumulators and latest dates of its aggregator's"
                + " size, at most "
                + MOST_UNKNOWN_IDS
                + " unknown ids with positive counts");
      }
      return new PartialAggregation(
          aggregator, table, latest, new TreeMap<String, Long>(unknown), otherUnknown);
    }
  }
}
