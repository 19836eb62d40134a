package dev.governance.rules.deadline;

import static dev.governance.core.ArgChecker.check;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.calendar.HolidayRules;
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
 * de.focus-shift:jollyday}) into {@link HolidayCalendar} bitsets, for the years 1 to 9999, a decade
 * at a time as they are asked about.
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
   * Returns the calendar {@code id} with Saturday and Sunday as the weekend, for the years 1 to
   * 9999, compiled a decade at a time as dates are asked about.
   *
   * @param id such as {@code US}, {@code DE-BY} or {@code GB+US}
   * @return the calendar
   * @throws GovernanceValidationException if the id names no jollyday calendar or subdivision
   */
  public static HolidayCalendar of(String id) {
    return of(id, SATURDAY_SUNDAY);
  }

  /**
   * Returns the calendar {@code id} with {@code weekend} as its weekend (such as Friday and
   * Saturday), for the years 1 to 9999, compiled a decade at a time as dates are asked about.
   *
   * @param id such as {@code US}, {@code DE-BY} or {@code GB+US}
   * @param weekend the weekdays that are never business days
   * @return the calendar
   * @throws GovernanceValidationException if the id names no jollyday calendar or subdivision, or
   *     the weekend is invalid
   */
  public static HolidayCalendar of(String id, Set<DayOfWeek> weekend) {
    Objects.requireNonNull(id, "id");
    @Nullable HolidayCalendar result = null;
    for (String part : id.split("\\+", -1)) {
      HolidayCalendar calendar =
          HolidayCalendar.ofRules(part.toUpperCase(Locale.ROOT), weekend, rules(id, part));
      result = result == null ? calendar : result.combinedWith(calendar);
    }
    return Objects.requireNonNull(result);
  }

  private static JollydayRules rules(String id, String part) {
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
    return new JollydayRules(part.toUpperCase(Locale.ROOT), manager, subdivision);
  }

  /**
   * A jollyday calendar's rules: its public and bank holidays (observances, days marked but worked,
   * are left out). Equal when they name the same calendar and subdivision.
   */
  private static final class JollydayRules implements HolidayRules {
    private final String name;
    private final HolidayManager manager;
    private final String[] args;

    JollydayRules(String name, HolidayManager manager, @Nullable String subdivision) {
      this.name = name;
      this.manager = manager;
      this.args = subdivision == null ? new String[0] : new String[] {subdivision};
    }

    @Override
    public List<LocalDate> holidaysOf(int year) {
      List<LocalDate> holidays = new ArrayList<>();
      // one manager may serve several calendars compiling at once
      synchronized (manager) {
        try {
          for (Holiday holiday : manager.getHolidays(Year.of(year), args)) {
            if (holiday.getType() != HolidayType.OBSERVANCE) {
              holidays.add(holiday.getDate());
            }
          }
        } catch (RuntimeException e) {
          // rules on other calendars (Islamic, Hebrew) reach only the years java.time converts
          throw GovernanceValidationException.of(
              "year",
              year,
              "a year whose holidays the rules of calendar "
                  + name
                  + " can place ("
                  + e.getMessage()
                  + ")");
        }
      }
      return holidays;
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof JollydayRules r && r.name.equals(name);
    }

    @Override
    public int hashCode() {
      return name.hashCode();
    }
  }
}
