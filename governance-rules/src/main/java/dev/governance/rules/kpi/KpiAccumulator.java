package dev.governance.rules.kpi;

import static dev.governance.core.ArgChecker.finite;
import static dev.governance.core.ArgChecker.notNegative;

import dev.governance.core.kpi.Aggregation;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A mergeable summary of one KPI's observations in one period, from which every {@link
 * Aggregation} is read: count, sum, minimum, maximum, weighted sum and weight, and the latest
 * value. Accumulators of disjoint parts of the observations merge into the accumulator of all of
 * them, in any grouping and order, so aggregation can be split across threads or machines.
 *
 * <p>This is the one mutable type of the package, and deliberately so: it is the per-period
 * counter of a hot loop. Confine an instance to one thread, and merge finished ones.
 */
public final class KpiAccumulator {

  private long count;
  private double sum;
  private double min = Double.POSITIVE_INFINITY;
  private double max = Double.NEGATIVE_INFINITY;
  private double weightedSum;
  private double weight;
  private long lastTime = Long.MIN_VALUE;
  private double last = Double.NaN;

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
    addChecked(value, observationWeight, time);
  }

  void addChecked(double value, double observationWeight, long time) {
    count++;
    sum += value;
    min = Math.min(min, value);
    max = Math.max(max, value);
    weightedSum += value * observationWeight;
    weight += observationWeight;
    if (time > lastTime || (time == lastTime && value > last)) {
      lastTime = time;
      last = value;
    }
  }

  /**
   * Adds everything {@code other} has seen to this accumulator.
   *
   * @param other an accumulator of other observations of the same KPI and period
   */
  public void merge(KpiAccumulator other) {
    Objects.requireNonNull(other, "other");
    count += other.count;
    sum += other.sum;
    min = Math.min(min, other.min);
    max = Math.max(max, other.max);
    weightedSum += other.weightedSum;
    weight += other.weight;
    if (other.lastTime > lastTime || (other.lastTime == lastTime && other.last > last)) {
      lastTime = other.lastTime;
      last = other.last;
    }
  }

  /** Returns the number of observations added. */
  public long count() {
    return count;
  }

  /**
   * Returns the period's value by {@code aggregation}.
   *
   * @param aggregation how the observations combine
   * @return the value; empty when nothing was observed (COUNT then gives 0), or for a weighted
   *     mean whose weights are all zero
   */
  public OptionalDouble value(Aggregation aggregation) {
    Objects.requireNonNull(aggregation, "aggregation");
    if (aggregation == Aggregation.COUNT) {
      return OptionalDouble.of(count);
    }
    if (count == 0) {
      return OptionalDouble.empty();
    }
    switch (aggregation) {
      case SUM:
        return OptionalDouble.of(sum);
      case MEAN:
        return OptionalDouble.of(sum / count);
      case LAST:
        return OptionalDouble.of(last);
      case MIN:
        return OptionalDouble.of(min);
      case MAX:
        return OptionalDouble.of(max);
      default:
        return weight == 0 ? OptionalDouble.empty() : OptionalDouble.of(weightedSum / weight);
    }
  }
}
