package dev.governance.rules.health;

import dev.governance.rules.Severity;

/** The findings governance health adds to the engines' own; their codes are a public contract. */
public enum HealthRule {
  /** A scorecard KPI has no data for the period evaluated. */
  KPI_MISSING("KPI-001", Severity.WARNING),
  /** A scorecard KPI's latest data is older than its update frequency allows. */
  KPI_STALE("KPI-002", Severity.WARNING),
  /** A compliance obligation is overdue. */
  DEADLINE_OVERDUE("CAL-001", Severity.ERROR);

  private final String code;
  private final Severity severity;

  HealthRule(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  /** Returns the stable code, such as {@code CAL-001}. */
  public String code() {
    return code;
  }

  /** Returns the severity of its findings. */
  public Severity severity() {
    return severity;
  }
}
