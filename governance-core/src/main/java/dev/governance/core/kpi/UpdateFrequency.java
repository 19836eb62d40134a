package dev.governance.core.kpi;

import java.time.Period;

/** How often a KPI is expected to get a new observation; staleness is judged against it. */
public enum UpdateFrequency {
  /** Every day. */
  DAILY(Period.ofDays(1)),
  /** Every week. */
  WEEKLY(Period.ofWeeks(1)),
  /** Every month. */
  MONTHLY(Period.ofMonths(1)),
  /** Every quarter. */
  QUARTERLY(Period.ofMonths(3)),
  /** Every six months. */
  HALF_YEARLY(Period.ofMonths(6)),
  /** Every year. */
  YEARLY(Period.ofYears(1));

  private final Period interval;

  UpdateFrequency(Period interval) {
    this.interval = interval;
  }

  /** Returns the expected time between observations. */
  public Period interval() {
    return interval;
  }
}
