package dev.governance.rules.deadline;

/** Where one dated occurrence of an obligation stands as of an instant. */
public enum OccurrenceStatus {
  /** Due later than its lead time from now. */
  UPCOMING,
  /** Due within its lead time. */
  DUE_SOON,
  /** Due today, and not yet done. */
  DUE_TODAY,
  /** Past due, not done, but within the grace period. */
  IN_GRACE,
  /** Past due and the grace period, not done. */
  OVERDUE,
  /** Done by its deadline. */
  DONE_ON_TIME,
  /** Done after its deadline. */
  DONE_LATE
}
