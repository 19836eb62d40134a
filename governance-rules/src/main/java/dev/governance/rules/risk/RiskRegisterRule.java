package dev.governance.rules.risk;

import dev.governance.rules.RuleCode;
import dev.governance.rules.Severity;

/** The rules of the risk register check; codes are a public contract. */
public enum RiskRegisterRule implements RuleCode {
  /** A residual level above the inherent one: controls cannot make a risk worse. */
  RESIDUAL_ABOVE_INHERENT(
      "RISK-001",
      Severity.ERROR,
      "Residual level above the inherent level",
      "Reports a risk whose residual level ranks above its inherent level. Controls cannot make a"
          + " risk worse, so one of the two assessments is wrong."),
  /** A residual score below the inherent one with no control applied. */
  RESIDUAL_WITHOUT_CONTROL(
      "RISK-002",
      Severity.WARNING,
      "Residual score lowered with no control applied",
      "Reports a risk whose residual score is below its inherent score although no control is"
          + " applied to it. A reduction must come from a control: link the controls or reassess."),
  /** Treated by acceptance without an acceptance record, or with one that has expired. */
  ACCEPTANCE_MISSING_OR_EXPIRED(
      "RISK-003",
      Severity.ERROR,
      "Risk acceptance missing or expired",
      "Reports a risk treated by acceptance that has no acceptance record, or whose acceptance"
          + " expired before the day reviewed. Accepting a risk is a decision someone records and"
          + " renews."),
  /** No owner on the program side or on the system side of the joint register. */
  OWNER_MISSING(
      "RISK-004",
      Severity.ERROR,
      "No owner on the program side or the system side",
      "Reports a risk of the joint register whose system owner owns none of its systems, or whose"
          + " program owner neither owns nor manages any of its projects nor manages their"
          + " programs. Both sides own each joint risk."),
  /** The review is overdue by its level's cadence. */
  REVIEW_OVERDUE(
      "RISK-005",
      Severity.WARNING,
      "Risk review overdue",
      "Reports a risk not reviewed within its level's cadence (Very High 90 days, High 180,"
          + " Moderate and Low a year, Very Low two years by default) since its last review or"
          + " identification. An old assessment no longer says how big the risk is."),
  /** A control's effectiveness claimed with no evidence, or evidence older than the limit. */
  CONTROL_EVIDENCE(
      "RISK-006",
      Severity.WARNING,
      "Control effectiveness without current evidence",
      "Reports an applied control that claims an effectiveness above zero with no evidence, or with"
          + " evidence older than the register's evidenceMaxAge (a year by default). A control's"
          + " claimed effect is only as good as the evidence that it operates."),
  /** The residual level is still above the target level after the target date. */
  RESIDUAL_ABOVE_TARGET(
      "RISK-007",
      Severity.WARNING,
      "Residual level above target after the target date",
      "Reports a risk whose residual level (its current level where it has no residual"
          + " assessment) still ranks above its target assessment's level after the risk's target"
          + " date. The treatment has not brought the risk where it was meant to be."),
  /** A mitigation action is open past its due date. */
  MITIGATION_OVERDUE(
      "RISK-008",
      Severity.WARNING,
      "Mitigation action overdue",
      "Reports a planned or in-progress mitigation action past its due date, telling its owner and"
          + " co-owner. A late action leaves the risk untreated for longer than agreed."),
  /** A risk above appetite has no open mitigation action. */
  NO_OPEN_MITIGATION(
      "RISK-009",
      Severity.WARNING,
      "Risk above appetite with no open mitigation action",
      "Reports a risk whose residual score is above its appetite, that is not accepted, and that"
          + " has no planned or in-progress mitigation action. Nobody is working to bring it"
          + " down.");

  private final String code;
  private final Severity severity;
  private final String title;
  private final String description;

  RiskRegisterRule(String code, Severity severity, String title, String description) {
    this.code = code;
    this.severity = severity;
    this.title = title;
    this.description = description;
  }

  /** Returns the rule's code, such as {@code RISK-001}. */
  @Override
  public String code() {
    return code;
  }

  /** Returns the rule's default severity. */
  @Override
  public Severity defaultSeverity() {
    return severity;
  }

  /** Returns a short name of what the rule finds, such as {@code Risk review overdue}. */
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
