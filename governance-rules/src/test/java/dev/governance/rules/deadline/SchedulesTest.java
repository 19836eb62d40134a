package dev.governance.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.calendar.BusinessDayConvention;
import dev.governance.core.compliance.Obligation;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulesTest {

  private static List<LocalDate> first(String rrule, int n, LocalDate start) {
    return Recurrence.parse(rrule)
        .localInstances(start.atStartOfDay(), ZoneOffset.UTC)
        .limit(n)
        .map(LocalDateTime::toLocalDate)
        .toList();
  }

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  @Test
  void monthlyQuarterlySemiAnnualAndAnnual() {
    assertThat(Schedules.monthlyOnDay(31))
        .isEqualTo("FREQ=MONTHLY;RSCALE=GREGORIAN;BYMONTHDAY=31;SKIP=BACKWARD");
    assertThat(first(Schedules.monthlyOnDay(31), 3, d(2026, 1, 1)))
        .containsExactly(d(2026, 1, 31), d(2026, 2, 28), d(2026, 3, 31));
    assertThat(first(Schedules.monthlyOnDay(15), 2, d(2026, 1, 1)))
        .containsExactly(d(2026, 1, 15), d(2026, 2, 15));
    assertThat(first(Schedules.quarterly(Month.FEBRUARY, 10), 5, d(2026, 1, 1)))
        .containsExactly(
            d(2026, 2, 10), d(2026, 5, 10), d(2026, 8, 10), d(2026, 11, 10), d(2027, 2, 10));
    assertThat(first(Schedules.semiAnnual(Month.SEPTEMBER, 30), 3, d(2026, 1, 1)))
        .containsExactly(d(2026, 3, 30), d(2026, 9, 30), d(2027, 3, 30));
    assertThat(first(Schedules.annual(MonthDay.of(4, 15)), 2, d(2026, 1, 1)))
        .containsExactly(d(2026, 4, 15), d(2027, 4, 15));
    assertThat(first(Schedules.annual(MonthDay.of(2, 29)), 2, d(2027, 1, 1)))
        .containsExactly(d(2027, 2, 28), d(2028, 2, 29));
  }

  @Test
  void weekdaysAndPeriodEnds() {
    assertThat(first(Schedules.nthWeekday(2, DayOfWeek.TUESDAY), 2, d(2026, 1, 1)))
        .containsExactly(d(2026, 1, 13), d(2026, 2, 10));
    assertThat(first(Schedules.nthWeekday(-1, DayOfWeek.FRIDAY), 1, d(2026, 1, 1)))
        .containsExactly(d(2026, 1, 30));
    assertThat(first(Schedules.monthEnds(), 2, d(2026, 1, 1)))
        .containsExactly(d(2026, 1, 31), d(2026, 2, 28));
    assertThat(first(Schedules.quarterEnds(Month.JANUARY), 4, d(2026, 1, 1)))
        .containsExactly(d(2026, 3, 31), d(2026, 6, 30), d(2026, 9, 30), d(2026, 12, 31));
    assertThat(first(Schedules.quarterEnds(Month.JULY), 2, d(2026, 1, 1)))
        .containsExactly(d(2026, 3, 31), d(2026, 6, 30));
    assertThat(first(Schedules.quarterEnds(Month.FEBRUARY), 2, d(2026, 1, 1)))
        .containsExactly(d(2026, 1, 31), d(2026, 4, 30));
    assertThat(first(Schedules.halfYearEnds(Month.APRIL), 2, d(2026, 1, 1)))
        .containsExactly(d(2026, 3, 31), d(2026, 9, 30));
    assertThat(first(Schedules.fiscalYearEnds(Month.APRIL), 1, d(2026, 1, 1)))
        .containsExactly(d(2026, 3, 31));
    assertThat(first(Schedules.fiscalYearEnds(Month.JANUARY), 1, d(2026, 1, 1)))
        .containsExactly(d(2026, 12, 31));
  }

  @Test
  void lastBusinessDayOfTheMonthIsMonthEndsWithPreceding() {
    Obligation close =
        Obligation.builder()
            .id("close")
            .title("Month-end close")
            .regulation("SOX")
            .citation("ITGC")
            .ownerRole("cfo")
            .recurrence(Schedules.monthEnds())
            .build();
    ComplianceCalendar calendar =
        ComplianceCalendar.builder()
            .calendar(HolidayCalendars.of("US"))
            .putConventions("close", BusinessDayConvention.PRECEDING)
            .build();
    assertThat(
            calendar.occurrences(
                List.of(close),
                List.of(),
                List.of(),
                d(2026, 5, 1),
                d(2026, 10, 31),
                Instant.parse("2026-05-01T00:00:00Z")))
        .extracting(Occurrence::dueDate)
        .containsExactly(
            d(2026, 5, 29),
            d(2026, 6, 30),
            d(2026, 7, 31),
            d(2026, 8, 31),
            d(2026, 9, 30),
            d(2026, 10, 30));
  }

  @Test
  void rejectsDaysAndWeekdaysOutOfRange() {
    assertThatThrownBy(() -> Schedules.monthlyOnDay(32))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageStartingWith("Invalid governance data: day = 32");
    assertThatThrownBy(() -> Schedules.nthWeekday(0, DayOfWeek.MONDAY))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: n = 0: expected 1 to 5, or -1 to -5 from the month's end");
    assertThatThrownBy(() -> Schedules.nthWeekday(6, DayOfWeek.MONDAY))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: n = 6: expected 1 to 5, or -1 to -5 from the month's end");
  }
}
