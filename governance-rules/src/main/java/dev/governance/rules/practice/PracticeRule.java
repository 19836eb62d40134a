package dev.governance.rules.practice;

import dev.governance.rules.RuleCode;
import dev.governance.rules.Severity;

/** The governance practice rules; their codes are a public contract. */
public enum PracticeRule implements RuleCode {
  /** A major deliverable without a RACI matrix. */
  MISSING_RACI(
      "GOV-001",
      Severity.ERROR,
      "Major deliverable without a RACI matrix",
      "Reports a major deliverable that no activity of any RACI matrix names. Every major"
          + " deliverable needs agreed roles: who does it, who answers for it, who is consulted and"
          + " who is told."),
  /** A system without a system owner, or a program without a program manager. */
  MISSING_OWNER(
      "GOV-002",
      Severity.ERROR,
      "System without an owner or program without a manager",
      "Reports a system with no system owner and a program with no program manager. Someone must"
          + " answer for each system's performance, security and compliance, and for each program's"
          + " budget and schedule."),
  /** The same person is program manager and owner of a system in that program. */
  DUAL_ROLE(
      "GOV-003",
      Severity.WARNING,
      "Program manager also owns a system of the program",
      "Reports a person who is program manager of a program and owner of a system that serves it."
          + " Program and system interests each need their own voice."),
  /** A major system change without the program's change-control approval. */
  UNAPPROVED_CHANGE(
      "GOV-004",
      Severity.ERROR,
      "Major change without change-control approval",
      "Reports a major change request that lacks an approval it requires, or that requires none."
          + " Major system changes go through the program's change control."),
  /**
   * A milestone or go-live inside a system's freeze or upgrade window, or an upgrade too soon
   * before a go-live.
   */
  ROADMAP_CONFLICT(
      "GOV-005",
      Severity.ERROR,
      "Milestone in conflict with a system's roadmap",
      "Reports a milestone or go-live inside a freeze or upgrade window of a system serving its"
          + " program, and an upgrade ending fewer than upgradeLeadBusinessDays (10 by default)"
          + " business days before a go-live. Program and system roadmaps must be synchronised."),
  /** A required documentation artifact missing for a system, or past its review date. */
  DOCUMENTATION(
      "GOV-006",
      Severity.WARNING,
      "Required document missing or past its review",
      "Reports a system lacking a required document (the policy's requiredDocuments, plus"
          + " personalDataDocuments for systems under GDPR), and a document never reviewed or past"
          + " its review date. Systems stay operable and auditable only with current"
          + " documentation."),
  /** The shared scorecard lacks program-side or system-side KPIs. */
  UNBALANCED_SCORECARD(
      "GOV-007",
      Severity.WARNING,
      "Scorecard without program-side or system-side KPIs",
      "Reports a scorecard with no KPI of a program-side perspective (financial by default) or none"
          + " of a system-side one (internal-process by default). The shared scorecard must show"
          + " both sides."),
  /** A governance cadence missed: the gap between meetings exceeds the cadence in force. */
  CADENCE_MISSED(
      "GOV-008",
      Severity.WARNING,
      "Governance cadence missed",
      "Reports a governance forum that has never met, or whose meetings were further apart than the"
          + " cadence in force (the faster one in a critical phase), the limit moved to the next"
          + " business day. Governance works only if its forums meet."),
  /** A disagreement not escalated, or escalated without a decision in time. */
  DISAGREEMENT_UNRESOLVED(
      "GOV-009",
      Severity.WARNING,
      "Disagreement not escalated or not decided",
      "Reports a disagreement between the program and system sides not escalated within"
          + " escalationBusinessDays (5 by default), or escalated but not decided within"
          + " decisionBusinessDays (10). Open disagreements stall both sides."),
  /**
   * The compliance calendar not reviewed by both the program manager and the system owner within
   * the quarter.
   */
  CALENDAR_NOT_REVIEWED(
      "GOV-010",
      Severity.WARNING,
      "Compliance calendar not reviewed jointly this quarter",
      "Reports a program and a system serving it whose program manager and system owner have not"
          + " attended a compliance-review meeting together since the quarter began. Both sides"
          + " answer for the compliance calendar, so they review it together."),
  /** A decided disagreement without a decision record. */
  DECISION_UNRECORDED(
      "GOV-011",
      Severity.WARNING,
      "Decided disagreement without a decision record",
      "Reports a disagreement that was decided (it has a decidedOn day) but names no decision"
          + " record (decisionRecord). The steering committee's rationale and the decision's"
          + " impacts must be kept where later readers find them.");

  private final String code;
  private final Severity defaultSeverity;
  private final String title;
  private final String description;

  PracticeRule(String code, Severity defaultSeverity, String title, String description) {
    this.code = code;
    this.defaultSeverity = defaultSeverity;
    this.title = title;
    this.description = description;
  }

  /** Returns the rule's stable code, such as {@code GOV-001}. */
  @Override
  public String code() {
    return code;
  }

  /** Returns the severity of its findings unless a policy changes it. */
  @Override
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** Returns a short name of what the rule finds, such as {@code Governance cadence missed}. */
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
