package dev.governance.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.calendar.HolidayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class HolidayCalendarsTest {

  private static List<LocalDate> holidays(HolidayCalendar calendar, int year) {
    List<LocalDate> result = new ArrayList<>();
    for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
      if (calendar.isHoliday(day)) {
        result.add(day);
      }
    }
    return result;
  }

  @Test
  void usIsTheFederalCalendarOf5Usc6103() {
    HolidayCalendar us = HolidayCalendars.of("US");
    // OPM's federal holiday schedule for 2026, Columbus Day included; Independence Day observed on
    // Friday 3 July.
    assertThat(holidays(us, 2026))
        .containsExactly(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 1, 19),
            LocalDate.of(2026, 2, 16),
            LocalDate.of(2026, 5, 25),
            LocalDate.of(2026, 6, 19),
            LocalDate.of(2026, 7, 3),
            LocalDate.of(2026, 9, 7),
            LocalDate.of(2026, 10, 12),
            LocalDate.of(2026, 11, 11),
            LocalDate.of(2026, 11, 26),
            LocalDate.of(2026, 12, 25));
    // New Year's Day 2022 fell on a Saturday: observed on Friday 31 December 2021. Juneteenth from
    // 2021.
    assertThat(us.isHoliday(LocalDate.of(2021, 12, 31))).isTrue();
    assertThat(us.isHoliday(LocalDate.of(2021, 6, 18))).isTrue();
    assertThat(us.id()).isEqualTo("US");
  }

  @Test
  void nationalAndSubdivisionCalendarsFromJollyday() {
    HolidayCalendar de = HolidayCalendars.of("DE");
    assertThat(de.isHoliday(LocalDate.of(2026, 4, 3))).isTrue(); // Good Friday
    assertThat(de.isHoliday(LocalDate.of(2026, 1, 6)))
        .isFalse(); // Epiphany: Bavaria, not the whole of Germany
    assertThat(HolidayCalendars.of("DE-BY").isHoliday(LocalDate.of(2026, 1, 6))).isTrue();
    HolidayCalendar gb = HolidayCalendars.of("gb");
    assertThat(gb.isHoliday(LocalDate.of(2026, 12, 28)))
        .isTrue(); // Boxing Day, a Saturday, substituted on Monday
    assertThat(gb.isHoliday(LocalDate.of(2026, 8, 31)))
        .isFalse(); // the summer bank holiday differs within the UK
    assertThat(HolidayCalendars.of("GB-ENG").isHoliday(LocalDate.of(2026, 8, 31))).isTrue();
    assertThat(gb.id()).isEqualTo("GB");
  }

  @Test
  void combinesCalendarsJoinedByPlus() {
    HolidayCalendar both = HolidayCalendars.of("GB+US");
    assertThat(both.id()).isEqualTo("GB+US");
    assertThat(both.isBusinessDay(LocalDate.of(2026, 12, 28))).isFalse();
    assertThat(both.isBusinessDay(LocalDate.of(2026, 7, 3))).isFalse();
    assertThat(both.isBusinessDay(LocalDate.of(2026, 7, 2))).isTrue();
  }

  @Test
  void otherWeekends() {
    HolidayCalendar fridaySaturday =
        HolidayCalendars.of("AE", EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY));
    assertThat(fridaySaturday.isBusinessDay(LocalDate.of(2026, 3, 8))).isTrue(); // a Sunday
  }

  /**
   * Issue 20, point 4: `recur --rule FREQ=YEARLY --limit 10 --calendar DE-BY` failed at 2030 and a
   * 4-year deadline on US failed, since calendars covered a few years compiled up front. A calendar
   * now covers the years 1 to 9999, compiled a decade at a time as they are asked about.
   */
  @Test
  void aCalendarCoversEveryYearItIsAskedAbout() {
    HolidayCalendar bavaria = HolidayCalendars.of("DE-BY");
    assertThat(bavaria.firstYear()).isEqualTo(1);
    assertThat(bavaria.lastYear()).isEqualTo(9999);
    assertThat(bavaria.isHoliday(LocalDate.of(2030, 1, 1))).isTrue();
    assertThat(bavaria.isHoliday(LocalDate.of(2087, 1, 6))).isTrue(); // Epiphany, a Monday
    HolidayCalendar us = HolidayCalendars.of("US");
    // New Year's Day 2084 falls on a Saturday: observed on Friday 31 December 2083
    assertThat(us.isHoliday(LocalDate.of(2083, 12, 31))).isTrue();
    assertThat(us.shift(LocalDate.of(2026, 1, 2), 4 * 251)).isAfter(LocalDate.of(2029, 12, 1));
    assertThat(HolidayCalendars.of("us")).isEqualTo(us).isNotEqualTo(HolidayCalendars.of("GB"));
    assertThat(HolidayCalendars.of("GB+US")).isEqualTo(HolidayCalendars.of("gb+us"));
  }

  @Test
  void rejectsUnknownCalendars() {
    assertThatThrownBy(() -> HolidayCalendars.of("XX"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: calendar = 'XX': expected ids such as US, DE-BY or GB+US: ISO"
                + " 3166 country codes or other jollyday calendar codes, each with an optional"
                + " subdivision");
    assertThatThrownBy(() -> HolidayCalendars.of("GB+"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageStartingWith(
            "Invalid governance data: calendar = 'GB+': expected ids such as US");
    assertThatThrownBy(() -> HolidayCalendars.of("DE-XX"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageStartingWith(
            "Invalid governance data: calendar = 'DE-XX': expected a subdivision of DE: one of BB,"
                + " BE, BW, BY");
  }
}
