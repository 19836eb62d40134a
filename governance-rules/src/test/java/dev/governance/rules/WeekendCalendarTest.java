package dev.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  @Test
  void rejectsADayNoCalendarCanSpanWithTheModelsDates() {
    GovernanceModel empty = GovernanceModel.builder().name("m").build();
    assertThatThrownBy(
            () -> WeekendCalendar.covering(empty, LocalDate.of(9999, 12, 31), ZoneOffset.UTC))
        .hasMessage(
            "Invalid governance data: asOf = 9999-12-31: expected a day from 0002-01-01 to"
                + " 9997-12-31, within 1000 years of the model's dates");
    assertThatThrownBy(() -> WeekendCalendar.covering(empty, LocalDate.of(0, 1, 1), ZoneOffset.UTC))
        .hasMessageStartingWith("Invalid governance data: asOf = 0000-01-01: expected a day from");
    GovernanceModel dated =
        dev.governance.testkit.GovernanceModelGenerator.small()
            .generate(new java.util.SplittableRandom(7));
    assertThat(
            WeekendCalendar.covering(dated, LocalDate.of(2026, 3, 15), ZoneOffset.UTC).lastYear())
        .isEqualTo(2028);
    assertThatThrownBy(
            () -> WeekendCalendar.covering(dated, LocalDate.of(5000, 1, 1), ZoneOffset.UTC))
        .hasMessageStartingWith("Invalid governance data: asOf = 5000-01-01: expected a day from ")
        .hasMessageEndingWith(", within 1000 years of the model's dates");
  }

  @Test
  void rejectsAModelWhoseOwnDatesNoCalendarCanSpan() {
    GovernanceModel model =
        dev.governance.testkit.GovernanceModelGenerator.small()
            .generate(new java.util.SplittableRandom(7));
    GovernanceModel far =
        model.withMilestones(model.milestones().get(0).withDue(LocalDate.of(999_999, 12, 31)));
    assertThatThrownBy(
            () -> WeekendCalendar.covering(far, LocalDate.of(2026, 3, 15), ZoneOffset.UTC))
        .hasMessageStartingWith("Invalid governance data: model dates = '")
        .hasMessageContaining(
            " to milestones[0].due +999999-12-31': expected years from 1 to 9999, within 1000"
                + " years of each other");
  }

  @Test
  void namesTheRecordsOfTheEarliestAndLatestDates() {
    GovernanceModel model =
        dev.governance.testkit.GovernanceModelGenerator.small()
            .generate(new java.util.SplittableRandom(7));
    GovernanceModel typo =
        model.withMilestones(model.milestones().get(0).withDue(LocalDate.of(225, 1, 10)));
    assertThatThrownBy(
            () -> WeekendCalendar.covering(typo, LocalDate.of(2026, 3, 15), ZoneOffset.UTC))
        .hasMessageStartingWith(
            "Invalid governance data: model dates = 'milestones[0].due 0225-01-10 to ")
        .hasMessageEndingWith(
            "': expected years from 1 to 9999, within 1000 years of each other (compliance events"
                + " from the year before, meetings, disagreements, roadmap windows, milestones)");
  }
}
