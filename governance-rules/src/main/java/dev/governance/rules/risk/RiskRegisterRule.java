package dev.governance.rules.risk;

import dev.governance.rules.Severity;

/** The rules of the risk register check; codes are a public contract. */
public enum RiskRegisterRule {
  /** A residual level above the inherent one: controls cannot make a risk worse. */
  RESIDUAL_ABOVE_INHERENT("RISK-001", Severity.ERROR),
  /** A residual score below the inherent one with no control applied. */
  RESIDUAL_WITHOUT_CONTROL("RISK-002", Severity.WARNING),
  /** Treated by acceptance without an acceptance record, or with one that has expired. */
  ACCEPTANCE_MISSING_OR_EXPIRED("RISK-003", Severity.ERROR),
  /** No owner on the program side or on the system side of the joint register. */
  OWNER_MISSING("RISK-004", Severity.ERROR),
  /** The review is overdue by its level's cadence. */
  REVIEW_OVERDUE("RISK-005", Severity.WARNING),
  /** A control's effectiveness claimed with no evidence, or evidence older than the limit. */
  CONTROL_EVIDENCE("RISK-006", Severity.WARNING);

  private final String code;
  private final Severity severity;

  RiskRegisterRule(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  /** Returns the rule's code, such as {@code RISK-001}. */
  public String code() {
    return code;
  }

  /** Returns the rule's default severity. */
  public Severity defaultSeverity() {
    return severity;
  }
}
