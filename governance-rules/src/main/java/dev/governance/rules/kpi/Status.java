package dev.governance.rules.kpi;

/** A node's traffic light; GREY when it has no score. */
public enum Status {
  /** On target. */
  GREEN,
  /** At risk. */
  AMBER,
  /** Off target. */
  RED,
  /** No data to judge. */
  GREY
}
