package dev.governance.rules.deadline;

import static dev.governance.core.ArgChecker.check;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.calendar.HolidayCalendar;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * National business-day calendars, compiled from the holiday rules of jollyday ({@code
 * de.focus-shift:jollyday}) into {@link HolidayCalendar} bitsets for a range of years.
 *
 * <p>An id names a country by its ISO 3166 code ({@code DE}, {@code GB}, {@code FR}) or another
 * jollyday calendar ({@code TARGET}, {@code NYSE}), optionally a subdivision after a hyphen ({@code
 * DE-BY}, {@code US-NY}), and several such joined by {@code +} give their combination, in which a
 * day is a holiday if it is one in any ({@code GB+US}). Public and bank holidays count; observances
 * (days marked but worked) do not.
 *
 * <p>{@code US} is the federal calendar of 5 U.S.C. 6103, on which SEC deadlines (Rule 0-3, Form
 * 8-K) run: jollyday's United States calendar leaves Columbus Day to the states, so {@code US}
 * reads the federal rules, in jollyday's own format, from {@code us-federal.xml} beside this class.
 * {@code US-NY} and other subdivisions are jollyday's.
 */
public final class HolidayCalendars {

  private static final Pattern PART = Pattern.compile("([A-Za-z0-9_]+)(?:-([A-Za-z0-9_]+))?");
  private static final Set<DayOfWeek> SATURDAY_SUNDAY =
      EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

  private HolidayCalendars() {}

  /**
   * Returns the calendar {@code id} for the years {@code firstYear} to {@code lastYear}, with
   * Saturday and Sunday as the weekend.
   *
   * @param id such as {@code US}, {@code DE-BY} or {@code GB+US}
   * @param firstYear the first year covered
   * @param lastYear the last year covered
   * @return the compiled calendar
   * @throws GovernanceValidationException if the id names no jollyday calendar or subdivision, or
   *     the years are out of order
   */
  public static HolidayCalendar of(String id, int firstYear, int lastYear) {
    return of(id, firstYear, lastYear, SATURDAY_SUNDAY);
  }

  /**
   * Returns the calendar {@code id} for the years {@code firstYear} to {@code lastYear}, with
   * {@code weekend} as its weekend (such as Friday and Saturday).
   *
   * @param id such as {@code US}, {@code DE-BY} or {@code GB+US}
   * @param firstYear the first year covered
   * @param lastYear the last year covered
   * @param weekend the weekdays that are never business days
   * @return the compiled calendar
   * @throws GovernanceValidationException if the id names no jollyday calendar or subdivision, or
   *     the years or weekend are invalid
   */
  public static HolidayCalendar of(String id, int firstYear, int lastYear, Set<DayOfWeek> weekend) {
    Objects.requireNonNull(id, "id");
    @Nullable HolidayCalendar result = null;
    for (String part : id.split("\\+", -1)) {
      HolidayCalendar calendar = single(id, part, firstYear, lastYear, weekend);
      result = result == null ? calendar : result.combinedWith(calendar);
    }
    return Objects.requireNonNull(result);
  }

  private static HolidayCalendar single(
      String id, String part, int firstYear, int lastYear, Set<DayOfWeek> weekend) {
    var matcher = PART.matcher(part);
    String expected =
        "ids such as US, DE-BY or GB+US: ISO 3166 country codes or other jollyday calendar codes,"
            + " each with an optional subdivision";
    check(matcher.matches(), "calendar", id, expected);
    String code = matcher.group(1).toLowerCase(Locale.ROOT);
    @Nullable String subdivision =
        matcher.group(2) == null ? null : matcher.group(2).toLowerCase(Locale.ROOT);
    HolidayManager manager;
    if (code.equals("us") && subdivision == null) {
      URL federal =
          Objects.requireNonNull(
              HolidayCalendars.class.getResource("us-federal.xml"), "us-federal.xml");
      manager = HolidayManager.getInstance(ManagerParameters.create(federal));
    } else {
      check(
          HolidayManager.getSupportedCalendarCodes().contains(code.toUpperCase(Locale.ROOT)),
          "calendar",
          id,
          expected);
      manager = HolidayManager.getInstance(ManagerParameters.create(code));
    }
    String[] args = subdivision == null ? new String[0] : new String[] {subdivision};
    if (subdivision != null) {
      Set<String> subdivisions = manager.getCalendarHierarchy().getChildren().keySet();
      check(
          subdivisions.contains(subdivision),
          "calendar",
          id,
          "a subdivision of "
              + code.toUpperCase(Locale.ROOT)
              + ": one of "
              + String.join(
                  ", ",
                  subdivisions.stream().sorted().map(s -> s.toUpperCase(Locale.ROOT)).toList()));
    }
    check(lastYear >= firstYear, "lastYear", lastYear, "a year from firstYear " + firstYear);
    List<LocalDate> holidays = new ArrayList<>();
    // a year's rules may place a holiday in a neighbouring year (New Year's Day observed on 31
    // December)
    for (int year = firstYear - 1; year <= lastYear + 1; year++) {
      for (Holiday holiday : manager.getHolidays(Year.of(year), args)) {
        if (holiday.getType() != HolidayType.OBSERVANCE) {
          holidays.add(holiday.getDate());
        }
      }
    }
    return HolidayCalendar.of(
        part.toUpperCase(Locale.ROOT), firstYear, lastYear, weekend, holidays);
  }
}
