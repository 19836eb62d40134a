package dev.governance.rules.kpi;

import dev.governance.core.kpi.Aggregation;
import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Accumulators of many (KPI, period) slots, held column by column in primitive arrays: a million
 * observations into a hundred thousand slots then cost a handful of arrays, not a hundred thousand
 * objects for the garbage collector to copy. {@link KpiAccumulator} is a table of one slot.
 */
final class AccumulatorTable {

  private final long[] count;
  private final double[] sum;
  private final double[] min;
  private final double[] max;
  private final double[] weightedSum;
  private final double[] weight;
  private final long[] lastTime;
  private final double[] last;

  AccumulatorTable(int slots) {
    count = new long[slots];
    sum = new double[slots];
    min = new double[slots];
    max = new double[slots];
    weightedSum = new double[slots];
    weight = new double[slots];
    lastTime = new long[slots];
    last = new double[slots];
    Arrays.fill(min, Double.POSITIVE_INFINITY);
    Arrays.fill(max, Double.NEGATIVE_INFINITY);
    Arrays.fill(lastTime, Long.MIN_VALUE);
    Arrays.fill(last, Double.NaN);
  }

  void add(int slot, double value, double observationWeight, long time) {
    count[slot]++;
    sum[slot] += value;
    min[slot] = Math.min(min[slot], value);
    max[slot] = Math.max(max[slot], value);
    weightedSum[slot] += value * observationWeight;
    weight[slot] += observationWeight;
    if (time > lastTime[slot] || (time == lastTime[slot] && value > last[slot])) {
      lastTime[slot] = time;
      last[slot] = value;
    }
  }

  void merge(int slot, AccumulatorTable other, int otherSlot) {
    count[slot] += other.count[otherSlot];
    sum[slot] += other.sum[otherSlot];
    min[slot] = Math.min(min[slot], other.min[otherSlot]);
    max[slot] = Math.max(max[slot], other.max[otherSlot]);
    weightedSum[slot] += other.weightedSum[otherSlot];
    weight[slot] += other.weight[otherSlot];
    if (other.lastTime[otherSlot] > lastTime[slot] || (other.lastTime[otherSlot] == lastTime[slot] && other.last[otherSlot] > last[slot])) {
      lastTime[slot] = other.lastTime[otherSlot];
      last[slot] = other.last[otherSlot];
    }
  }

  long count(int slot) {
    return count[slot];
  }

  OptionalDouble value(int slot, Aggregation aggregation) {
    if (aggregation == Aggregation.COUNT) {
      return OptionalDouble.of(count[slot]);
    }
    if (count[slot] == 0) {
      return OptionalDouble.empty();
    }
    switch (aggregation) {
      case SUM:
        return OptionalDouble.of(sum[slot]);
      case MEAN:
        return OptionalDouble.of(sum[slot] / count[slot]);
      case LAST:
        return OptionalDouble.of(last[slot]);
      case MIN:
        return OptionalDouble.of(min[slot]);
      case MAX:
        return OptionalDouble.of(max[slot]);
      default:
        return weight[slot] == 0 ? OptionalDouble.empty() : OptionalDouble.of(weightedSum[slot] / weight[slot]);
    }
  }
}
