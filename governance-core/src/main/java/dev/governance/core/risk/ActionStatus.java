package dev.governance.core.risk;

/** Where a mitigation action stands. */
public enum ActionStatus {
  /** Agreed, not started. */
  PLANNED,
  /** Under way. */
  IN_PROGRESS,
  /** Finished; the action records the day. */
  DONE,
  /** Dropped. */
  CANCELLED;

  /** Returns whether the action still has work to do: planned or in progress. */
  public boolean isOpen() {
    return this == PLANNED || this == IN_PROGRESS;
  }
}
