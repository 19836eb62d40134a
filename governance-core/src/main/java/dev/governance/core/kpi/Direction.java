package dev.governance.core.kpi;

/** Which way a KPI gets better. */
public enum Direction {
  /** More is better, such as availability or sales growth. */
  HIGHER_IS_BETTER,
  /** Less is better, such as incident resolution time or error rate. */
  LOWER_IS_BETTER,
  /** Closer to the target is better, such as budget variance around zero. */
  TARGET_RANGE
}
