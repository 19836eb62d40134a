package dev.governance.rules.risk.cvss;

import dev.governance.core.GovernanceValidationException;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A CVSS v3.0 or v3.1 vector, parsed strictly by the specification's section 6 (v3.1; section 6 of
 * v3.0 alike): the prefix {@code CVSS:3.0/} or {@code CVSS:3.1/}, every base metric, each metric at
 * most once, only the values Table 15 lists; metrics may come in any order. {@link #toString()}
 * gives the canonical vector: the metrics in the table's order, "Not Defined" ones left out. An
 * error names the offending metric and what was expected.
 *
 * <p>Parsing is written by hand, character by character, because vectors are scored by the hundred
 * thousand in vulnerability feeds (see {@code CvssBenchmark}). Immutable.
 *
 * <p>For example:
 *
 * <pre>{@code
 * Cvss3Scores scores = Cvss3Vector.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H").scores();
 * double base = scores.base(); // 9.8
 * CvssSeverity severity = scores.baseSeverity(); // CRITICAL
 * String why = scores.explainBase().render(); // CVSS 3.1 base score = 9.8 = Roundup(min(...
 * }</pre>
 */
public final class Cvss3Vector {

  private static final int METRICS = Cvss3Metric.values().length;
  private static final int PREFIX = "CVSS:3.1/".length();

  /** The bits of the base metrics, which every vector has, in a mask of metrics seen. */
  private static final int MANDATORY = mandatory();

  private final String version;

  /**
   * Each metric's value as its position in {@link Cvss3Metric#values}; 0 is {@code X} for the
   * metrics that may be left out. Scores are read from tables indexed by these.
   */
  private final byte[] ordinals;

  private Cvss3Vector(String version, byte[] ordinals) {
    this.version = version;
    this.ordinals = ordinals;
  }

  private static int mandatory() {
    int mask = 0;
    for (Cvss3Metric metric : Cvss3Metric.values()) {
      mask |= metric.mandatory ? 1 << metric.ordinal() : 0;
    }
    return mask;
  }

  /**
   * Parses a vector such as {@code CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H}.
   *
   * <p>One pass over the characters: a metric's name becomes its {@link VectorSyntax#key key},
   * looked up in a perfect hash; its value is looked up by its character in the metric's table; a
   * bitmask records the metrics seen, for repeats and missing base metrics. (Issue 23: this and the
   * table-driven {@link Cvss3Scores} replaced a {@code switch} per name, {@code indexOf} per value
   * and the equations evaluated per vector; the measured gain is in {@link VectorSyntax.KeyIndex}.)
   *
   * @param vector the vector string
   * @return the vector
   * @throws GovernanceValidationException naming the version, metric or value at fault
   */
  public static Cvss3Vector parse(String vector) {
    Objects.requireNonNull(vector, "vector");
    if (vector.length() < PREFIX
        || !vector.startsWith("CVSS:3.")
        || (vector.charAt(7) != '0' && vector.charAt(7) != '1')
        || vector.charAt(8) != '/') {
      throw GovernanceValidationException.of(
          "vector", vector, "a CVSS v3 vector starting with CVSS:3.0/ or CVSS:3.1/");
    }
    byte[] ordinals = new byte[METRICS];
    int seen = 0;
    int length = vector.length();
    int i = PREFIX;
    while (true) {
      int nameStart = i;
      int key = 0;
      int wide = 0;
      char c;
      int nameLimit = Math.min(nameStart + 3, length);
      while (i < nameLimit && (c = vector.charAt(i)) != ':' && c != '/') {
        key = key << 8 | c;
        wide |= c;
        i++;
      }
      if (wide > 0x7F) {
        key = 0; // no metric's: a wide character spills into the key's next byte
      }
      if (i + 1 >= length
          || vector.charAt(i) != ':'
          || (i + 2 < length && vector.charAt(i + 2) != '/')) {
        throw VectorSyntax.malformed(vector, nameStart);
      }
      int slot = Cvss3Metric.INDEX.slot(key);
      if (slot < 0) {
        throw rejected(vector, nameStart, i, null, seen);
      }
      int m = Cvss3Metric.INDEX.ordinalAt(slot);
      int ordinal = Cvss3Metric.INDEX.value(slot, vector.charAt(i + 1));
      if ((seen & 1 << m) != 0 || ordinal < 0) {
        throw rejected(vector, nameStart, i, Cvss3Metric.at(m), seen);
      }
      seen |= 1 << m;
      ordinals[m] = (byte) ordinal;
      i += 2;
      if (i == length) {
        break;
      }
      i++;
      if (i == length) {
        throw GovernanceValidationException.of("vector", vector, "no '/' at the end");
      }
    }
    if ((seen & MANDATORY) != MANDATORY) {
      Cvss3Metric missing = Cvss3Metric.at(Integer.numberOfTrailingZeros(~seen & MANDATORY));
      throw GovernanceValidationException.of(
          "vector", vector, "every base metric, but " + missing.name() + " is missing");
    }
    return new Cvss3Vector(vector.charAt(7) == '0' ? "3.0" : "3.1", ordinals);
  }

  /**
   * The metric from {@code start} to {@code colon} is unknown, repeated (its bit set in {@code
   * seen}) or has a value it cannot take.
   */
  private static GovernanceValidationException rejected(
      String vector, int start, int colon, @Nullable Cvss3Metric metric, int seen) {
    if (metric == null) {
      return GovernanceValidationException.of(
          "vector", vector, "CVSS v3 metrics only, not '" + vector.substring(start, colon) + "'");
    }
    if ((seen & 1 << metric.ordinal()) != 0) {
      return GovernanceValidationException.of(
          "vector", vector, "each metric once, but " + metric.name() + " is repeated");
    }
    return GovernanceValidationException.of(
        "vector",
        vector,
        metric.name()
            + " to be one of "
            + String.join(", ", metric.values.split(""))
            + ", not '"
            + vector.charAt(colon + 1)
            + "'");
  }

  /** Returns the version, {@code 3.0} or {@code 3.1}. */
  public String version() {
    return version;
  }

  /** Returns whether this is a v3.0 vector, scored by v3.0's equations. */
  boolean isVersion30() {
    return version.charAt(2) == '0';
  }

  /** Returns the scores of this vector. */
  public Cvss3Scores scores() {
    return new Cvss3Scores(this);
  }

  /** Returns the value of a metric, {@code 'X'} when not defined. */
  char value(Cvss3Metric metric) {
    return metric.values.charAt(ordinals[metric.ordinal()]);
  }

  /**
   * Returns the value of the metric with this ordinal as its position in the metric's values, 0 for
   * {@code X}; what {@link Cvss3Scores} indexes its tables with.
   */
  int ordinal(int metric) {
    return ordinals[metric];
  }

  /**
   * Returns a copy with {@code metric} set to {@code value}; for callers exploring what a change
   * would do to the score.
   *
   * @param metric a metric abbreviation, such as {@code C}
   * @param value its new value, such as {@code H}
   * @return the changed vector
   * @throws GovernanceValidationException if the metric or value is unknown
   */
  public Cvss3Vector with(String metric, char value) {
    @Nullable Cvss3Metric m = Cvss3Metric.byName(metric);
    int ordinal = m == null ? -1 : m.ordinal(value);
    if (m == null || ordinal < 0) {
      throw GovernanceValidationException.of(
          "metric", metric + ":" + value, "a CVSS v3 metric and one of its values");
    }
    byte[] changed = ordinals.clone();
    changed[m.ordinal()] = (byte) ordinal;
    return new Cvss3Vector(version, changed);
  }

  /**
   * Returns the canonical vector: metrics in the specification's order, "Not Defined" ones left
   * out.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("CVSS:").append(version);
    for (int i = 0; i < METRICS; i++) {
      Cvss3Metric metric = Cvss3Metric.at(i);
      char value = value(metric);
      if (value != 'X') {
        s.append('/').append(metric.name()).append(':').append(value);
      }
    }
    return s.toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Cvss3Vector v
        && v.version.equals(version)
        && Arrays.equals(v.ordinals, ordinals);
  }

  @Override
  public int hashCode() {
    return 31 * version.hashCode() + Arrays.hashCode(ordinals);
  }
}
