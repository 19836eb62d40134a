package dev.governance.rules.health;

import dev.governance.rules.RuleCode;
import dev.governance.rules.Severity;

/** The findings governance health adds to the engines' own; their codes are a public contract. */
public enum HealthRule implements RuleCode {
  /** A scorecard KPI has no data for the period evaluated. */
  KPI_MISSING(
      "KPI-001",
      Severity.WARNING,
      "KPI without data for the period",
      "Reports a scorecard KPI with no value for the period evaluated. Without data the scorecard"
          + " cannot show the KPI's status."),
  /** A scorecard KPI's latest data is older than its update frequency allows. */
  KPI_STALE(
      "KPI-002",
      Severity.WARNING,
      "KPI with stale data",
      "Reports a scorecard KPI that has a value for the period but whose latest observation is"
          + " older than its update frequency allows. Stale data may show a status that no longer"
          + " holds."),
  /** A system missed a service-level target over its SLO window. */
  SLA_MISSED(
      "KPI-003",
      Severity.WARNING,
      "Service-level target missed",
      "Reports a system whose availability, mean time to resolve or error rate over its SLO window"
          + " up to the day judged misses its service targets, telling the system owner and the"
          + " program manager. The figures come from the model's outages, incidents and request"
          + " counts."),
  /** A multi-window burn-rate alert of a system's availability objective is firing. */
  BURN_RATE_ALERT(
      "KPI-004",
      Severity.WARNING,
      "Error-budget burn-rate alert firing",
      "Reports a system whose availability error budget burns faster than the SRE workbook's"
          + " multi-window alerts allow (2 % of the budget in 1 hour, 5 % in 6 hours, 10 % in 3"
          + " days, each confirmed over a short window), telling the system owner and the program"
          + " manager."),
  /** A compliance obligation is overdue. */
  DEADLINE_OVERDUE(
      "CAL-001",
      Severity.ERROR,
      "Compliance deadline overdue",
      "Reports a compliance obligation with an occurrence past its due date and grace period and"
          + " not completed, once per obligation (its earliest missed occurrence, and how many more"
          + " were missed), telling its owner role and whoever it was escalated to on the ladder"
          + " of its regulation's kind, never the owner itself; an owner at the top of the ladder,"
          + " or whose higher roles it holds too, is said to be so. Missed legal and regulatory"
          + " deadlines carry penalties.");

  private final String code;
  private final Severity severity;
  private final String title;
  private final String description;

  HealthRule(String code, Severity severity, String title, String description) {
    this.code = code;
    this.severity = severity;
    this.title = title;
    this.description = description;
  }

  /** Returns the stable code, such as {@code CAL-001}. */
  @Override
  public String code() {
    return code;
  }

  /** Returns the severity of its findings; governance health has no policy that changes it. */
  @Override
  public Severity defaultSeverity() {
    return severity;
  }

  /**
   * Returns a short name of what the rule finds, such as {@code KPI without data for the period}.
   */
  @Override
  public String title() {
    return title;
  }

  /** Returns what the rule checks and why, in one or two sentences. */
  @Override
  public String description() {
    return description;
  }
}
