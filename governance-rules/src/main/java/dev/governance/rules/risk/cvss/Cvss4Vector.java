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

  private final char[] values;

  private Cvss4Vector(char[] values) {
    this.values = values;
  }

  /**
   * Parses a vector such as {@code
   * CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N}.
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
    char[] values = new char[METRICS];
    int length = vector.length();
    int previous = -1;
    int i = PREFIX.length();
    while (true) {
      int nameStart = i;
      int key = 0;
      char c;
      while (i < length && (c = vector.charAt(i)) != ':' && c != '/' && i - nameStart < 3) {
        key = key << 8 | c;
        i++;
      }
      if (i >= length || vector.charAt(i) != ':') {
        throw VectorSyntax.malformed(vector, nameStart);
      }
      @Nullable Cvss4Metric metric = Cvss4Metric.byKey(key);
      int valueEnd = vector.indexOf('/', i + 1);
      valueEnd = valueEnd < 0 ? length : valueEnd;
      char value = metric == null ? 0 : metric.code(vector, i + 1, valueEnd);
      if (metric == null
          || values[metric.ordinal()] != 0
          || metric.ordinal() < previous
          || value == 0) {
        throw rejected(vector, nameStart, i, valueEnd, metric, values, previous);
      }
      values[metric.ordinal()] = value;
      previous = metric.ordinal();
      if (valueEnd == length) {
        break;
      }
      i = valueEnd + 1;
      if (i == length) {
        throw GovernanceValidationException.of("vector", vector, "no '/' at the end");
      }
    }
    for (int m = 0; m < METRICS; m++) {
      if (values[m] == 0) {
        Cvss4Metric metric = Cvss4Metric.at(m);
        if (metric.mandatory) {
          throw GovernanceValidationException.of(
              "vector", vector, "every base metric, but " + metric.name() + " is missing");
        }
        values[m] = 'X';
      }
    }
    return new Cvss4Vector(values);
  }

  /**
   * The metric from {@code start} to {@code colon} is unknown, repeated, out of order or has a
   * value it cannot take.
   */
  private static GovernanceValidationException rejected(
      String vector,
      int start,
      int colon,
      int end,
      @Nullable Cvss4Metric metric,
      char[] values,
      int previous) {
    if (metric == null) {
      return GovernanceValidationException.of(
          "vector", vector, "CVSS v4.0 metrics only, not '" + vector.substring(start, colon) + "'");
    }
    if (values[metric.ordinal()] != 0) {
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
    return m.spelled(values[m.ordinal()]);
  }

  /** Returns the scores of this vector. */
  public Cvss4Scores scores() {
    return new Cvss4Scores(this);
  }

  /** Returns the code of a metric's value (its first letter), {@code 'X'} when not defined. */
  char value(Cvss4Metric metric) {
    return values[metric.ordinal()];
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
    char code = m == null ? 0 : m.code(value, 0, value.length());
    if (m == null || code == 0) {
      throw GovernanceValidationException.of(
          "metric", metric + ":" + value, "a CVSS v4.0 metric and one of its values");
    }
    char[] changed = values.clone();
    changed[m.ordinal()] = code;
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
      environmental |= values[m] != 'X';
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
      if (values[i] != 'X') {
        Cvss4Metric metric = Cvss4Metric.at(i);
        s.append('/').append(metric.name()).append(':').append(metric.spelled(values[i]));
      }
    }
    return s.toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Cvss4Vector v && Arrays.equals(v.values, values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }
}
