package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecurCommandTest {

  @Test
  void printsTheOccurrencesToTheMinuteUpToTheLimit() {
    Cli.Result result =
        Cli.run(
            "recur",
            "--start",
            "2026-01-31T09:00",
            "--rule",
            "FREQ=MONTHLY;BYMONTHDAY=-1",
            "--limit",
            "3");
    assertThat(result.code()).isZero();
    assertThat(result.out().lines())
        .containsExactly("2026-01-31T09:00", "2026-02-28T09:00", "2026-03-31T09:00");
  }

  @Test
  void openEndedRulesStop60YearsAfterTheStart() {
    Cli.Result result =
        Cli.run("recur", "--start", "2026-06-30T00:00", "--rule", "FREQ=YEARLY", "--limit", "1000");
    assertThat(result.out().lines()).hasSize(61).endsWith("2086-06-30T00:00");
  }

  @Test
  void movesDatesOffDaysOffWithACalendarAndConvention() {
    Cli.Result result =
        Cli.run(
            "recur",
            "--start",
            "2026-01-31T09:00",
            "--rule",
            "FREQ=MONTHLY;BYMONTHDAY=-1",
            "--limit",
            "2",
            "--calendar",
            "US",
            "--convention",
            "PRECEDING");
    assertThat(result.out().lines()).containsExactly("2026-01-30T09:00", "2026-02-27T09:00");
  }

  @Test
  void batchPrintsALinePerInputLineAndExits1OnAnyError() {
    Cli.Result result =
        Cli.runWithInput(
            "2026-01-01T09:00\tFREQ=WEEKLY;COUNT=2\nbad\tFREQ=WEEKLY\n2026-01-01T09:00\n",
            "recur",
            "--batch");
    assertThat(result.code()).isEqualTo(GovernanceCli.FINDINGS);
    assertThat(result.out().lines())
        .containsExactly(
            "2026-01-01T09:00,2026-01-08T09:00",
            "ERROR\tInvalid governance data: start = 'bad': expected a local date-time such as"
                + " 2026-01-31T09:00",
            "ERROR\tInvalid governance data: line = '2026-01-01T09:00': expected START<TAB>RRULE");
  }

  @Test
  void aMalformedRuleOrMissingOptionsExit2() {
    Cli.Result bad = Cli.run("recur", "--start", "2026-01-01T09:00", "--rule", "FREQ=SOMETIMES");
    assertThat(bad.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(bad.err())
        .startsWith("governance: Invalid governance data: rrule = 'FREQ=SOMETIMES'");
    Cli.Result missing = Cli.run("recur", "--start", "2026-01-01T09:00");
    assertThat(missing.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(missing.err()).startsWith("give --start and --rule, or --batch");
  }

  @Test
  void aRuleThatNeverMatchesOrOverflowsIsADataErrorWithAPlainMessage() {
    Cli.Result never =
        Cli.run(
            "recur",
            "--start",
            "2024-01-01T09:00",
            "--rule",
            "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30");
    assertThat(never.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(never.err())
        .isEqualTo(
            "governance: Invalid governance data: rrule = 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30':"
                + " expected a rule whose parts can match a date; none matched in the periods"
                + " searched after 2024-01-01T09:00\n");
    Cli.Result yearZero =
        Cli.run("recur", "--start", "0000-06-15T09:00", "--rule", "FREQ=YEARLY", "--limit", "3");
    assertThat(yearZero.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(yearZero.err())
        .isEqualTo(
            "governance: Invalid governance data: start = 0000-06-15T09:00: expected a date-time in"
                + " the years 1 to 9999\n");
    Cli.Result huge =
        Cli.run("recur", "--start", "2024-01-01T09:00", "--rule", "FREQ=DAILY;INTERVAL=2147483647");
    assertThat(huge.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(huge.err())
        .isEqualTo(
            "governance: Invalid governance data: rrule = 'FREQ=DAILY;INTERVAL=2147483647':"
                + " expected an INTERVAL from 1 to 10000, not 2147483647\n");
  }

  @Test
  void instancesWithSecondsArePrintedToTheSecond() {
    Cli.Result seconds =
        Cli.run(
            "recur", "--start", "2024-01-01T09:00:30", "--rule", "FREQ=SECONDLY", "--limit", "3");
    assertThat(seconds.code()).isZero();
    assertThat(seconds.out())
        .isEqualTo("2024-01-01T09:00:30\n2024-01-01T09:00:31\n2024-01-01T09:00:32\n");
  }

  @Test
  void aFloatingOrDateOnlyUntilEndsTheRule() {
    for (String until : new String[] {"20260416T003000", "20260416T003000Z", "20260416"}) {
      Cli.Result result =
          Cli.run("recur", "--start", "2024-06-27T00:30", "--rule", "FREQ=MONTHLY;UNTIL=" + until);
      assertThat(result.code()).as(until + ": " + result.err()).isZero();
      assertThat(result.out().lines())
          .as(until)
          .hasSize(22)
          .startsWith("2024-06-27T00:30")
          .endsWith("2026-03-27T00:30");
    }
  }

  /** Issue 20, point 4: the calendar covered about three years and failed at 2030. */
  @Test
  void aHolidayCalendarCoversTheWholeHorizon() {
    Cli.Result result =
        Cli.run(
            "recur",
            "--start",
            "2026-01-01T09:00",
            "--rule",
            "FREQ=YEARLY",
            "--limit",
            "40",
            "--calendar",
            "DE-BY",
            "--convention",
            "FOLLOWING");
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out().lines())
        .hasSize(40)
        .as("New Year's Day is a holiday: each date moves to the next business day")
        .allMatch(line -> !line.substring(5, 10).equals("01-01"))
        .endsWith("2065-01-02T09:00");
  }
}
