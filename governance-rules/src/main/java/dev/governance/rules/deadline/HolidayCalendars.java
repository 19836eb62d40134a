package dev.governance.rules.deadline;

import static dev.governance.core.ArgChecker.check;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.calendar.HolidayRules;
import dev.governance.rules.deadline.internal.PrecompiledHolidays;
import java.time.DayOfWeek;
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
 *
 * <p>The holidays of the years 1900 to 2169 come pre-compiled: the build computes them with
 * jollyday, for every calendar and subdivision an id may name, and ships them in the jar ({@code
 * holiday-data/} beside this class), so a calendar answers for those years without loading
 * jollyday, its XML binding (JAXB) or SLF4J. The other years are computed by jollyday the first
 * time they are asked about, with the same results and errors as before. The pre-compiled days are
 * those of the jollyday version governance-rules was built with and of jollyday's default
 * configuration: a different jollyday version, {@code jollyday.properties} or holiday files of the
 * application's own change only the years jollyday computes.
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
   * @throws IllegalStateException if the pre-compiled holiday data in the jar is missing or corrupt
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
   * @throws IllegalStateException if the pre-compiled holiday data in the jar is missing or corrupt
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

  private static HolidayRules rules(String id, String part) {
    var matcher = PART.matcher(part);
    String expected =
        "ids such as US, DE-BY or GB+US: ISO 3166 country codes or other jollyday calendar codes,"
            + " each with an optional subdivision";
    check(matcher.matches(), "calendar", id, expected);
    String code = matcher.group(1).toUpperCase(Locale.ROOT);
    PrecompiledHolidays.@Nullable Country country = PrecompiledHolidays.country(code);
    if (country == null) {
      throw GovernanceValidationException.of("calendar", id, expected);
    }
    @Nullable String subdivision = null;
    @Nullable String asked = matcher.group(2);
    if (asked != null) {
      // jollyday's subdivision codes are mostly lower case (de: by) and a few upper case (mg: A):
      // an id names one in any case
      List<String> subdivisions = country.subdivisions();
      subdivision = subdivisions.stream().filter(asked::equalsIgnoreCase).findFirst().orElse(null);
      check(
          subdivision != null,
          "calendar",
          id,
          "a subdivision of "
              + code
              + ": one of "
              + String.join(
                  ", ", subdivisions.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList()));
    }
    return country.rules(part.toUpperCase(Locale.ROOT), subdivision);
  }
}
