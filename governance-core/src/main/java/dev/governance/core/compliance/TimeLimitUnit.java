package dev.governance.core.compliance;

/** The unit in which a time limit is counted. */
public enum TimeLimitUnit {
  /** Elapsed hours, such as the 72 hours of GDPR Art. 33. */
  HOURS,
  /** Calendar days. */
  CALENDAR_DAYS,
  /** Business days of a holiday calendar, such as the four of SEC Form 8-K Item 1.05. */
  BUSINESS_DAYS,
  /** Weeks. */
  WEEKS,
  /** Calendar months. */
  MONTHS,
  /** Calendar years. */
  YEARS
}
