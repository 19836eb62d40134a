package dev.governance.rules.kpi;

import static dev.governance.core.ArgChecker.finite;
import static dev.governance.core.ArgChecker.notNegative;

import dev.governance.core.kpi.Aggregation;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A mergeable summary of one KPI's observations in one period, from which every {@link Aggregation}
 * is read: count, sum, minimum, maximum, weighted sum and weight, and the latest value.
 * Accumulators of disjoint parts of the observations merge into the accumulator of all of them, in
 * any grouping and order, so aggregation can be split across threads or machines: the sums are
 * exact, rounded once when read (to the nearest double, half to even), so the sum, mean and
 * weighted mean are the same doubles whatever the order and grouping. An exact sum beyond {@link
 * Double#MAX_VALUE} reads as an infinity, as IEEE 754 rounding has it; a product {@code value *
 * weight} that overflows makes the weighted mean infinite (NaN with both signs), in every order.
 *
 * <p>This is the one mutable type of the package, and deliberately so: it is the per-period counter
 * of a hot loop. Confine an instance to one thread, and merge finished ones.
 */
public final class KpiAccumulator {

  private final AccumulatorTable table = new AccumulatorTable(AccumulatorTable.FIELDS);

  /**
   * Adds one observation.
   *
   * @param value the observed value; finite
   * @param observationWeight its weight for {@link Aggregation#WEIGHTED_MEAN}; not negative
   * @param time when it was observed, as any increasing number such as epoch seconds; the latest
   *     time gives {@link Aggregation#LAST}, and among equal times the larger value
   * @throws dev.governance.core.GovernanceValidationException if the value is not finite or the
   *     weight is negative
   */
  public void add(double value, double observationWeight, long time) {
    finite(value, "value");
    notNegative(observationWeight, "weight");
    table.add(0, value, observationWeight, time);
  }

  /**
   * Adds everything {@code other} has seen to this accumulator.
   *
   * @param other an accumulator of other observations of the same KPI and period
   */
  public void merge(KpiAccumulator other) {
    table.merge(0, Objects.requireNonNull(other, "other").table, 0);
  }

  /** Returns the number of observations added. */
  public long count() {
    return table.count(0);
  }

  /**
   * Returns the period's value by {@code aggregation}.
   *
   * @param aggregation how the observations combine
   * @return the value; empty when nothing was observed (COUNT then gives 0), or for a weighted mean
   *     whose weights are all zero
   */
  public OptionalDouble value(Aggregation aggregation) {
    return table.value(
        0, AccumulatorTable.FIELDS, Objects.requireNonNull(aggregation, "aggregation"));
  }
}
