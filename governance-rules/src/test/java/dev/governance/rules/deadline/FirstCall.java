package dev.governance.rules.deadline;

import dev.governance.core.calendar.HolidayCalendar;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The first use of a holiday calendar in a fresh JVM, timed: {@code HolidayCalendars.of(id)} and
 * one business-day test. {@link HolidayCalendarsTest} runs it in a child JVM to see which classes
 * it loads; {@code docs/development.md} shows how to time it by hand.
 */
public final class FirstCall {

  private FirstCall() {}

  /**
   * Prints whether the date is a business day and how long the first call took.
   *
   * @param args the calendar id ({@code DE} if none) and the date ({@code 2026-04-03} if none)
   */
  public static void main(String[] args) {
    long start = System.nanoTime();
    HolidayCalendar calendar = HolidayCalendars.of(args.length > 0 ? args[0] : "DE");
    LocalDate date = LocalDate.parse(args.length > 1 ? args[1] : "2026-04-03");
    boolean business = calendar.isBusinessDay(date);
    double millis = (System.nanoTime() - start) / 1e6;
    System.out.println(
        calendar.id()
            + " "
            + date
            + (business ? " business day " : " no business day ")
            + String.format(Locale.ROOT, "%.1f ms", millis));
  }
}
