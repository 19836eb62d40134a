package dev.governance.rules.risk;

/** Where a risk's residual score stands against the organisation's appetite and tolerance. */
public enum AppetiteStatus {
  /** At or below the appetite. */
  WITHIN_APPETITE,
  /** Above the appetite, at or below the tolerance. */
  WITHIN_TOLERANCE,
  /** Above the tolerance. */
  OUTSIDE_TOLERANCE
}
