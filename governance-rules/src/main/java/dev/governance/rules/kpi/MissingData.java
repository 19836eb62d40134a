package dev.governance.rules.kpi;

/** What a scorecard does with a KPI that has no value for the period. */
public enum MissingData {
  /** Leave the KPI out and divide by the weights of the children present (the default). */
  EXCLUDE,
  /** Score the KPI 0. */
  ZERO,
  /**
   * Use the latest earlier period's value, up to the engine's maximum age, flagged as carried
   * forward.
   */
  CARRY_FORWARD,
  /** Grey the parent: a node with a missing child has no score. */
  GREY
}
