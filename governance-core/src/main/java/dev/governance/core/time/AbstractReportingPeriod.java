package dev.governance.core.time;

import static dev.governance.core.ArgChecker.check;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.PlainFieldStyle;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A reporting period: a month, a quarter, a half or a fiscal year, in a fiscal year that starts in
 * a configurable month (January for the calendar year, October for the US federal year, April for
 * the UK and Japanese years).
 *
 * <p>A fiscal year is named by the calendar year in which it ends: with an October start, {@code
 * FY2026} runs from 1 October 2025 to 30 September 2026. Quarters and halves are counted from the
 * fiscal year's first month. Periods of the calendar year are labelled {@code 2026}, {@code
 * 2026-H1}, {@code 2026-Q3}, {@code 2026-03}; fiscal ones {@code FY2026}, {@code FY2026-Q1}.
 */
@Value.Immutable
@PlainFieldStyle
// Immutables pattern: the generated final ReportingPeriod is the only subclass, so this is its own
// type
@SuppressWarnings("ComparableType")
abstract class AbstractReportingPeriod implements Comparable<ReportingPeriod> {

  /** A calendar-year label: year, then a month, quarter or half, if any. */
  private static final Pattern LABEL =
      Pattern.compile("(\\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4])|-H([12]))?");

  /** Returns the kind of period. */
  @Value.Parameter
  public abstract PeriodKind kind();

  /** Returns the first day of the period; always the first day of a month. */
  @Value.Parameter
  public abstract LocalDate start();

  /** Returns the first month of the fiscal year this period belongs to. */
  @Value.Parameter
  public abstract Month fiscalYearStart();

  /**
   * Returns the calendar month {@code month} as a period of the calendar year.
   *
   * @param month the month
   * @return the period
   */
  public static ReportingPeriod month(YearMonth month) {
    return ReportingPeriod.of(PeriodKind.MONTH, month.atDay(1), Month.JANUARY);
  }

  /**
   * Returns the calendar-year period a label names: a month {@code 2025-03} (ISO 8601), a quarter
   * {@code 2025-Q1}, a half {@code 2025-H2} or a year {@code 2025}; the inverse of {@link
   * #toString()} for periods of the calendar year. Fiscal-year periods are given as objects.
   *
   * @param text the label
   * @return the period
   * @throws dev.governance.core.GovernanceValidationException if the text is no such label
   */
  public static ReportingPeriod parse(String text) {
    Matcher m = LABEL.matcher(text);
    if (!m.matches()) {
      throw GovernanceValidationException.of(
          "period",
          text,
          "a calendar month such as 2025-03, a quarter 2025-Q1, a half 2025-H2 or a year 2025");
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) != null) {
      return month(YearMonth.of(year, Integer.parseInt(m.group(2))));
    }
    if (m.group(3) != null) {
      return of(PeriodKind.QUARTER, year, Integer.parseInt(m.group(3)), Month.JANUARY);
    }
    if (m.group(4) != null) {
      return of(PeriodKind.HALF, year, Integer.parseInt(m.group(4)), Month.JANUARY);
    }
    return of(PeriodKind.FISCAL_YEAR, year, 1, Month.JANUARY);
  }

  /**
   * Returns the period of {@code kind} that contains {@code date}.
   *
   * @param kind the kind of period
   * @param date any day in the period
   * @param fiscalYearStart the first month of the fiscal year
   * @return the period
   */
  public static ReportingPeriod containing(PeriodKind kind, LocalDate date, Month fiscalYearStart) {
    int offset = Math.floorMod(date.getMonthValue() - fiscalYearStart.getValue(), 12);
    int intoPeriod = offset % kind.months();
    LocalDate start = date.withDayOfMonth(1).minusMonths(intoPeriod);
    return ReportingPeriod.of(kind, start, fiscalYearStart);
  }

  /**
   * Returns the {@code index}-th period of {@code kind} in fiscal year {@code fiscalYear}.
   *
   * @param kind the kind of period
   * @param fiscalYear the calendar year in which the fiscal year ends
   * @param index 1 for the first period of the fiscal year
   * @param fiscalYearStart the first month of the fiscal year
   * @return the period
   * @throws dev.governance.core.GovernanceValidationException if {@code index} is not between 1 and
   *     the number of such periods in a year
   */
  public static ReportingPeriod of(
      PeriodKind kind, int fiscalYear, int index, Month fiscalYearStart) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fiscalYearStart, "fiscalYearStart");
    int perYear = 12 / kind.months();
    check(index >= 1 && index <= perYear, "index", index, "an integer from 1 to " + perYear);
    LocalDate yearStart = fiscalYearFirstDay(fiscalYear, fiscalYearStart);
    return ReportingPeriod.of(
        kind, yearStart.plusMonths((long) (index - 1) * kind.months()), fiscalYearStart);
  }

  /** Returns the last day of the period, inclusive. */
  public LocalDate end() {
    return endExclusive().minusDays(1);
  }

  /**
   * Returns the first day as a count of days from 1970-01-01 ({@link LocalDate#toEpochDay()}),
   * computed once, for arithmetic over millions of observations dated by this period: a plain field
   * ({@link dev.governance.core.PlainFieldStyle}), as is {@link #endEpochDay()}; both are computed
   * from the parameters alone.
   */
  @Value.Derived
  @Value.Auxiliary
  public long startEpochDay() {
    return start().toEpochDay();
  }

  /** Returns the last day, inclusive, as a count of days from 1970-01-01, computed once. */
  @Value.Derived
  @Value.Auxiliary
  public long endEpochDay() {
    return end().toEpochDay();
  }

  /** Returns the first day after the period. */
  public LocalDate endExclusive() {
    return start().plusMonths(kind().months());
  }

  /** Returns the number of days in the period. */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start(), endExclusive());
  }

  /** Returns the fiscal year, named by the calendar year in which it ends. */
  public int fiscalYear() {
    LocalDate yearEnd =
        fiscalYearFirstDayOnOrBefore(start(), fiscalYearStart()).plusMonths(12).minusDays(1);
    return yearEnd.getYear();
  }

  /** Returns the 1-based position of this period in its fiscal year (Q3 gives 3). */
  public int index() {
    int offset = Math.floorMod(start().getMonthValue() - fiscalYearStart().getValue(), 12);
    return offset / kind().months() + 1;
  }

  /**
   * Returns whether {@code date} falls in the period.
   *
   * @param date the day
   * @return true if {@code start() <= date <= end()}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && date.isBefore(endExclusive());
  }

  /** Returns the period of the same kind that follows this one. */
  public ReportingPeriod next() {
    return ReportingPeriod.of(kind(), endExclusive(), fiscalYearStart());
  }

  /** Returns the period of the same kind that precedes this one. */
  public ReportingPeriod previous() {
    return ReportingPeriod.of(kind(), start().minusMonths(kind().months()), fiscalYearStart());
  }

  /** Orders periods by start date, then by length (shorter first). */
  @Override
  public int compareTo(ReportingPeriod other) {
    int byStart = start().compareTo(other.start());
    return byStart != 0 ? byStart : Integer.compare(kind().months(), other.kind().months());
  }

  /** Returns the period's label, such as {@code 2026-Q3}, {@code FY2026-H1} or {@code 2026-03}. */
  @Override
  public String toString() {
    boolean calendar = fiscalYearStart() == Month.JANUARY;
    if (kind() == PeriodKind.MONTH) {
      return YearMonth.from(start()).toString();
    }
    // four digits as ISO 8601 writes years (0320-Q1, as YearMonth writes 0320-03), so labels read
    // back
    int fiscalYear = fiscalYear();
    String year =
        (calendar ? "" : "FY")
            + (fiscalYear >= 0 && fiscalYear < 1000
                ? String.format(Locale.ROOT, "%04d", fiscalYear)
                : Integer.toString(fiscalYear));
    switch (kind()) {
      case QUARTER:
        return year + "-Q" + index();
      case HALF:
        return year + "-H" + index();
      default:
        return year;
    }
  }

  @Value.Check
  protected void validate() {
    check(start().getDayOfMonth() == 1, "start", start(), "the first day of a month");
    int offset = Math.floorMod(start().getMonthValue() - fiscalYearStart().getValue(), 12);
    check(
        offset % kind().months() == 0,
        "start",
        start(),
        "the first day of a "
            + kind().name().toLowerCase(Locale.ROOT)
            + " of a fiscal year starting in "
            + fiscalYearStart());
  }

  private static LocalDate fiscalYearFirstDay(int fiscalYear, Month fiscalYearStart) {
    int startYear = fiscalYearStart == Month.JANUARY ? fiscalYear : fiscalYear - 1;
    return LocalDate.of(startYear, fiscalYearStart, 1);
  }

  private static LocalDate fiscalYearFirstDayOnOrBefore(LocalDate date, Month fiscalYearStart) {
    int offset = Math.floorMod(date.getMonthValue() - fiscalYearStart.getValue(), 12);
    return date.withDayOfMonth(1).minusMonths(offset);
  }
}
