package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GovernanceCliTest {

  @Test
  void printsItsVersion() {
    Cli.Result result = Cli.run("--version");
    assertThat(result.code()).isEqualTo(GovernanceCli.OK);
    assertThat(result.out()).matches("governance \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
  }

  @Test
  void helpListsEveryCommandAndTheExitCodes() {
    Cli.Result result = Cli.run("--help");
    assertThat(result.code()).isZero();
    assertThat(result.out())
        .contains(
            "demo",
            "validate",
            "cvss",
            "recur",
            "deadline",
            "simulate",
            "scorecard",
            "report",
            "generate-completion",
            "Exit codes: 0 success, 1 ERROR findings or per-line errors, 2 usage error or");
  }

  @Test
  void everyCommandsHelpHasAnExample() {
    for (String command :
        new String[] {
          "demo", "validate", "cvss", "recur", "deadline", "simulate", "scorecard", "report"
        }) {
      Cli.Result result = Cli.run(command, "--help");
      assertThat(result.code()).as(command).isZero();
      assertThat(result.out()).as(command).contains("Example").contains("governance " + command);
    }
  }

  @Test
  void usageErrorsExitWith2AndSayWhy() {
    Cli.Result result = Cli.run("bogus");
    assertThat(result.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(result.err()).startsWith("Unmatched argument at index 0: 'bogus'");
  }

  @Test
  void daysOutsideTheYears1To9999AreUsageErrorsOnEveryCommand(@TempDir Path dir) throws Exception {
    String model = Files.write(dir.resolve("omni.json"), DemoCommand.embedded()).toString();
    String html = dir.resolve("d.html").toString();
    for (String[] command :
        List.of(
            new String[] {"validate", model},
            new String[] {"scorecard", model},
            new String[] {"metrics", model},
            new String[] {"report", model, "--html", html})) {
      for (String day : List.of("0000-01-01", "-0001-12-31", "+10000-01-01")) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--as-of", day));
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        assertThat(result.code()).as(args.toString()).isEqualTo(GovernanceCli.USAGE);
        assertThat(result.err())
            .as(args.toString())
            .startsWith(
                "Invalid value for option '--as-of': expected a date in the years 1 to 9999,"
                    + " found '"
                    + day
                    + "'\n");
      }
    }
    assertThat(Cli.run("metrics", model, "--as-of", "2025-13-01").err())
        .startsWith(
            "Invalid value for option '--as-of': expected a date such as 2025-12-31, found"
                + " '2025-13-01'\n");
    assertThat(Cli.run("metrics", model, "--from", "2025-01-01", "--to", "+999999999-12-31").err())
        .startsWith(
            "Invalid value for option '--to': expected a date in the years 1 to 9999, found"
                + " '+999999999-12-31'\n");
  }

  @Test
  void aDayWhoseWindowLeavesTheCalendarsYearsIsAPlainDataError(@TempDir Path dir) throws Exception {
    String model = Files.write(dir.resolve("omni.json"), DemoCommand.embedded()).toString();
    for (String[] args :
        List.of(
            new String[] {"validate", model, "--as-of", "9999-12-31"},
            new String[] {"report", model, "--as-of", "9999-12-31", "--md", dir + "/r.md"},
            new String[] {"validate", model, "--as-of", "0001-01-01"})) {
      Cli.Result result = Cli.run(args);
      assertThat(result.code()).as(args[3]).isEqualTo(GovernanceCli.USAGE);
      assertThat(result.err())
          .as(args[3])
          .isEqualTo(
              "governance: Invalid governance data: asOf = "
                  + args[3]
                  + ": expected a day whose window, 90 days before it to 90 days after, lies in"
                  + " the years of calendar weekends (0001-01-01 to 9999-12-31)\n");
    }
    assertThat(Cli.run("scorecard", model, "--as-of", "9999-12-31").code())
        .as("the scorecard needs no calendar: no data that far")
        .isEqualTo(GovernanceCli.OK);
    assertThat(Cli.run("metrics", model, "--as-of", "9999-12-31").code())
        .isEqualTo(GovernanceCli.OK);
  }

  @Test
  void writesABashCompletionScript() {
    Cli.Result result = Cli.run("generate-completion");
    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("complete -F").contains("governance");
  }
}
