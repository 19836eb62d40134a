package dev.governance.rules.risk.cvss;

import dev.governance.core.GovernanceValidationException;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A CVSS v4.0 vector, parsed strictly by the specification's section 7: the prefix {@code
 * CVSS:4.0/}, every base metric, each metric at most once and in the order of the vector string
 * table (base, threat, environmental, supplemental, as FIRST's reference calculator requires), only
 * the values the table lists. {@link #toString()} gives the canonical vector, "Not Defined" metrics
 * left out. An error names the offending metric and what was expected.
 *
 * <p>Parsing is written by hand, character by character, for the same reason as {@link
 * Cvss3Vector}'s. Immutable.
 *
 * <p>For example, the specification's section 8 example:
 *
 * <pre>{@code
 * Cvss4Scores scores =
 *     Cvss4Vector.parse("CVSS:4.0/AV:N/AC:L/AT:P/PR:H/UI:A/VC:N/VI:H/VA:L/SC:N/SI:N/SA:L")
 *         .scores();
 * double score = scores.score(); // 5.7
 * CvssSeverity severity = scores.severity(); // MEDIUM
 * String macroVector = scores.macroVector(); // "111200", the levels of EQ1 to EQ6
 * }</pre>
 */
public final class Cvss4Vector {

  private static final String PREFIX = "CVSS:4.0/";
  private static final int METRICS = Cvss4Metric.values().length;

  /** The bits of the base metrics, which every vector has, in a mask of metrics seen. */
  private static final int MANDATORY = mandatory();

  /**
   * Each metric's value as its position in {@link Cvss4Metric#codes}; 0 is {@code X} for the
   * metrics that may be left out. Scores are read from tables indexed by these.
   */
  private final byte[] ordinals;

  private Cvss4Vector(byte[] ordinals) {
    this.ordinals = ordinals;
  }

  private static int mandatory() {
    int mask = 0;
    for (Cvss4Metric metric : Cvss4Metric.values()) {
      mask |= metric.mandatory ? 1 << metric.ordinal() : 0;
    }
    return mask;
  }

  /**
   * Parses a vector such as {@code
   * CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N}.
   *
   * <p>One pass over the characters, as {@link Cvss3Vector#parse}: names looked up in a perfect
   * hash, one-character values in a table by character, a bitmask of the metrics seen. (Issue 23:
   * replaced a {@code switch} per name and {@code indexOf} per value, the time parsing took being
   * about 60% of parsing and scoring; the measured gain is in {@link VectorSyntax.KeyIndex}.)
   *
   * @param vector the vector string
   * @return the vector
   * @throws GovernanceValidationException naming the version, metric or value at fault
   */
  public static Cvss4Vector parse(String vector) {
    Objects.requireNonNull(vector, "vector");
    if (!vector.startsWith(PREFIX)) {
      throw GovernanceValidationException.of(
          "vector", vector, "a CVSS v4.0 vector starting with " + PREFIX);
    }
    byte[] ordinals = new byte[METRICS];
    int seen = 0;
    int length = vector.length();
    int previous = -1;
    int i = PREFIX.length();
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
      if (i >= length || vector.charAt(i) != ':') {
        throw VectorSyntax.malformed(vector, nameStart);
      }
      int slot = Cvss4Metric.INDEX.slot(key);
      // Most values are one character: then the next '/' (or the end) is two characters on.
      int valueEnd =
          i + 2 <= length
                  && vector.charAt(i + 1) != '/'
                  && (i + 2 == length || vector.charAt(i + 2) == '/')
              ? i + 2
              : valueEnd(vector, i + 1);
      if (slot < 0) {
        throw rejected(vector, nameStart, i, valueEnd, null, seen, previous);
      }
      int m = Cvss4Metric.INDEX.ordinalAt(slot);
      int ordinal =
          valueEnd == i + 2
              ? Cvss4Metric.INDEX.value(slot, vector.charAt(i + 1))
              : Cvss4Metric.at(m).ordinal(vector, i + 1, valueEnd);
      if (m <= previous || ordinal < 0) {
        throw rejected(vector, nameStart, i, valueEnd, Cvss4Metric.at(m), seen, previous);
      }
      seen |= 1 << m;
      ordinals[m] = (byte) ordinal;
      previous = m;
      if (valueEnd == length) {
        break;
      }
      i = valueEnd + 1;
      if (i == length) {
        throw GovernanceValidationException.of("vector", vector, "no '/' at the end");
      }
    }
    if ((seen & MANDATORY) != MANDATORY) {
      Cvss4Metric missing = Cvss4Metric.at(Integer.numberOfTrailingZeros(~seen & MANDATORY));
      throw GovernanceValidationException.of(
          "vector", vector, "every base metric, but " + missing.name() + " is missing");
    }
    return new Cvss4Vector(ordinals);
  }

  /** Returns where the value starting at {@code from} ends: at the next '/' or the end. */
  private static int valueEnd(String vector, int from) {
    int slash = vector.indexOf('/', from);
    return slash < 0 ? vector.length() : slash;
  }

  /**
   * The metric from {@code start} to {@code colon} is unknown, repeated (its bit set in {@code
   * seen}), out of order or has a value it cannot take.
   */
  private static GovernanceValidationException rejected(
      String vector,
      int start,
      int colon,
      int end,
      @Nullable Cvss4Metric metric,
      int seen,
      int previous) {
    if (metric == null) {
      return GovernanceValidationException.of(
          "vector", vector, "CVSS v4.0 metrics only, not '" + vector.substring(start, colon) + "'");
    }
    if ((seen & 1 << metric.ordinal()) != 0) {
      return GovernanceValidationException.of(
          "vector", vector, "each metric once, but " + metric.name() + " is repeated");
    }
    if (metric.ordinal() < previous) {
      return GovernanceValidationException.of(
          "vector",
          vector,
          "metrics in the specification's order, but "
              + metric.name()
              + " comes after "
              + Cvss4Metric.at(previous).name());
    }
    return GovernanceValidationException.of(
        "vector",
        vector,
        metric.name()
            + " to be one of "
            + metric.choices()
            + ", not '"
            + vector.substring(colon + 1, end)
            + "'");
  }

  /** Returns the version, {@code 4.0}. */
  public String version() {
    return "4.0";
  }

  /**
   * Returns a metric's value as the vector writes it, {@code X} when not defined; supplemental
   * metrics, which do not change the score, are read this way.
   *
   * @param metric a metric abbreviation, such as {@code AV} or {@code U}
   * @return its value, such as {@code N} or {@code Amber}
   * @throws GovernanceValidationException if there is no such metric
   */
  public String metric(String metric) {
    @Nullable Cvss4Metric m = Cvss4Metric.byName(metric);
    if (m == null) {
      throw GovernanceValidationException.of("metric", metric, "a CVSS v4.0 metric abbreviation");
    }
    return m.spelled(value(m));
  }

  /** Returns the scores of this vector. */
  public Cvss4Scores scores() {
    return new Cvss4Scores(this);
  }

  /** Returns the code of a metric's value (its first letter), {@code 'X'} when not defined. */
  char value(Cvss4Metric metric) {
    return metric.codes.charAt(ordinals[metric.ordinal()]);
  }

  /**
   * Returns the value of the metric with this ordinal as its position in the metric's codes, 0 for
   * {@code X}; what {@link Cvss4Scores} indexes its tables with.
   */
  int ordinal(int metric) {
    return ordinals[metric];
  }

  /**
   * Returns a copy with {@code metric} set to {@code value}; for callers exploring what a change
   * would do to the score.
   *
   * @param metric a metric abbreviation, such as {@code VC}
   * @param value its new value as a vector writes it, such as {@code H} or {@code Red}
   * @return the changed vector
   * @throws GovernanceValidationException if the metric or value is unknown
   */
  public Cvss4Vector with(String metric, String value) {
    @Nullable Cvss4Metric m = Cvss4Metric.byName(metric);
    int ordinal = m == null ? -1 : m.ordinal(value, 0, value.length());
    if (m == null || ordinal < 0) {
      throw GovernanceValidationException.of(
          "metric", metric + ":" + value, "a CVSS v4.0 metric and one of its values");
    }
    byte[] changed = ordinals.clone();
    changed[m.ordinal()] = (byte) ordinal;
    return new Cvss4Vector(changed);
  }

  /**
   * Returns the nomenclature of the score this vector gives (specification section 1.3): {@code
   * CVSS-B} for base metrics only, {@code CVSS-BT} with threat metrics, {@code CVSS-BE} with
   * environmental metrics, {@code CVSS-BTE} with both. Supplemental metrics do not count.
   */
  public String nomenclature() {
    boolean threat = value(Cvss4Metric.E) != 'X';
    boolean environmental = false;
    for (int m = Cvss4Metric.CR.ordinal(); m <= Cvss4Metric.MSA.ordinal(); m++) {
      environmental |= ordinals[m] != 0;
    }
    return "CVSS-B" + (threat ? "T" : "") + (environmental ? "E" : "");
  }

  /**
   * Returns the canonical vector: metrics in the specification's order, "Not Defined" ones left
   * out.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("CVSS:4.0");
    for (int i = 0; i < METRICS; i++) {
      Cvss4Metric metric = Cvss4Metric.at(i);
      char value = value(metric);
      if (value != 'X') {
        s.append('/').append(metric.name()).append(':').append(metric.spelled(value));
      }
    }
    return s.toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Cvss4Vector v && Arrays.equals(v.ordinals, ordinals);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(ordinals);
  }
}
