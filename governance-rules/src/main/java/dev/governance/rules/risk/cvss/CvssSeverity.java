package dev.governance.rules.risk.cvss;

/**
 * The qualitative severity rating of a CVSS score (CVSS v3.1 specification, section 5, Table 14;
 * the same bands in v3.0 and v4.0).
 */
public enum CvssSeverity {
  /** 0.0. */
  NONE("None"),
  /** 0.1 to 3.9. */
  LOW("Low"),
  /** 4.0 to 6.9. */
  MEDIUM("Medium"),
  /** 7.0 to 8.9. */
  HIGH("High"),
  /** 9.0 to 10.0. */
  CRITICAL("Critical");

  private final String label;

  CvssSeverity(String label) {
    this.label = label;
  }

  /**
   * Returns the rating of a score.
   *
   * @param score a CVSS score, from 0.0 to 10.0 with one decimal
   * @return its rating
   */
  public static CvssSeverity of(double score) {
    return score == 0 ? NONE : score < 4 ? LOW : score < 7 ? MEDIUM : score < 9 ? HIGH : CRITICAL;
  }

  /** Returns the rating as the specification writes it, such as {@code Medium}. */
  public String label() {
    return label;
  }
}
