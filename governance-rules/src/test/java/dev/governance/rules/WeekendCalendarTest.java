package dev.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.model.GovernanceModel;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WeekendCalendarTest {

  @Test
  void coversTheYearBeforeToTwoYearsAfterWithWeekendsOff() {
    GovernanceModel model = GovernanceModel.builder().name("m").build();
    HolidayCalendar calendar =
        WeekendCalendar.covering(model, LocalDate.of(2026, 3, 15), ZoneOffset.UTC);
    assertThat(calendar.firstYear()).isEqualTo(2025);
    assertThat(calendar.lastYear()).isEqualTo(2028);
    assertThat(calendar.isBusinessDay(LocalDate.of(2026, 3, 14)))
        .as(DayOfWeek.SATURDAY.toString())
        .isFalse();
    assertThat(calendar.isBusinessDay(LocalDate.of(2026, 12, 25))).isTrue();
  }
}
