package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.rules.deadline.LegalDeadline;
import org.junit.jupiter.api.Test;

class DeadlineCommandTest {

  @Test
  void printsTheLastOnTimeSecondThenTheExplanation() {
    Cli.Result result =
        Cli.run(
            "deadline",
            "--event",
            "2026-02-27T10:00",
            "--zone",
            "Europe/Berlin",
            "--preset",
            "gdpr-breach-notification");
    assertThat(result.code()).isZero();
    assertThat(result.out().lines().findFirst()).contains("2026-03-02T10:59:59+01:00");
    assertThat(result.out()).contains("Regulation (EU) 2016/679 Art. 33(1): 72 hours");
  }

  @Test
  void countsPeriodsByTheChosenRuleAndCalendar() {
    assertThat(
            Cli.run(
                    "deadline",
                    "--event",
                    "2026-02-27T10:00",
                    "--zone",
                    "Europe/Berlin",
                    "--period",
                    "10d")
                .out())
        .startsWith("2026-03-09T23:59:59+01:00\n");
    assertThat(
            Cli.run(
                    "deadline",
                    "--event",
                    "2026-03-02T16:30",
                    "--zone",
                    "America/New_York",
                    "--period",
                    "4bd",
                    "--rule",
                    "sec",
                    "--calendar",
                    "US")
                .out())
        .startsWith("2026-03-06T23:59:59-05:00\n");
    assertThat(
            Cli.run(
                    "deadline",
                    "--event",
                    "2026-02-27T10:00",
                    "--zone",
                    "UTC",
                    "--period",
                    "1M",
                    "--rule",
                    "plain")
                .out())
        .startsWith("2026-03-27T23:59:59+00:00\n");
  }

  @Test
  void batchPrintsALinePerInputLine() {
    Cli.Result result =
        Cli.runWithInput(
            "2026-03-02T16:30\tAmerica/New_York\t4bd\tUS\n"
                + "2026-02-27T10:00\tEurope/Berlin\tgdpr-breach-notification\t\n"
                + "2026-03-02T16:30\tMars/Base\t4bd\tnone\n",
            "deadline",
            "--batch",
            "--rule",
            "sec");
    assertThat(result.code()).isEqualTo(GovernanceCli.FINDINGS);
    assertThat(result.out().lines())
        .containsExactly(
            "2026-03-06T23:59:59-05:00",
            "2026-03-02T10:59:59+01:00",
            "ERROR\tInvalid governance data: zone = 'Mars/Base': expected a time-zone id such as"
                + " Europe/Berlin");
  }

  @Test
  void listsEveryPresetWithItsCitation() {
    Cli.Result result = Cli.run("deadline", "--list-presets");
    assertThat(result.out().lines())
        .hasSize(LegalDeadline.values().length)
        .contains("gdpr-breach-notification\t72 hours\tRegulation (EU) 2016/679 Art. 33(1)");
  }

  @Test
  void badInputExits2WithAMessage() {
    Cli.Result unknown =
        Cli.run("deadline", "--event", "2026-02-27T10:00", "--zone", "UTC", "--preset", "nope");
    assertThat(unknown.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(unknown.err())
        .startsWith("unknown preset 'nope'; governance deadline --list-presets lists them");
    Cli.Result period =
        Cli.run(
            "deadline", "--event", "2026-02-27T10:00", "--zone", "UTC", "--period", "3 fortnights");
    assertThat(period.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(period.err())
        .startsWith(
            "governance: Invalid governance data: period = '3 fortnights': expected an amount and a"
                + " unit");
    Cli.Result huge =
        Cli.run(
            "deadline", "--event", "2026-02-27T10:00", "--zone", "UTC", "--period", "1000000bd");
    assertThat(huge.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(huge.err())
        .isEqualTo(
            "governance: Invalid governance data: period = '1000000bd': expected an amount of at"
                + " most 999999, not 1000000\n");
    Cli.Result both =
        Cli.run(
            "deadline",
            "--event",
            "2026-02-27T10:00",
            "--zone",
            "UTC",
            "--period",
            "1d",
            "--preset",
            "gdpr-breach-notification");
    assertThat(both.code()).isEqualTo(GovernanceCli.USAGE);
    Cli.Result rule =
        Cli.run(
            "deadline",
            "--event",
            "2026-02-27T10:00",
            "--zone",
            "UTC",
            "--period",
            "1d",
            "--rule",
            "roman");
    assertThat(rule.err()).startsWith("--rule must be eu-1182-71, sec or plain, not 'roman'");
  }

  /** Issue 20, point 4: a 4y deadline on the US calendar ran past the calendar's three years. */
  @Test
  void aDeadlineYearsAheadStaysOnItsCalendar() {
    Cli.Result result =
        Cli.run(
            "deadline",
            "--event",
            "2026-03-02T10:00",
            "--zone",
            "America/New_York",
            "--period",
            "4y",
            "--calendar",
            "US");
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("2030-03-02 (SATURDAY) is not a working day of US")
        .contains("2030-03-05T00:00-05:00[America/New_York]");
  }
}
