package dev.governance.rules.practice;

import dev.governance.rules.Severity;

/** The governance practice rules; their codes are a public contract. */
public enum PracticeRule {
  /** A major deliverable without a RACI matrix. */
  MISSING_RACI("GOV-001", Severity.ERROR),
  /** A system without a system owner, or a program without a program manager. */
  MISSING_OWNER("GOV-002", Severity.ERROR),
  /** The same person is program manager and owner of a system in that program. */
  DUAL_ROLE("GOV-003", Severity.WARNING),
  /** A major system change without the program's change-control approval. */
  UNAPPROVED_CHANGE("GOV-004", Severity.ERROR),
  /** A milestone or go-live inside a system's freeze or upgrade window, or an upgrade too soon before a go-live. */
  ROADMAP_CONFLICT("GOV-005", Severity.ERROR),
  /** A required documentation artifact missing for a system, or past its review date. */
  DOCUMENTATION("GOV-006", Severity.WARNING),
  /** The shared scorecard lacks program-side or system-side KPIs. */
  UNBALANCED_SCORECARD("GOV-007", Severity.WARNING),
  /** A governance cadence missed: the gap between meetings exceeds the cadence in force. */
  CADENCE_MISSED("GOV-008", Severity.WARNING),
  /** A disagreement not escalated, or escalated without a decision in time. */
  DISAGREEMENT_UNRESOLVED("GOV-009", Severity.WARNING),
  /** The compliance calendar not reviewed by both the program manager and the system owner within the quarter. */
  CALENDAR_NOT_REVIEWED("GOV-010", Severity.WARNING);

  private final String code;
  private final Severity defaultSeverity;

  PracticeRule(String code, Severity defaultSeverity) {
    this.code = code;
    this.defaultSeverity = defaultSeverity;
  }

  /** Returns the rule's stable code, such as {@code GOV-001}. */
  public String code() {
    return code;
  }

  /** Returns the severity of its findings unless a policy changes it. */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }
}
