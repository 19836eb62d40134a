package dev.governance.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.compliance.TimeLimit;
import dev.governance.core.compliance.TimeLimitUnit;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 2 of the calendar issue, for the counting rules: one example per paragraph of
 * Regulation 1182/71, Art. 3, and the SEC and DORA rules with a weekend or holiday on the path.
 * Germany's calendar has Good Friday on 3 April and Easter Monday on 6 April 2026.
 */
class CountingRuleTest {

  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final HolidayCalendar DE = HolidayCalendars.of("DE");
  private static final HolidayCalendar US = HolidayCalendars.of("US");

  private static ZonedDateTime brussels(String local) {
    return LocalDateTime.parse(local).atZone(BRUSSELS);
  }

  private static Deadline eu(String event, int amount, TimeLimitUnit unit) {
    return CountingRule.REGULATION_1182_71.deadline(
        brussels(event), TimeLimit.of(amount, unit), DE);
  }

  @Test
  void article3Paragraph1And2TheHourOfTheEventIsNotCounted() {
    Deadline twoHours = eu("2026-03-10T14:18", 2, TimeLimitUnit.HOURS);
    assertThat(twoHours.due())
        .isEqualTo(brussels("2026-03-10T17:00")); // runs 15:00 to the end of 16:59
    assertThat(twoHours.steps().get(0))
        .startsWith("Art. 3(1), 3(2)(a): the hour of the event (14:18) is not counted");
  }

  @Test
  void seventyTwoHoursAcrossTheChangeToSummerTimeAreElapsedHours() {
    // Summer time starts on Sunday 29 March 2026 at 02:00: the 72 hours end an hour later on the
    // clock.
    Deadline gdpr = eu("2026-03-27T10:30", 72, TimeLimitUnit.HOURS);
    assertThat(gdpr.due()).isEqualTo(brussels("2026-03-30T12:00"));
    assertThat(gdpr.due().toInstant())
        .isEqualTo(brussels("2026-03-27T11:00").toInstant().plusSeconds(72 * 3600));
    Deadline elapsed =
        CountingRule.ELAPSED.deadline(
            brussels("2026-03-27T10:30"), TimeLimit.of(72, TimeLimitUnit.HOURS), DE);
    assertThat(elapsed.due())
        .isEqualTo(
            brussels(
                "2026-03-30T11:30")); // 10:30 on the clock plus 72 hours of which one was skipped
    // Art. 3(4) does not extend hour periods: ending on a Sunday, they end on the Sunday.
    assertThat(eu("2026-03-26T09:10", 72, TimeLimitUnit.HOURS).due())
        .isEqualTo(brussels("2026-03-29T11:00"));
  }

  @Test
  void article3Paragraph1TheDayOfTheEventIsNotCounted() {
    Deadline fiveDays = eu("2026-06-10T16:00", 5, TimeLimitUnit.CALENDAR_DAYS);
    assertThat(fiveDays.lastDay()).isEqualTo(LocalDate.of(2026, 6, 15));
    assertThat(fiveDays.due()).isEqualTo(brussels("2026-06-16T00:00"));
  }

  @Test
  void article3Paragraph2cMonthsEndOnTheSameDateOrTheLastDayOfAShorterMonth() {
    assertThat(eu("2026-03-31T09:00", 1, TimeLimitUnit.MONTHS).lastDay())
        .isEqualTo(LocalDate.of(2026, 4, 30));
    assertThat(eu("2026-05-13T09:00", 1, TimeLimitUnit.MONTHS).lastDay())
        .isEqualTo(LocalDate.of(2026, 6, 15)); // 13 June is a Saturday
    assertThat(eu("2026-06-03T09:00", 2, TimeLimitUnit.WEEKS).lastDay())
        .isEqualTo(LocalDate.of(2026, 6, 17)); // same weekday
    assertThat(eu("2026-02-27T09:00", 1, TimeLimitUnit.YEARS).lastDay())
        .isEqualTo(LocalDate.of(2027, 3, 1)); // 27 February 2027 is a Saturday
  }

  @Test
  void article3Paragraph4AHolidayOrWeekendEndMovesToTheNextWorkingDay() {
    Deadline twoWeeks =
        eu("2026-03-23T11:00", 2, TimeLimitUnit.WEEKS); // would end on Easter Monday
    assertThat(twoWeeks.lastDay()).isEqualTo(LocalDate.of(2026, 4, 7));
    assertThat(twoWeeks.steps())
        .anyMatch(s -> s.startsWith("Art. 3(4): 2026-04-06 (MONDAY) is not a working day of DE"));
    assertThat(eu("2026-01-31T09:00", 1, TimeLimitUnit.MONTHS).lastDay())
        .isEqualTo(LocalDate.of(2026, 3, 2)); // 28 February, a Saturday
  }

  @Test
  void article3Paragraph5TwoDaysOrMoreIncludeTwoWorkingDays() {
    // Thursday before Easter + 2 days = Saturday -> Tuesday 7 April (3(4)) -> only one working day
    // -> Wednesday 8 April.
    Deadline twoDays = eu("2026-04-02T10:00", 2, TimeLimitUnit.CALENDAR_DAYS);
    assertThat(twoDays.lastDay()).isEqualTo(LocalDate.of(2026, 4, 8));
    assertThat(twoDays.explain())
        .contains(
            "Art. 3(5): a period of two days or more includes at least two working days; it ends"
                + " with 2026-04-08");
    assertThat(eu("2026-04-02T10:00", 1, TimeLimitUnit.CALENDAR_DAYS).lastDay())
        .as("one day: 3(5) does not apply")
        .isEqualTo(LocalDate.of(2026, 4, 7));
  }

  @Test
  void article3Paragraph3WorkingDaysCountOnlyWorkingDays() {
    assertThat(eu("2026-04-02T10:00", 4, TimeLimitUnit.BUSINESS_DAYS).lastDay())
        .isEqualTo(LocalDate.of(2026, 4, 10)); // 7, 8, 9, 10 April
  }

  @Test
  void secRule03MovesADueDateOffWeekendsAndFederalHolidays() {
    ZonedDateTime quarterEnd = LocalDate.of(2026, 3, 31).atStartOfDay(NEW_YORK);
    Deadline tenQ =
        CountingRule.SEC_RULE_0_3.deadline(
            quarterEnd, TimeLimit.of(40, TimeLimitUnit.CALENDAR_DAYS), US);
    assertThat(tenQ.lastDay()).isEqualTo(LocalDate.of(2026, 5, 11)); // 10 May is a Sunday
    assertThat(tenQ.explain())
        .contains(
            "Rule 0-3(a): 2026-05-10 (SUNDAY) is a Saturday, Sunday or holiday of US; due the next"
                + " business day, 2026-05-11");
    assertThatThrownBy(
            () ->
                CountingRule.SEC_RULE_0_3.deadline(
                    quarterEnd, TimeLimit.of(72, TimeLimitUnit.HOURS), US))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: limit = 72 hours: expected days, business days, weeks, months"
                + " or years: SEC periods are not counted in hours");
  }

  @Test
  void form8kPeriodStartsOnTheNextBusinessDay() {
    TimeLimit four = TimeLimit.of(4, TimeLimitUnit.BUSINESS_DAYS);
    // Determined on Saturday 4 July 2026 (Independence Day, observed Friday 3 July): Monday 6 July
    // is day one.
    assertThat(
            CountingRule.SEC_FORM_8K
                .deadline(LocalDateTime.parse("2026-07-04T10:00").atZone(NEW_YORK), four, US)
                .lastDay())
        .isEqualTo(LocalDate.of(2026, 7, 9));
    // Determined on Thursday 2 July: Friday 3 July is a federal holiday; 6, 7, 8, 9 July.
    assertThat(
            CountingRule.SEC_FORM_8K
                .deadline(LocalDateTime.parse("2026-07-02T10:00").atZone(NEW_YORK), four, US)
                .lastDay())
        .isEqualTo(LocalDate.of(2026, 7, 9));
    assertThat(
            CountingRule.SEC_FORM_8K
                .deadline(
                    LocalDateTime.parse("2026-07-06T10:00").atZone(NEW_YORK),
                    TimeLimit.of(40, TimeLimitUnit.CALENDAR_DAYS),
                    US)
                .lastDay())
        .isEqualTo(LocalDate.of(2026, 8, 17)); // 15 August is a Saturday
  }

  @Test
  void doraDeadlineOnAWeekendMayBeMetByNoonOfTheNextWorkingDay() {
    Deadline initial =
        CountingRule.DORA.deadline(
            brussels("2026-03-13T15:00"), TimeLimit.of(24, TimeLimitUnit.HOURS), DE);
    assertThat(initial.due()).isEqualTo(brussels("2026-03-16T12:00"));
    assertThat(
            CountingRule.DORA
                .deadline(brussels("2026-03-10T15:00"), TimeLimit.of(24, TimeLimitUnit.HOURS), DE)
                .due())
        .isEqualTo(brussels("2026-03-11T15:00"));
  }

  @Test
  void endOfDayCountsWeekendsAndHolidays() {
    Deadline hipaa =
        CountingRule.END_OF_DAY.deadline(
            LocalDateTime.parse("2026-05-07T16:00").atZone(NEW_YORK),
            TimeLimit.of(60, TimeLimitUnit.CALENDAR_DAYS),
            US);
    assertThat(hipaa.lastDay()).isEqualTo(LocalDate.of(2026, 7, 6));
    Deadline saturday =
        CountingRule.END_OF_DAY.deadline(
            LocalDateTime.parse("2026-05-05T16:00").atZone(NEW_YORK),
            TimeLimit.of(60, TimeLimitUnit.CALENDAR_DAYS),
            US);
    assertThat(saturday.lastDay()).as("Saturday 4 July stays").isEqualTo(LocalDate.of(2026, 7, 4));
    assertThat(
            CountingRule.END_OF_DAY
                .deadline(brussels("2026-03-27T10:30"), TimeLimit.of(72, TimeLimitUnit.HOURS), DE)
                .due())
        .isEqualTo(brussels("2026-03-30T11:30"));
  }

  @Test
  void noDeadlinePrecedesItsTrigger() {
    HolidayCalendar germany = HolidayCalendars.of("DE");
    int kinds = TimeLimitUnit.values().length * CountingRule.values().length;
    qt().forAll(
            integers().between(0, 700 * 24 * 60),
            integers().between(1, 100),
            integers().between(0, kinds - 1))
        .checkAssert(
            (minutes, amount, kind) -> {
              ZonedDateTime event =
                  LocalDate.of(2025, 3, 1).atStartOfDay(BRUSSELS).plusMinutes(minutes);
              TimeLimitUnit u = TimeLimitUnit.values()[kind % TimeLimitUnit.values().length];
              CountingRule r = CountingRule.values()[kind / TimeLimitUnit.values().length];
              if (u == TimeLimitUnit.HOURS
                  && (r == CountingRule.SEC_RULE_0_3 || r == CountingRule.SEC_FORM_8K)) {
                return;
              }
              int n =
                  u == TimeLimitUnit.YEARS || u == TimeLimitUnit.MONTHS ? 1 + amount % 6 : amount;
              Deadline deadline = r.deadline(event, TimeLimit.of(n, u), germany);
              assertThat(deadline.due()).as("%s %s %s", r, n, u).isAfter(event);
              assertThat(deadline.lastDay()).isAfterOrEqualTo(event.toLocalDate());
            });
  }

  @Test
  void elapsedBusinessDaysKeepTheTimeOfDay() {
    Deadline ccpa =
        CountingRule.ELAPSED.deadline(
            LocalDateTime.parse("2026-07-02T10:00").atZone(NEW_YORK),
            TimeLimit.of(10, TimeLimitUnit.BUSINESS_DAYS),
            US);
    assertThat(ccpa.due()).isEqualTo(LocalDateTime.parse("2026-07-17T10:00").atZone(NEW_YORK));
    assertThat(ccpa.rule()).isEqualTo(CountingRule.ELAPSED);
  }
}
