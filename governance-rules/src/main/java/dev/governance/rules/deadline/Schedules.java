package dev.governance.rules.deadline;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.inRange;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.MonthDay;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Compliance shorthand for schedules, as the RFC 5545 rules an {@code Obligation}'s recurrence
 * takes: "monthly on the 31st" (falling back to the last day of shorter months, RFC 7529 {@code
 * SKIP=BACKWARD}), quarterly, semi-annual and annual dates, the nth weekday of each month, month,
 * quarter and fiscal-year ends. Business days come after expansion: a {@link ComplianceCalendar}
 * moves each date by its convention, so the last <em>business</em> day of each month is {@link
 * #monthEnds()} with {@link dev.governance.core.calendar.BusinessDayConvention#PRECEDING}, and "40
 * days after each quarter end" is {@link #quarterEnds} with a time limit on the obligation.
 */
public final class Schedules {

  private Schedules() {}

  /**
   * Returns "every month on day {@code day}", on the month's last day when it is shorter.
   *
   * @param day from 1 to 31
   * @return the RRULE
   * @throws dev.governance.core.GovernanceValidationException if the day is out of range
   */
  public static String monthlyOnDay(int day) {
    return "FREQ=MONTHLY;" + onDay(day);
  }

  /**
   * Returns "every three months on day {@code day}", from {@code firstMonth} (January gives
   * January, April, July and October).
   *
   * @param firstMonth the first of the four months
   * @param day from 1 to 31, the month's last day when it is shorter
   * @return the RRULE
   */
  public static String quarterly(Month firstMonth, int day) {
    return "FREQ=YEARLY;BYMONTH=" + months(firstMonth, 3) + ";" + onDay(day);
  }

  /**
   * Returns "every six months on day {@code day}", from {@code firstMonth}.
   *
   * @param firstMonth the first of the two months
   * @param day from 1 to 31, the month's last day when it is shorter
   * @return the RRULE
   */
  public static String semiAnnual(Month firstMonth, int day) {
    return "FREQ=YEARLY;BYMONTH=" + months(firstMonth, 6) + ";" + onDay(day);
  }

  /**
   * Returns "every year on {@code date}", such as 15 April (NYDFS's annual certification, 23 NYCRR
   * 500.17(b)); 29 February falls back to the 28th in other years.
   *
   * @param date the month and day
   * @return the RRULE
   */
  public static String annual(MonthDay date) {
    return "FREQ=YEARLY;BYMONTH=" + date.getMonthValue() + ";" + onDay(date.getDayOfMonth());
  }

  /**
   * Returns "every month on the {@code n}th {@code weekday}", such as the second Tuesday; -1 for
   * the last.
   *
   * @param n from 1 to 5, or -1 to -5 counting from the month's end
   * @param weekday the weekday
   * @return the RRULE
   * @throws dev.governance.core.GovernanceValidationException if {@code n} is out of range
   */
  public static String nthWeekday(int n, DayOfWeek weekday) {
    check(n != 0 && Math.abs(n) <= 5, "n", n, "1 to 5, or -1 to -5 from the month's end");
    return "FREQ=MONTHLY;BYDAY=" + n + weekday.name().substring(0, 2);
  }

  /** Returns "the last day of every month". */
  public static String monthEnds() {
    return "FREQ=MONTHLY;BYMONTHDAY=-1";
  }

  /**
   * Returns "the last day of every fiscal quarter" for a fiscal year starting in {@code
   * fiscalYearStart}.
   *
   * @param fiscalYearStart the first month of the fiscal year (January for calendar quarters)
   * @return the RRULE
   */
  public static String quarterEnds(Month fiscalYearStart) {
    return "FREQ=YEARLY;BYMONTH=" + months(fiscalYearStart.minus(1), 3) + ";BYMONTHDAY=-1";
  }

  /**
   * Returns "the last day of every fiscal half-year" for a fiscal year starting in {@code
   * fiscalYearStart}.
   *
   * @param fiscalYearStart the first month of the fiscal year
   * @return the RRULE
   */
  public static String halfYearEnds(Month fiscalYearStart) {
    return "FREQ=YEARLY;BYMONTH=" + months(fiscalYearStart.minus(1), 6) + ";BYMONTHDAY=-1";
  }

  /**
   * Returns "the last day of every fiscal year" for a fiscal year starting in {@code
   * fiscalYearStart}.
   *
   * @param fiscalYearStart the first month of the fiscal year
   * @return the RRULE
   */
  public static String fiscalYearEnds(Month fiscalYearStart) {
    return "FREQ=YEARLY;BYMONTH=" + fiscalYearStart.minus(1).getValue() + ";BYMONTHDAY=-1";
  }

  /** The months from {@code first}, every {@code step} months, in calendar order. */
  private static String months(Month first, int step) {
    Objects.requireNonNull(first, "month");
    return IntStream.range(0, 12 / step)
        .map(i -> first.plus((long) i * step).getValue())
        .sorted()
        .mapToObj(Integer::toString)
        .collect(Collectors.joining(","));
  }

  /** BYMONTHDAY for {@code day}, falling back to the month's last day past its end. */
  private static String onDay(int day) {
    inRange(day, 1, 31, "day");
    return day <= 28
        ? "BYMONTHDAY=" + day
        : "RSCALE=GREGORIAN;BYMONTHDAY=" + day + ";SKIP=BACKWARD";
  }
}
