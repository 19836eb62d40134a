package dev.governance.core.time;

/** The length of a reporting period. Quarters, halves and years follow the fiscal year. */
public enum PeriodKind {
  /** One calendar month. */
  MONTH(1),
  /** Three months, the first starting with the fiscal year. */
  QUARTER(3),
  /** Six months, the first starting with the fiscal year. */
  HALF(6),
  /** Twelve months from the fiscal year's first month. */
  FISCAL_YEAR(12);

  private final int months;

  PeriodKind(int months) {
    this.months = months;
  }

  /** Returns the number of calendar months in a period of this kind. */
  public int months() {
    return months;
  }
}
