package dev.governance.rules.deadline.internal;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.calendar.HolidayRules;
import java.net.URL;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A jollyday calendar's rules: its public and bank holidays (observances, days marked but worked,
 * are left out). Equal when they name the same calendar and subdivision.
 *
 * <p>{@code US} without a subdivision is the federal calendar of 5 U.S.C. 6103, read from {@code
 * us-federal.xml} beside {@link dev.governance.rules.deadline.HolidayCalendars} in jollyday's own
 * format; every other code, {@code US} with a subdivision included, is jollyday's. This is the one
 * class of the library that loads jollyday (and through it JAXB and SLF4J): {@link
 * PrecompiledHolidays} falls back on it for the years outside its span, and {@link
 * HolidayDataGenerator} writes the pre-compiled data from it.
 */
public final class JollydayRules implements HolidayRules {
  private final String name;
  private final HolidayManager manager;
  private final String[] args;

  private JollydayRules(String name, HolidayManager manager, @Nullable String subdivision) {
    this.name = name;
    this.manager = manager;
    this.args = subdivision == null ? new String[0] : new String[] {subdivision};
  }

  /**
   * Returns the rules of jollyday calendar {@code code}, or of its subdivision. Neither is checked
   * here: {@link #calendarCodes()} and {@link #subdivisionsOf(String)} list what exists.
   *
   * @param name the calendar's id, such as {@code DE-BY}, which equality compares
   * @param code a jollyday calendar code, such as {@code de}, in any case
   * @param subdivision a subdivision's code as jollyday spells it, such as {@code by}, or null
   * @return the rules
   */
  public static JollydayRules of(String name, String code, @Nullable String subdivision) {
    return new JollydayRules(name, manager(code, subdivision == null), subdivision);
  }

  /** Returns the codes of jollyday's calendars, such as {@code DE} and {@code TARGET}, sorted. */
  public static List<String> calendarCodes() {
    return List.copyOf(new TreeSet<>(HolidayManager.getSupportedCalendarCodes()));
  }

  /**
   * Returns the codes of the subdivisions of jollyday calendar {@code code} (of its first level, as
   * jollyday spells them, such as {@code by} for Bavaria), sorted.
   *
   * @param code a code of {@link #calendarCodes()}, in any case
   * @return the codes; empty when the calendar has none
   */
  public static List<String> subdivisionsOf(String code) {
    Set<String> children = manager(code, false).getCalendarHierarchy().getChildren().keySet();
    return List.copyOf(new TreeSet<>(children));
  }

  private static HolidayManager manager(String code, boolean federal) {
    String lower = code.toLowerCase(Locale.ROOT);
    if (federal && lower.equals("us")) {
      // beside HolidayCalendars, named rather than reached through it: no package cycle
      URL rules =
          Objects.requireNonNull(
              JollydayRules.class.getResource("/dev/governance/rules/deadline/us-federal.xml"),
              "us-federal.xml");
      return HolidayManager.getInstance(ManagerParameters.create(rules));
    }
    return HolidayManager.getInstance(ManagerParameters.create(lower));
  }

  /**
   * Returns the public and bank holidays jollyday places for {@code year}, in its order.
   *
   * @throws GovernanceValidationException naming the year when the rules cannot place it (rules on
   *     other calendars, Islamic or Hebrew, reach only the years java.time converts)
   */
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

  @Override
  public String toString() {
    return "JollydayRules{" + name + "}";
  }
}
