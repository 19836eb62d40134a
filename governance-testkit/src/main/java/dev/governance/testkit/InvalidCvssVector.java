package dev.governance.testkit;

import static java.util.Objects.requireNonNull;

/**
 * A CVSS vector string with exactly one {@link CvssDefect}, made by mutating a valid vector of
 * {@link CvssVectorGenerator}, and what was done to it, so that a test can check that a parser
 * rejects it and names the fault.
 *
 * @param vector the invalid vector string
 * @param valid the valid vector it was made from
 * @param defect what is wrong with it
 * @param metric the abbreviation of the metric concerned, such as {@code AV}; empty when the defect
 *     concerns no single metric (a prefix, a trailing slash)
 * @param detail the text the mutation wrote, for the defects whose documentation names it (an
 *     unknown metric or value, a prefix, a separator, the metric an out-of-order one comes after);
 *     empty otherwise
 */
public record InvalidCvssVector(
    String vector, String valid, CvssDefect defect, String metric, String detail) {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if one is
   */
  public InvalidCvssVector {
    requireNonNull(vector, "vector");
    requireNonNull(valid, "valid");
    requireNonNull(defect, "defect");
    requireNonNull(metric, "metric");
    requireNonNull(detail, "detail");
  }

  /** Returns the vector, its defect and what the defect concerns, for a test's report. */
  @Override
  public String toString() {
    return vector
        + " ("
        + defect
        + (metric.isEmpty() ? "" : " " + metric)
        + (detail.isEmpty() ? "" : " '" + detail + "'")
        + ", from "
        + valid
        + ")";
  }
}
