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
    HolidayCalendar us = HolidayCalendars.of("US", 2021, 2026);
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
    HolidayCalendar de = HolidayCalendars.of("DE", 2026, 2026);
    assertThat(de.isHoliday(LocalDate.of(2026, 4, 3))).isTrue(); // Good Friday
    assertThat(de.isHoliday(LocalDate.of(2026, 1, 6)))
        .isFalse(); // Epiphany: Bavaria, not the whole of Germany
    assertThat(HolidayCalendars.of("DE-BY", 2026, 2026).isHoliday(LocalDate.of(2026, 1, 6)))
        .isTrue();
    HolidayCalendar gb = HolidayCalendars.of("gb", 2026, 2026);
    assertThat(gb.isHoliday(LocalDate.of(2026, 12, 28)))
        .isTrue(); // Boxing Day, a Saturday, substituted on Monday
    assertThat(gb.isHoliday(LocalDate.of(2026, 8, 31)))
        .isFalse(); // the summer bank holiday differs within the UK
    assertThat(HolidayCalendars.of("GB-ENG", 2026, 2026).isHoliday(LocalDate.of(2026, 8, 31)))
        .isTrue();
    assertThat(gb.id()).isEqualTo("GB");
  }

  @Test
  void combinesCalendarsJoinedByPlus() {
    HolidayCalendar both = HolidayCalendars.of("GB+US", 2026, 2026);
    assertThat(both.id()).isEqualTo("GB+US");
    assertThat(both.isBusinessDay(LocalDate.of(2026, 12, 28))).isFalse();
    assertThat(both.isBusinessDay(LocalDate.of(2026, 7, 3))).isFalse();
    assertThat(both.isBusinessDay(LocalDate.of(2026, 7, 2))).isTrue();
  }

  @Test
  void otherWeekends() {
    HolidayCalendar fridaySaturday =
        HolidayCalendars.of("AE", 2026, 2026, EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY));
    assertThat(fridaySaturday.isBusinessDay(LocalDate.of(2026, 3, 8))).isTrue(); // a Sunday
  }

  @Test
  void rejectsUnknownCalendars() {
    assertThatThrownBy(() -> HolidayCalendars.of("XX", 2026, 2026))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: calendar = 'XX': expected ids such as US, DE-BY or GB+US: ISO"
                + " 3166 country codes or other jollyday calendar codes, each with an optional"
                + " subdivision");
    assertThatThrownBy(() -> HolidayCalendars.of("GB+", 2026, 2026))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageStartingWith(
            "Invalid governance data: calendar = 'GB+': expected ids such as US");
    assertThatThrownBy(() -> HolidayCalendars.of("DE-XX", 2026, 2026))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageStartingWith(
            "Invalid governance data: calendar = 'DE-XX': expected a subdivision of DE: one of BB,"
                + " BE, BW, BY");
    assertThatThrownBy(() -> HolidayCalendars.of("DE", 2027, 2026))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: lastYear = 2026: expected a year from firstYear 2027");
  }
}
