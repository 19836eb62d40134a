package dev.governance.rules.raci;

import dev.governance.rules.Severity;

/**
 * The rules of the RACI engine. Codes are a public contract: other programs parse them. Rules
 * {@code RACI-008} to {@code RACI-011} need to know who holds each role; without role assignments
 * they are reported once each as skipped ({@link Severity#INFO}).
 */
public enum RaciRule {
  /** An activity with no Accountable (DACI: no Approver). */
  NO_ACCOUNTABLE("RACI-001", Severity.ERROR, false),
  /** An activity with more than one Accountable. */
  SEVERAL_ACCOUNTABLE("RACI-002", Severity.ERROR, false),
  /** An activity with no Responsible (DACI: no Driver). */
  NO_RESPONSIBLE("RACI-003", Severity.ERROR, false),
  /** An empty cell on a critical activity, for each role required on it. */
  EMPTY_CRITICAL_CELL("RACI-004", Severity.ERROR, false),
  /** A letter that the matrix's scheme does not define. */
  UNDEFINED_LETTER("RACI-005", Severity.ERROR, false),
  /** A role with no letter on any activity. */
  IDLE_ROLE("RACI-006", Severity.WARNING, false),
  /** An activity with more Consulted (DACI: Contributors) than the policy's limit. */
  TOO_MANY_CONSULTED("RACI-007", Severity.WARNING, false),
  /** A role that is Accountable somewhere but held by no person or by several people. */
  ACCOUNTABLE_NOT_ONE_PERSON("RACI-008", Severity.ERROR, true),
  /** Segregation of duties: one person both does and checks an activity, or holds conflicting roles. */
  SEGREGATION_OF_DUTIES("RACI-009", Severity.ERROR, true),
  /** A person Accountable or Responsible for more activities than the policy's limits. */
  OVERLOADED_PERSON("RACI-010", Severity.WARNING, true),
  /** A role in the matrix that no person holds. */
  UNSTAFFED_ROLE("RACI-011", Severity.WARNING, true);

  private final String code;
  private final Severity defaultSeverity;
  private final boolean needsPeople;

  RaciRule(String code, Severity defaultSeverity, boolean needsPeople) {
    this.code = code;
    this.defaultSeverity = defaultSeverity;
    this.needsPeople = needsPeople;
  }

  /** Returns the rule's stable code, such as {@code RACI-001}. */
  public String code() {
    return code;
  }

  /** Returns the severity the rule reports with unless a policy says otherwise. */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** Returns whether the rule needs role assignments (who holds each role) to run. */
  public boolean needsPeople() {
    return needsPeople;
  }
}
