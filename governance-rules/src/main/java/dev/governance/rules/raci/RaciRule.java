package dev.governance.rules.raci;

import dev.governance.rules.RuleCode;
import dev.governance.rules.Severity;

/**
 * The rules of the RACI engine. Codes are a public contract: other programs parse them. Rules
 * {@code RACI-008} to {@code RACI-011} need to know who holds each role; without role assignments
 * they are reported once each as skipped ({@link Severity#INFO}).
 */
public enum RaciRule implements RuleCode {
  /** An activity with no Accountable (DACI: no Approver). */
  NO_ACCOUNTABLE(
      "RACI-001",
      Severity.ERROR,
      false,
      "Activity with no Accountable",
      "Reports an activity on which no role is Accountable (in DACI, Approver). Without one, no one"
          + " answers for the outcome or approves the work."),
  /** An activity with more than one Accountable. */
  SEVERAL_ACCOUNTABLE(
      "RACI-002",
      Severity.ERROR,
      false,
      "Activity with more than one Accountable",
      "Reports an activity on which several roles are Accountable (in DACI, Approver). Shared"
          + " accountability blurs who answers for the outcome: keep one and make the others"
          + " Responsible or Consulted."),
  /** An activity with no Responsible (DACI: no Driver). */
  NO_RESPONSIBLE(
      "RACI-003",
      Severity.ERROR,
      false,
      "Activity with no Responsible",
      "Reports an activity on which no role does the work: no Responsible (in DACI, no Driver)."
          + " Work that no one is given does not get done."),
  /** An empty cell on a critical activity, for each role required on it. */
  EMPTY_CRITICAL_CELL(
      "RACI-004",
      Severity.ERROR,
      false,
      "Empty cell on a critical activity",
      "Reports each role required on a critical activity (the policy's criticalRequiredRoles, every"
          + " role by default) that has no letter on it. On critical work every required role takes"
          + " part, at least by being Informed."),
  /** A letter that the matrix's scheme does not define. */
  UNDEFINED_LETTER(
      "RACI-005",
      Severity.ERROR,
      false,
      "Letter the scheme does not define",
      "Reports a letter in a cell that the matrix's scheme does not define, such as an S in plain"
          + " RACI. A letter without an agreed meaning assigns no clear responsibility."),
  /** A role with no letter on any activity. */
  IDLE_ROLE(
      "RACI-006",
      Severity.WARNING,
      false,
      "Role with no letter on any activity",
      "Reports a role of the matrix that has no letter on any activity. Either its letters are"
          + " missing where it takes part or its column is not needed."),
  /** An activity with more Consulted (DACI: Contributors) than the policy's limit. */
  TOO_MANY_CONSULTED(
      "RACI-007",
      Severity.WARNING,
      false,
      "Activity with too many Consulted",
      "Reports an activity with more Consulted roles (in DACI, Contributors) than the policy's"
          + " consultedLimit, 5 by default. Consulting many slows the work; inform some of them"
          + " instead."),
  /** A role that is Accountable somewhere but held by no person or by several people. */
  ACCOUNTABLE_NOT_ONE_PERSON(
      "RACI-008",
      Severity.ERROR,
      true,
      "Accountable role not held by exactly one person",
      "Given who holds each role, reports a role that is Accountable on some activity but held by"
          + " no person or by several. Accountability rests with one named person."),
  /**
   * Segregation of duties: one person both does and checks an activity, or holds conflicting roles.
   */
  SEGREGATION_OF_DUTIES(
      "RACI-009",
      Severity.ERROR,
      true,
      "Segregation of duties violated",
      "Given who holds each role, reports a person who both does (Responsible, DACI Driver) and"
          + " checks (Verifier, RACI-VS Signatory, DACI Approver) one activity, or who holds both"
          + " roles of a conflictingRoles pair. No one should check or approve their own work."),
  /** A person Accountable or Responsible for more activities than the policy's limits. */
  OVERLOADED_PERSON(
      "RACI-010",
      Severity.WARNING,
      true,
      "Person over the Accountable or Responsible limit",
      "Given who holds each role, reports a person Accountable for more activities than the"
          + " policy's accountableLimit (15 by default) or Responsible for more than its"
          + " responsibleLimit (25). An overloaded person becomes a bottleneck."),
  /** A role in the matrix that no person holds. */
  UNSTAFFED_ROLE(
      "RACI-011",
      Severity.WARNING,
      true,
      "Role held by no person",
      "Given who holds each role, reports a role of the matrix that no person holds. Its letters"
          + " assign work and decisions to no one.");

  private final String code;
  private final Severity defaultSeverity;
  private final boolean needsPeople;
  private final String title;
  private final String description;

  RaciRule(
      String code,
      Severity defaultSeverity,
      boolean needsPeople,
      String title,
      String description) {
    this.code = code;
    this.defaultSeverity = defaultSeverity;
    this.needsPeople = needsPeople;
    this.title = title;
    this.description = description;
  }

  /** Returns the rule's stable code, such as {@code RACI-001}. */
  @Override
  public String code() {
    return code;
  }

  /** Returns the severity the rule reports with unless a policy says otherwise. */
  @Override
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** Returns whether the rule needs role assignments (who holds each role) to run. */
  public boolean needsPeople() {
    return needsPeople;
  }

  /** Returns a short name of what the rule finds, such as {@code Activity with no Accountable}. */
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
