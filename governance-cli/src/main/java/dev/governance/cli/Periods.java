package dev.governance.cli;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.compliance.TimeLimit;
import dev.governance.core.compliance.TimeLimitUnit;
import dev.governance.rules.deadline.HolidayCalendars;
import dev.governance.rules.deadline.LegalDeadline;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The command line's words for periods, presets and calendars. */
final class Periods {

  private static final Pattern AMOUNT = Pattern.compile("([0-9]+)(h|d|bd|w|M|y)");

  /** The most digits an amount may have: a million of any unit reaches past every horizon. */
  private static final int MOST_DIGITS = 6;

  private Periods() {}

  /**
   * Returns the time limit written {@code 72h}, {@code 10d}, {@code 4bd} (business days), {@code
   * 2w}, {@code 1M} or {@code 1y}.
   */
  static TimeLimit period(String text) {
    Matcher m = AMOUNT.matcher(text.trim());
    if (!m.matches()) {
      throw GovernanceValidationException.of(
          "period",
          text,
          "an amount and a unit: h (hours), d (days), bd (business days), w (weeks), M (months) or"
              + " y (years), such as 72h or 4bd");
    }
    String digits = m.group(1).replaceFirst("^0+(?=.)", "");
    if (digits.length() > MOST_DIGITS) {
      throw GovernanceValidationException.of(
          "period", text, "an amount of at most 999999, not " + digits);
    }
    int amount = Integer.parseInt(digits);
    switch (m.group(2)) {
      case "h":
        return TimeLimit.of(amount, TimeLimitUnit.HOURS);
      case "d":
        return TimeLimit.of(amount, TimeLimitUnit.CALENDAR_DAYS);
      case "bd":
        return TimeLimit.of(amount, TimeLimitUnit.BUSINESS_DAYS);
      case "w":
        return TimeLimit.of(amount, TimeLimitUnit.WEEKS);
      case "M":
        return TimeLimit.of(amount, TimeLimitUnit.MONTHS);
      default:
        return TimeLimit.of(amount, TimeLimitUnit.YEARS);
    }
  }

  /**
   * Returns the preset's command-line id: its name in lower case with hyphens, {@code
   * gdpr-breach-notification}.
   */
  static String id(LegalDeadline preset) {
    return preset.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Returns the preset with command-line id {@code id}, if there is one. */
  static Optional<LegalDeadline> preset(String id) {
    for (LegalDeadline preset : LegalDeadline.values()) {
      if (id(preset).equals(id.trim())) {
        return Optional.of(preset);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the business-day calendar {@code id} (jollyday's country and subdivision ids, such as
   * {@code US}, {@code DE-BY}, {@code GB+US}), or weekends only when {@code id} is {@code none}; it
   * covers the years 1 to 9999, compiled a decade at a time as they are asked about. Kept for the
   * run: batches ask for the same calendar line after line.
   */
  static HolidayCalendar calendar(String id) {
    synchronized (CALENDARS) {
      return CALENDARS.computeIfAbsent(
          id,
          key ->
              id.equalsIgnoreCase("none")
                  ? HolidayCalendar.of("none", 1, 9999, List.of())
                  : HolidayCalendars.of(id));
    }
  }

  /** The most calendars kept: a batch names few, a hostile one cannot fill the heap with them. */
  private static final int KEPT_CALENDARS = 16;

  /** The calendars used lately, by id, the least recently used dropped first. */
  private static final Map<String, HolidayCalendar> CALENDARS =
      new LinkedHashMap<>(KEPT_CALENDARS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, HolidayCalendar> eldest) {
          return size() > KEPT_CALENDARS;
        }
      };
}
