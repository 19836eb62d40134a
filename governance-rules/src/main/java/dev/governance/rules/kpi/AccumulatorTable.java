package dev.governance.rules.kpi;

import dev.governance.core.kpi.Aggregation;
import java.util.OptionalDouble;

/**
 * Accumulators of many (KPI, period) slots in one primitive array, a slot's fields side by side:
 * adding an observation then touches one cache line, not eight arrays, and a million observations
 * into a hundred thousand slots cost one array, not a hundred thousand objects for the garbage
 * collector to copy. {@link KpiAccumulator} is a table of one full-width slot.
 *
 * <p>{@link #add} keeps every field, for accumulators that may be read by any aggregation; {@link
 * #addToSums} and {@link #addToCountAndSum} keep less, for the aggregator's hot loop when the KPI's
 * aggregation reads nothing else: four or two additions instead of eight updates and three
 * comparisons.
 *
 * <p>The count and the latest time are held as doubles, exact up to 2<sup>53</sup>, far beyond any
 * count of observations or epoch second.
 */
final class AccumulatorTable implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private static final int COUNT = 0;
  private static final int SUM = 1;
  private static final int WEIGHTED_SUM = 2;
  private static final int WEIGHT = 3;
  private static final int MIN = 4;
  private static final int MAX = 5;
  private static final int LAST_TIME = 6;
  private static final int LAST = 7;

  /** The fields of a slot that {@link #add} fills. */
  static final int FIELDS = 8;

  /** The fields of a slot that {@link #addToSums} fills. */
  static final int SUMS = 4;

  /** The fields of a slot that {@link #addToCountAndSum} fills. */
  static final int COUNT_AND_SUM = 2;

  private final double[] fields;

  /**
   * A table of {@code length} fields, all zero (the minimum, maximum and latest value are set by a
   * slot's first observation). A slot is addressed by the index of its first field, and is as wide
   * as its KPI's aggregation needs ({@link #widthFor}): slots are packed, so that a KPI with a mean
   * takes a quarter of the room and of the cache lines one with a minimum takes.
   */
  AccumulatorTable(int length) {
    fields = new double[length];
  }

  void add(int base, double value, double weight, double time) {
    double[] f = fields;
    if (f[base + COUNT] == 0) {
      f[base + MIN] = value;
      f[base + MAX] = value;
      f[base + LAST_TIME] = time;
      f[base + LAST] = value;
    } else {
      f[base + MIN] = Math.min(f[base + MIN], value);
      f[base + MAX] = Math.max(f[base + MAX], value);
      keepLatest(base, value, time);
    }
    f[base + COUNT] += 1;
    f[base + SUM] += value;
    f[base + WEIGHTED_SUM] += value * weight;
    f[base + WEIGHT] += weight;
  }

  /**
   * Adds an observation to the count and the sums only: all that {@link Aggregation#WEIGHTED_MEAN}
   * reads. Minimum, maximum and latest value take comparisons, which cost more than the four
   * additions. A slot is filled by one method only.
   */
  void addToSums(int base, double value, double weight) {
    double[] f = fields;
    f[base + COUNT] += 1;
    f[base + SUM] += value;
    f[base + WEIGHTED_SUM] += value * weight;
    f[base + WEIGHT] += weight;
  }

  /**
   * Adds {@code count} observations summing to {@code sum} to the count and the sum only: all that
   * {@link Aggregation#SUM}, {@link Aggregation#MEAN} and {@link Aggregation#COUNT} read. A slot is
   * filled by one method only.
   */
  void addToCountAndSum(int base, double count, double sum) {
    double[] f = fields;
    f[base + COUNT] += count;
    f[base + SUM] += sum;
  }

  /**
   * Returns the width of a slot that keeps all that {@code aggregation} reads and no more, which
   * also says which add method fills it: {@link #COUNT_AND_SUM}, {@link #SUMS} or {@link #FIELDS}.
   */
  static int widthFor(Aggregation aggregation) {
    switch (aggregation) {
      case SUM:
      case MEAN:
      case COUNT:
        return COUNT_AND_SUM;
      case WEIGHTED_MEAN:
        return SUMS;
      default:
        return FIELDS;
    }
  }

  /** Returns the number of fields. */
  int length() {
    return fields.length;
  }

  /** Merges a slot of {@code width} fields of {@code other} into a slot of this table. */
  void merge(int base, int width, AccumulatorTable other, int otherBase) {
    if (width == FIELDS) {
      merge(base, other, otherBase);
      return;
    }
    for (int i = 0; i < width; i++) {
      fields[base + i] += other.fields[otherBase + i];
    }
  }

  /** Merges a full-width slot of {@code other} into a full-width slot of this table. */
  void merge(int base, AccumulatorTable other, int otherBase) {
    double[] f = fields;
    double[] o = other.fields;
    if (o[otherBase + COUNT] == 0) {
      return;
    }
    if (f[base + COUNT] == 0) {
      System.arraycopy(o, otherBase, f, base, FIELDS);
      return;
    }
    f[base + COUNT] += o[otherBase + COUNT];
    f[base + SUM] += o[otherBase + SUM];
    f[base + MIN] = Math.min(f[base + MIN], o[otherBase + MIN]);
    f[base + MAX] = Math.max(f[base + MAX], o[otherBase + MAX]);
    f[base + WEIGHTED_SUM] += o[otherBase + WEIGHTED_SUM];
    f[base + WEIGHT] += o[otherBase + WEIGHT];
    keepLatest(base, o[otherBase + LAST], o[otherBase + LAST_TIME]);
  }

  /**
   * The latest value wins; among values of the same time, the larger, so that order never matters.
   */
  private void keepLatest(int base, double value, double time) {
    double lastTime = fields[base + LAST_TIME];
    if (time > lastTime || (time == lastTime && value > fields[base + LAST])) {
      fields[base + LAST_TIME] = time;
      fields[base + LAST] = value;
    }
  }

  long count(int base) {
    return (long) fields[base + COUNT];
  }

  OptionalDouble value(int base, Aggregation aggregation) {
    if (aggregation == Aggregation.COUNT) {
      return OptionalDouble.of(fields[base + COUNT]);
    }
    if (fields[base + COUNT] == 0) {
      return OptionalDouble.empty();
    }
    switch (aggregation) {
      case SUM:
        return OptionalDouble.of(fields[base + SUM]);
      case MEAN:
        return OptionalDouble.of(fields[base + SUM] / fields[base + COUNT]);
      case LAST:
        return OptionalDouble.of(fields[base + LAST]);
      case MIN:
        return OptionalDouble.of(fields[base + MIN]);
      case MAX:
        return OptionalDouble.of(fields[base + MAX]);
      default:
        return fields[base + WEIGHT] == 0
            ? OptionalDouble.empty()
            : OptionalDouble.of(fields[base + WEIGHTED_SUM] / fields[base + WEIGHT]);
    }
  }
}
