package dev.governance.rules.kpi;

import dev.governance.core.kpi.Aggregation;
import java.io.Serializable;
import java.util.HashMap;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * Accumulators of many (KPI, period) slots in one primitive array, a slot's fields side by side:
 * adding an observation then touches one or two cache lines, not eleven arrays, and a million
 * observations into a hundred thousand slots cost one array, not a hundred thousand objects for the
 * garbage collector to copy. {@link KpiAccumulator} is a table of one full-width slot.
 *
 * <p>{@link #add} keeps every field, for accumulators that may be read by any aggregation; {@link
 * #addToSums}, {@link #addToCountAndSum} and {@link #addToExtremes} keep less, for the aggregator's
 * hot loop when the KPI's aggregation reads nothing else: the count and three sums, the count and
 * one sum, or the count, minimum, maximum and latest value, instead of eleven fields. An extremes
 * slot is a full slot without its six fields of sums, so its minimum, maximum and latest value sit
 * six fields before their places in a full slot; the other narrow slots are the first fields of a
 * full one.
 *
 * <p>The sums (of the values, of the values times their weights, of the weights) are exact, so that
 * a slot reads the same doubles whatever the order of the additions and whatever the grouping of
 * merged tables: the sum, the mean (the sum divided by the count) and the weighted mean (the
 * weighted sum divided by the weight) use the exact sum of the terms added, rounded once to the
 * nearest double, half to even; each term {@code value * weight} is rounded once, as a plain
 * product. An exact sum beyond {@link Double#MAX_VALUE} reads as an infinity, as IEEE 754's
 * rounding to nearest has it.
 *
 * <p>A sum is held in two fields, {@code hi + lo}. Adding {@code x} is two of Knuth's TwoSum
 * ({@link ExactSum#error}): {@code hi + x = s + e} exactly, then {@code lo + e = t + e2} exactly;
 * when {@code e2} is zero, {@code (s, t)} holds the sum exactly, and it is, unless the terms span
 * more than about 2<sup>53</sup> ulps between the smallest bit of any term and the sum's rounding
 * errors, or the sum overflows (then {@code e2} is NaN). In that rare case the slot's {@code hi},
 * {@code lo} and {@code x} move, exactly, into an {@link ExactSum} kept apart from the array (so
 * the hot array stays primitive and small), and the fields start again from zero; the read value
 * rounds the spilled sum and the two fields together. Twelve floating-point operations and one
 * branch that is almost never taken per sum, where a plain sum costs one addition.
 *
 * <p>The count and the latest time are held as doubles, exact up to 2<sup>53</sup>, far beyond any
 * count of observations or epoch second. A table survives Java serialization, spilled sums
 * included.
 */
final class AccumulatorTable implements Serializable {

  private static final long serialVersionUID = 2L;

  private static final int COUNT = 0;
  private static final int SUM = 1;
  private static final int WEIGHTED_SUM = 3;
  private static final int WEIGHT = 5;
  private static final int MIN = 7;
  private static final int MAX = 8;
  private static final int LAST_TIME = 9;
  private static final int LAST = 10;

  /** The fields of a slot that {@link #add} fills. */
  static final int FIELDS = 11;

  /** The fields of a slot that {@link #addToSums} fills: the count and three two-field sums. */
  static final int SUMS = 7;

  /** The fields of a slot that {@link #addToCountAndSum} fills: the count and a two-field sum. */
  static final int COUNT_AND_SUM = 3;

  /**
   * The fields of a slot that {@link #addToExtremes} fills: the count, the minimum, the maximum and
   * the latest value with its time.
   */
  static final int EXTREMES = 5;

  /** How many fields before its place in a full slot an extremes slot keeps each extreme. */
  private static final int WITHOUT_SUMS = MIN - 1;

  private final double[] fields;

  /**
   * The sums that could not stay exact in their two fields, by the index of their {@code hi} field;
   * null until the first.
   */
  private @Nullable HashMap<Integer, ExactSum> spilled;

  /**
   * A table of {@code length} fields, all zero (the minimum, maximum and latest value are set by a
   * slot's first observation). A slot is addressed by the index of its first field, and is as wide
   * as its KPI's aggregation needs ({@link #widthFor}): slots are packed, so that a KPI with a mean
   * takes under a third of the room and of the cache lines one with a minimum takes.
   */
  AccumulatorTable(int length) {
    fields = new double[length];
  }

  void add(int base, double value, double weight, double time) {
    addExtremes(base, base, value, time);
    addToSums(base, value, weight);
  }

  /**
   * Adds an observation to the count, the minimum, the maximum and the latest value only: all that
   * {@link Aggregation#MIN}, {@link Aggregation#MAX} and {@link Aggregation#LAST} read. A slot is
   * filled by one method only.
   */
  void addToExtremes(int base, double value, double time) {
    addExtremes(base, base - WITHOUT_SUMS, value, time);
    fields[base + COUNT] += 1;
  }

  /**
   * Adds {@code value} at {@code time} to the extremes of the slot at {@code base}, which are
   * addressed from {@code at} ({@code base} in a full slot); the count is not changed.
   */
  private void addExtremes(int base, int at, double value, double time) {
    double[] f = fields;
    if (f[base + COUNT] == 0) {
      f[at + MIN] = value;
      f[at + MAX] = value;
      f[at + LAST_TIME] = time;
      f[at + LAST] = value;
    } else {
      f[at + MIN] = Math.min(f[at + MIN], value);
      f[at + MAX] = Math.max(f[at + MAX], value);
      keepLatest(at, value, time);
    }
  }

  /**
   * Adds an observation to the count and the sums only: all that {@link Aggregation#WEIGHTED_MEAN}
   * reads. Minimum, maximum and latest value take comparisons, which cost more than the sums. A
   * slot is filled by one method only.
   */
  void addToSums(int base, double value, double weight) {
    fields[base + COUNT] += 1;
    addExactly(base + SUM, value);
    addExactly(base + WEIGHTED_SUM, value * weight);
    addExactly(base + WEIGHT, weight);
  }

  /**
   * Adds {@code count} observations summing to {@code sum} to the count and the sum only: all that
   * {@link Aggregation#SUM}, {@link Aggregation#MEAN} and {@link Aggregation#COUNT} read. A slot is
   * filled by one method only.
   */
  void addToCountAndSum(int base, double count, double sum) {
    fields[base + COUNT] += count;
    addExactly(base + SUM, sum);
  }

  /**
   * Adds {@code count} observations summing exactly to {@code sumHi + sumLo}, as the aggregator's
   * run-local sums hold them, to the count and the sum only.
   */
  void addToCountAndSum(int base, double count, double sumHi, double sumLo) {
    fields[base + COUNT] += count;
    addExactly(base + SUM, sumHi);
    addExactly(base + SUM, sumLo);
  }

  /**
   * Adds {@code x} exactly to the sum at {@code field} as the class comment describes: in the two
   * fields if they can hold the result, else in the slot's spilled sum.
   */
  private void addExactly(int field, double x) {
    double[] f = fields;
    double hi = f[field];
    double lo = f[field + 1];
    double s = hi + x;
    double e = ExactSum.error(hi, x, s);
    double t = lo + e;
    if (ExactSum.isExact(lo, e, t)) {
      f[field] = s;
      f[field + 1] = t;
    } else {
      spill(field, hi, lo, x);
      f[field] = 0;
      f[field + 1] = 0;
    }
  }

  /**
   * Adds {@code hi + lo + x} exactly to the spilled value sum of the slot at {@code base}: for a
   * run-local two-double sum {@code hi + lo} that cannot hold the term {@code x} exactly.
   */
  void spillToSum(int base, double hi, double lo, double x) {
    spill(base + SUM, hi, lo, x);
  }

  /** Adds {@code hi + lo + x} exactly to the spilled sum at {@code field}. */
  private void spill(int field, double hi, double lo, double x) {
    ExactSum sum = spilledAt(field);
    sum.add(hi);
    sum.add(lo);
    sum.add(x);
  }

  private ExactSum spilledAt(int field) {
    HashMap<Integer, ExactSum> all = spilled;
    if (all == null) {
      all = spilled = new HashMap<>();
    }
    return all.computeIfAbsent(field, key -> new ExactSum());
  }

  /** Returns the sum at {@code field}, exactly summed and then rounded to the nearest double. */
  private double sum(int field) {
    double hi = fields[field];
    double lo = fields[field + 1];
    ExactSum sum = spilled == null ? null : spilled.get(field);
    // IEEE addition rounds the exact sum of two doubles to the nearest, half to even
    return sum == null ? hi + lo : sum.roundWith(hi, lo);
  }

  /**
   * Returns the width of a slot that keeps all that {@code aggregation} reads and no more, which
   * also says which add method fills it: {@link #COUNT_AND_SUM}, {@link #SUMS} or {@link
   * #EXTREMES}.
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
        return EXTREMES;
    }
  }

  /** Returns where the extremes of a slot of {@code width} at {@code base} are addressed from. */
  private static int extremesAt(int base, int width) {
    return width == EXTREMES ? base - WITHOUT_SUMS : base;
  }

  /** Returns the number of fields. */
  int length() {
    return fields.length;
  }

  /** Merges a full-width slot of {@code other} into a full-width slot of this table. */
  void merge(int base, AccumulatorTable other, int otherBase) {
    merge(base, FIELDS, other, otherBase);
  }

  /**
   * Merges a slot of {@code other} into the slot of this table at {@code base}, exactly: afterwards
   * it reads as if it had been given the observations of both. The slots are {@code width} wide,
   * {@link #COUNT_AND_SUM}, {@link #SUMS}, {@link #EXTREMES} or {@link #FIELDS}, filled by the same
   * add method.
   */
  void merge(int base, int width, AccumulatorTable other, int otherBase) {
    double[] f = fields;
    double[] o = other.fields;
    if (o[otherBase + COUNT] == 0) {
      return;
    }
    if (width == FIELDS || width == EXTREMES) {
      int at = extremesAt(base, width);
      int otherAt = extremesAt(otherBase, width);
      if (f[base + COUNT] == 0) {
        f[at + MIN] = o[otherAt + MIN];
        f[at + MAX] = o[otherAt + MAX];
        f[at + LAST_TIME] = o[otherAt + LAST_TIME];
        f[at + LAST] = o[otherAt + LAST];
      } else {
        f[at + MIN] = Math.min(f[at + MIN], o[otherAt + MIN]);
        f[at + MAX] = Math.max(f[at + MAX], o[otherAt + MAX]);
        keepLatest(at, o[otherAt + LAST], o[otherAt + LAST_TIME]);
      }
    }
    f[base + COUNT] += o[otherBase + COUNT];
    if (width == EXTREMES) {
      return;
    }
    mergeSum(base + SUM, other, otherBase + SUM);
    if (width != COUNT_AND_SUM) {
      mergeSum(base + WEIGHTED_SUM, other, otherBase + WEIGHTED_SUM);
      mergeSum(base + WEIGHT, other, otherBase + WEIGHT);
    }
  }

  private void mergeSum(int field, AccumulatorTable other, int otherField) {
    addExactly(field, other.fields[otherField]);
    addExactly(field, other.fields[otherField + 1]);
    ExactSum otherSpilled = other.spilled == null ? null : other.spilled.get(otherField);
    if (otherSpilled != null) {
      spilledAt(field).add(otherSpilled);
    }
  }

  /**
   * The latest value wins; among values of the same time, the larger by {@link Double#compare}
   * (which puts 0.0 above -0.0, where {@code >} holds for neither), so that order never matters.
   * The extremes are addressed from {@code at}.
   */
  private void keepLatest(int at, double value, double time) {
    double lastTime = fields[at + LAST_TIME];
    if (time > lastTime || (time == lastTime && Double.compare(value, fields[at + LAST]) > 0)) {
      fields[at + LAST_TIME] = time;
      fields[at + LAST] = value;
    }
  }

  /** Returns how many sums have spilled out of their two fields, for tests and diagnostics. */
  int spilledSums() {
    return spilled == null ? 0 : spilled.size();
  }

  long count(int base) {
    return (long) fields[base + COUNT];
  }

  /**
   * Returns the value by {@code aggregation} of the slot of {@code width} at {@code base}, empty if
   * it has no observation (or, for a weighted mean, no weight).
   */
  OptionalDouble value(int base, int width, Aggregation aggregation) {
    if (aggregation == Aggregation.COUNT) {
      return OptionalDouble.of(fields[base + COUNT]);
    }
    if (fields[base + COUNT] == 0) {
      return OptionalDouble.empty();
    }
    switch (aggregation) {
      case SUM:
        return OptionalDouble.of(sum(base + SUM));
      case MEAN:
        return OptionalDouble.of(sum(base + SUM) / fields[base + COUNT]);
      case LAST:
        return OptionalDouble.of(fields[extremesAt(base, width) + LAST]);
      case MIN:
        return OptionalDouble.of(fields[extremesAt(base, width) + MIN]);
      case MAX:
        return OptionalDouble.of(fields[extremesAt(base, width) + MAX]);
      default:
        double weight = sum(base + WEIGHT);
        return weight == 0
            ? OptionalDouble.empty()
            : OptionalDouble.of(sum(base + WEIGHTED_SUM) / weight);
    }
  }
}
