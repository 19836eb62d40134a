package dev.governance.report;

/** Which way a value went over recent periods, judged by its direction (rising may be bad). */
public enum Trend {
  /** Better than before: an arrow toward the good direction. */
  IMPROVING,
  /** Worse than before. */
  DECLINING,
  /** About the same. */
  FLAT;

  /** Returns the arrow shown for the trend. */
  public String arrow() {
    switch (this) {
      case IMPROVING:
        return "\u25B2";
      case DECLINING:
        return "\u25BC";
      default:
        return "\u25B6";
    }
  }
}
