package dev.governance.rules.kpi;

/** What is wrong with the data behind a node's result. */
public enum DataQuality {
  /**
   * No value for the period (for a container: a child missing under the GREY policy, or none
   * present).
   */
  MISSING,
  /** The latest observation is older than the KPI's update frequency allows. */
  STALE,
  /** The value is an earlier period's, carried forward. */
  CARRIED_FORWARD
}
