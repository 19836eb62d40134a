package dev.governance.core.kpi;

/** How a KPI's observations within a reporting period become the period's one value. */
public enum Aggregation {
  /** The sum, such as incidents per month. */
  SUM,
  /** The arithmetic mean. */
  MEAN,
  /** The latest observation, such as a balance or a cumulative figure. */
  LAST,
  /** The smallest observation. */
  MIN,
  /** The largest observation. */
  MAX,
  /** The number of observations. */
  COUNT,
  /** The mean weighted by each observation's weight, such as availability weighted by traffic. */
  WEIGHTED_MEAN
}
