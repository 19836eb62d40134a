package dev.governance.testkit;

/**
 * A defect that {@link RaciCaseGenerator} injects into an otherwise valid responsibility matrix and
 * its role holders, with the code of the one RACI rule it must trip under the standard policy.
 */
public enum RaciDefect {
  /** An activity loses its Accountable. */
  NO_ACCOUNTABLE("RACI-001"),
  /** An activity gets a second Accountable. */
  SEVERAL_ACCOUNTABLE("RACI-002"),
  /** An activity loses its Responsible. */
  NO_RESPONSIBLE("RACI-003"),
  /** A new critical activity leaves one role's cell empty. */
  EMPTY_CRITICAL_CELL("RACI-004"),
  /** A cell gets a letter the scheme does not define. */
  UNDEFINED_LETTER("RACI-005"),
  /** A new role, held by a person, has no letter anywhere. */
  IDLE_ROLE("RACI-006"),
  /** An activity gets six Consulted. */
  TOO_MANY_CONSULTED("RACI-007"),
  /** An Accountable role gets a second holder. */
  ACCOUNTABLE_HELD_BY_TWO("RACI-008"),
  /** A Responsible cell also gets the Verifier letter (the matrix becomes RACI-VS). */
  DOES_AND_VERIFIES("RACI-009"),
  /** One person becomes Accountable for sixteen more activities. */
  OVERLOADED_PERSON("RACI-010"),
  /** A new role with letters has no holder. */
  UNSTAFFED_ROLE("RACI-011");

  private final String code;

  RaciDefect(String code) {
    this.code = code;
  }

  /** Returns the code of the rule the defect trips, such as {@code RACI-001}. */
  public String code() {
    return code;
  }
}
