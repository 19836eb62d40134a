package dev.governance.core.kpi;

/**
 * A figure a KPI can be derived from instead of observed: computed per period from the model's
 * service records (for a system) or cost reports (for a project or program).
 */
public enum KpiSource {
  /** Availability in percent: 1 - unplanned downtime / period length. */
  AVAILABILITY("availability", Subject.SYSTEM),
  /** Mean time to resolve the incidents resolved in the period, in minutes. */
  MTTR("mttr", Subject.SYSTEM),
  /** Mean time to acknowledge the incidents acknowledged in the period, in minutes. */
  MTTA("mtta", Subject.SYSTEM),
  /** Mean time between failures, in hours: up time / unplanned outages starting in the period. */
  MTBF("mtbf", Subject.SYSTEM),
  /** Failed requests in percent of requests. */
  ERROR_RATE("errorRate", Subject.SYSTEM),
  /** The share of the error budget left, in percent: 1 - error rate / allowed error rate. */
  ERROR_BUDGET_REMAINING("errorBudgetRemaining", Subject.SYSTEM),
  /** The cost performance index, EV / AC, cumulative to the period's end. */
  CPI("cpi", Subject.PORTFOLIO),
  /** The schedule performance index, EV / PV, cumulative to the period's end. */
  SPI("spi", Subject.PORTFOLIO),
  /** The cost variance in percent of earned value, (EV - AC) / EV x 100. */
  COST_VARIANCE_PERCENT("costVariancePercent", Subject.PORTFOLIO),
  /** The schedule variance in days by earned schedule (Lipke), SV(t) x days per month. */
  SCHEDULE_VARIANCE_DAYS("scheduleVarianceDays", Subject.PORTFOLIO);

  /** What a source is computed for. */
  public enum Subject {
    /** An information system, from its outages, incidents and request counts. */
    SYSTEM,
    /** A project or a program, from cost reports. */
    PORTFOLIO
  }

  private final String code;
  private final Subject subject;

  KpiSource(String code, Subject subject) {
    this.code = code;
    this.subject = subject;
  }

  /** Returns the name a model uses, such as {@code availability}; a public contract. */
  public String code() {
    return code;
  }

  /** Returns what the source is computed for. */
  public Subject subject() {
    return subject;
  }
}
