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
  DUPLICATE_RACI_CELL("a RACI matrix fills one cell twice"),
  /** A cost report is in another currency than its project's budget. */
  COST_REPORT_FOREIGN_CURRENCY("a cost report is in another currency than its project's budget"),
  /** A project has a second cost report for a period already reported. */
  DUPLICATE_COST_REPORT_PERIOD("a project has two cost reports for one period"),
  /** A cost report's project has no budget, or a budget of 0. */
  COST_REPORT_UNBUDGETED_PROJECT("a cost report's project has no budget above 0"),
  /** A cost report has a negative planned value, earned value or actual cost. */
  COST_REPORT_NEGATIVE_AMOUNT("a cost report has a negative amount"),
  /** A system's service targets promise a value out of range. */
  SERVICE_TARGET_OUT_OF_RANGE("a service target is out of range"),
  /** An outage ends before it starts, or when it starts. */
  OUTAGE_ENDS_BEFORE_START("an outage ends before it starts"),
  /** An outage names an undefined system. */
  UNKNOWN_OUTAGE_SYSTEM("an outage names an undefined system"),
  /** An incident was acknowledged after it was resolved. */
  INCIDENT_ACKNOWLEDGED_AFTER_RESOLVED("an incident is acknowledged after it was resolved"),
  /** An incident was resolved before it was opened. */
  INCIDENT_RESOLVED_BEFORE_OPENED("an incident is resolved before it was opened"),
  /** Two incidents share an id. */
  DUPLICATE_INCIDENT_ID("two incidents share an id"),
  /** A request count has more errors than requests. */
  SERVICE_COUNT_ERRORS_ABOVE_REQUESTS("a request count has more errors than requests"),
  /** A system has a second request count for a period already counted. */
  DUPLICATE_SERVICE_COUNT_PERIOD("a system has two request counts for one period"),
  /** A loss scenario's frequency or magnitude does not read as an Open FAIR spec. */
  BAD_LOSS_SPEC("a loss scenario's frequency or magnitude does not read"),
  /** A loss scenario names an undefined risk. */
  UNKNOWN_LOSS_SCENARIO_RISK("a loss scenario names an undefined risk"),
  /** A mitigation action's co-owner is its owner. */
  MITIGATION_CO_OWNER_IS_OWNER("a mitigation action's co-owner is its owner"),
  /** A mitigation action has a completion day though not done, or none though done. */
  MITIGATION_COMPLETION_MISMATCH("a mitigation action's completion day does not fit its status"),
  /** A mitigation action's co-owner is no defined person. */
  UNKNOWN_MITIGATION_CO_OWNER("a mitigation action's co-owner is no defined person"),
  /** A derived KPI names both a system and a project: a subject its source does not take. */
  DERIVED_KPI_WRONG_SUBJECT("a derived KPI names a subject its source does not take"),
  /** A derived KPI names an undefined system, project or program. */
  UNKNOWN_DERIVED_KPI_SUBJECT("a derived KPI names an undefined system, project or program"),
  /** An observation is recorded for a KPI derived from the model's records. */
  OBSERVED_DERIVED_KPI("a derived KPI has an observation");

  private final String description;

  Defect(String description) {
    this.description = description;
  }

  /** Returns what is wrong, in plain English. */
  public String description() {
    return description;
  }
}
