package dev.governance.rules.kpi;

/** How a scorecard node combines its children's scores (BSC Designer's container rules). */
public enum RollUp {
  /** Sum of weight x score over the children present, divided by their weights (the default). */
  WEIGHTED_MEAN,
  /** The lowest child score. */
  WORST,
  /** The highest child score. */
  BEST,
  /** The sum of the child scores. */
  SUM,
  /** The plain mean of the child scores, weights ignored. */
  MEAN
}
