package dev.governance.testkit;

/**
 * What is wrong with an {@link InvalidCvssVector}: the one mutation of a valid vector string that
 * makes it break the grammar of CVSS v3.1 section 6 or CVSS v4.0 section 7. Listed simplest first,
 * so shrinking goes toward a missing metric.
 */
public enum CvssDefect {
  /** A mandatory base metric left out: every base metric must be present. */
  MISSING_METRIC,
  /** A metric written twice in a row: each metric may appear at most once. */
  DUPLICATED_METRIC,
  /**
   * A metric that the version does not define, such as {@code ZZ:N} or a metric of the other
   * version ({@code AT} in v3.1, {@code RL} in v4.0); {@link InvalidCvssVector#detail()} is its
   * abbreviation.
   */
  UNKNOWN_METRIC,
  /**
   * A value that the metric does not take, such as {@code AV:X} or {@code U:C}; {@link
   * InvalidCvssVector#detail()} is the value.
   */
  UNKNOWN_VALUE,
  /** A metric written without a value, {@code AV:}. */
  MISSING_VALUE,
  /**
   * A prefix that is not the version's, such as {@code CVSS:3.2/} or {@code cvss:4.0/}; {@link
   * InvalidCvssVector#detail()} is the prefix written.
   */
  WRONG_PREFIX,
  /** No {@code CVSS:x.y/} prefix at all: the vector starts with its first metric. */
  MISSING_PREFIX,
  /**
   * A separator other than {@code /} between two metrics or other than {@code :} between a name and
   * its value; {@link InvalidCvssVector#detail()} is the separator written.
   */
  BAD_SEPARATOR,
  /** A {@code /} after the last metric. */
  TRAILING_SLASH,
  /**
   * Two adjacent metrics swapped (CVSS v4.0 only: section 7 fixes the order, while v3.1 section 6
   * allows any); {@link InvalidCvssVector#metric()} is the metric that now comes too late and
   * {@link InvalidCvssVector#detail()} the one it comes after.
   */
  OUT_OF_ORDER
}
