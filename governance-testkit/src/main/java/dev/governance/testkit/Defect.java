package dev.governance.testkit;

/**
 * A defect that {@link InvalidInputGenerator} injects into otherwise valid input. Each names what
 * is wrong; the generated {@link InvalidInput} names the path at which it must be reported.
 */
public enum Defect {
  /** Two people share an id. */
  DUPLICATE_PERSON_ID("two people share an id"),
  /** A risk's program-side owner is no defined person. */
  UNKNOWN_RISK_PROGRAM_OWNER("a risk's program-side owner is no defined person"),
  /** A risk's system-side owner is no defined person. */
  UNKNOWN_RISK_SYSTEM_OWNER("a risk's system-side owner is no defined person"),
  /** A risk assessment's likelihood is not a level of the likelihood scale. */
  ASSESSMENT_LEVEL_OFF_SCALE("an assessment's likelihood is off the likelihood scale"),
  /** A RACI matrix has a column for an undefined role. */
  UNKNOWN_RACI_ROLE("a RACI matrix names an undefined role"),
  /** An observation names an undefined KPI. */
  UNKNOWN_OBSERVATION_KPI("an observation names an undefined KPI"),
  /** A scorecard leaf names an undefined KPI. */
  UNKNOWN_SCORECARD_KPI("a scorecard leaf names an undefined KPI"),
  /** An obligation comes from an undefined regulation. */
  UNKNOWN_OBLIGATION_REGULATION("an obligation names an undefined regulation"),
  /** An obligation is owned by an undefined role. */
  UNKNOWN_OBLIGATION_OWNER_ROLE("an obligation's owner role is undefined"),
  /** A program lists an undefined project. */
  UNKNOWN_PROGRAM_PROJECT("a program lists an undefined project"),
  /** A system's owner is no defined person. */
  UNKNOWN_SYSTEM_OWNER("a system's owner is no defined person"),
  /** A role is assigned twice. */
  DUPLICATE_ROLE_ASSIGNMENT("a role has two assignments"),
  /** Organisational units form a parent loop. */
  UNIT_PARENT_CYCLE("organisational units form a parent loop"),
  /** A control's effectiveness is above 1. */
  CONTROL_EFFECTIVENESS_ABOVE_ONE("a control's effectiveness is above 1"),
  /** A KPI's target lies above its maximum. */
  KPI_TARGET_ABOVE_MAXIMUM("a KPI's target lies above its maximum"),
  /** A risk acceptance ends before it starts. */
  ACCEPTANCE_ENDS_BEFORE_START("an acceptance ends before it starts"),
  /** A person's id has white space in it. */
  MALFORMED_ID("an id has white space in it"),
  /** A RACI cell holds something other than letters. */
  RACI_CELL_NOT_LETTERS("a RACI cell holds a digit"),
  /** A RACI matrix fills the same cell twice. */
  DUPLICATE_RACI_CELL("a RACI matrix fills one cell twice");

  private final String description;

  Defect(String description) {
    this.description = description;
  }

  /** Returns what is wrong, in plain English. */
  public String description() {
    return description;
  }
}
