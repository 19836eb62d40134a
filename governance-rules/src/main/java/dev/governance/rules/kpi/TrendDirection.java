package dev.governance.rules.kpi;

/** Which way a KPI is heading, taking its direction into account. */
public enum TrendDirection {
  /** Getting better. */
  IMPROVING,
  /** Getting worse. */
  DECLINING,
  /** Changing by less than 1 % of its mean per period. */
  FLAT
}
