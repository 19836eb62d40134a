package dev.governance.rules.steering;

import dev.governance.rules.RuleCode;
import dev.governance.rules.Severity;

/** The rules about waivers; their codes are a public contract. */
public enum WaiverRule implements RuleCode {
  /** A waiver past its last day, whose findings are therefore active again. */
  EXPIRED(
      "WAIVER-001",
      Severity.WARNING,
      "Waiver expired; its finding is active again",
      "Reports a waiver whose last day (until) has passed while the finding it waived is still"
          + " found, so that finding counts again. Renew the acceptance or resolve the finding."),
  /** A waiver that matches no finding. */
  STALE(
      "WAIVER-002",
      Severity.WARNING,
      "Waiver that matches no finding",
      "Reports a waiver whose rule code and subject match no finding on the day judged: the"
          + " finding was resolved or the waiver names it wrongly. Stale waivers hide nothing and"
          + " mislead readers."),
  /**
   * A waiver approved by someone without the authority to accept, or of a code the policy does not
   * let be waived; it is not applied.
   */
  NOT_APPLIED(
      "WAIVER-003",
      Severity.ERROR,
      "Waiver without authority or of a code that cannot be waived",
      "Reports a waiver approved by a person who holds none of the approving roles (the steering"
          + " committee and the information-systems manager by default), or of a rule code the"
          + " policy marks as not waivable. Such a waiver is not applied."),
  /** A waiver that expires within the reminder's business days. */
  EXPIRING(
      "WAIVER-004",
      Severity.INFO,
      "Waiver expiring soon",
      "Reports a waiver in force whose last day falls within reminderBusinessDays (10 by default)"
          + " business days of the day judged, so that it can be renewed or its finding resolved"
          + " in time.");

  private final String code;
  private final Severity defaultSeverity;
  private final String title;
  private final String description;

  WaiverRule(String code, Severity defaultSeverity, String title, String description) {
    this.code = code;
    this.defaultSeverity = defaultSeverity;
    this.title = title;
    this.description = description;
  }

  /** Returns the rule's stable code, such as {@code WAIVER-001}. */
  @Override
  public String code() {
    return code;
  }

  /** Returns the severity of its findings unless a policy changes it. */
  @Override
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** Returns a short name of what the rule finds, such as {@code Waiver expiring soon}. */
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
