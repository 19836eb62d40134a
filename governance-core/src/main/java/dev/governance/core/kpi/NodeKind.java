package dev.governance.core.kpi;

/** The level of a node in a scorecard tree, from the top down. */
public enum NodeKind {
  /** A perspective, directly under the scorecard. */
  PERSPECTIVE,
  /** A strategic objective, under a perspective or another objective. */
  OBJECTIVE,
  /** A KPI, the leaf that carries observations. */
  KPI
}
