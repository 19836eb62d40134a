package dev.governance.core.calendar;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Rules that place a year's holidays, such as a national holiday law, from which a {@link
 * HolidayCalendar} compiles the years it is asked about ({@link HolidayCalendar#ofRules}).
 *
 * <p>A calendar calls the rules once per year it compiles, from one thread at a time per calendar,
 * and asks for the neighbouring years too, since a year's rules may place a day in the next or the
 * previous year (New Year's Day of 2028 observed on Friday 31 December 2027). Implementations with
 * value equality make calendars built from them equal.
 */
@FunctionalInterface
public interface HolidayRules {

  /**
   * Returns the holidays that the rules place for {@code year}.
   *
   * @param year a year from 0 to 10000 (a neighbour of the years 1 to 9999 a calendar covers)
   * @return the holidays; days outside {@code year} are allowed and kept in their own year
   */
  Collection<LocalDate> holidaysOf(int year);
}
