package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

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
            "diff",
            "import",
            "cvss",
            "recur",
            "deadline",
            "simulate",
            "scorecard",
            "report",
            "generate-completion",
            "Exit codes:",
            "  0   success and no ERROR finding",
            "  1   ERROR findings or per-line errors",
            "  2   usage error or unreadable input");
  }

  @Test
  void everyCommandsHelpHasAnExample() {
    for (String command :
        new String[] {
          "demo",
          "validate",
          "diff",
          "import",
          "cvss",
          "recur",
          "deadline",
          "simulate",
          "scorecard",
          "report"
        }) {
      Cli.Result result = Cli.run(command, "--help");
      assertThat(result.code()).as(command).isZero();
      assertThat(result.out()).as(command).contains("Example").contains("governance " + command);
    }
  }

  /**
   * The tree of one subcommand that {@code run} builds when the first word names it parses, prints
   * and fails exactly as the whole tree: help, unknown options, missing parameters, bad values.
   */
  @Test
  void theTreeOfOneSubcommandAnswersAsTheWholeTree() {
    String[][] lines = {
      {"simulate", "--help"},
      {"simulate", "-V"},
      {"simulate", "--frequency", "poisson:2"},
      {"simulate", "--no-such-option"},
      {"simulate", "--frequency", "poisson:2", "--magnitude", "pert:1,2", "--trials", "10"},
      {"simulate", "--frequency", "poisson:2", "--magnitude", "lognormal90:1,2", "--trials", "x"},
      {
        "simulate", "--frequency", "poisson:2", "--magnitude", "lognormal90:1,2", "--format", "JSON"
      },
      {"cvss", "--help"},
      {"recur", "--help"},
      {"deadline", "--help"},
      {"validate", "--help"},
      {"validate", "no-such-file.json"},
      {"scorecard", "--help"},
      {"metrics", "--help"},
      {"report", "--help"},
      {"demo", "--help"},
      {"diff", "--help"},
      {"import", "--help"}
    };
    for (String[] line : lines) {
      java.io.StringWriter wholeOut = new java.io.StringWriter();
      java.io.StringWriter wholeErr = new java.io.StringWriter();
      CommandLine whole = GovernanceCli.commandLine();
      whole.setOut(new java.io.PrintWriter(wholeOut));
      whole.setErr(new java.io.PrintWriter(wholeErr));
      java.io.StringWriter oneOut = new java.io.StringWriter();
      java.io.StringWriter oneErr = new java.io.StringWriter();
      CommandLine one = GovernanceCli.commandLine(line);
      assertThat(one.getSubcommands().keySet())
          .as("the tree of %s", line[0])
          .containsExactly(line[0]);
      one.setOut(new java.io.PrintWriter(oneOut));
      one.setErr(new java.io.PrintWriter(oneErr));
      for (CommandLine tree : List.of(whole, one)) {
        tree.setExecutionExceptionHandler(
            (e, commandLine, parsed) -> {
              commandLine.getErr().println(GovernanceCli.message(e));
              return GovernanceCli.USAGE;
            });
      }
      int wholeCode = whole.execute(line);
      int oneCode = one.execute(line);
      assertThat(oneCode).as(String.join(" ", line)).isEqualTo(wholeCode);
      assertThat(oneOut.toString()).as(String.join(" ", line)).isEqualTo(wholeOut.toString());
      assertThat(oneErr.toString()).as(String.join(" ", line)).isEqualTo(wholeErr.toString());
    }
    assertThat(GovernanceCli.commandLine(new String[] {"help"}).getSubcommands())
        .containsKey("simulate");
    assertThat(GovernanceCli.commandLine(new String[] {"--help"}).getSubcommands())
        .containsKey("simulate");
  }

  /**
   * Issue 22, item 14: every example in every command's help stays whole on its line at the default
   * 80 columns, so it can be copied; a long one continues on an indented line after a trailing
   * backslash, as a POSIX shell reads it.
   */
  @Test
  void everyExampleInTheHelpFitsOnItsLineAt80Columns() {
    List<String> examples = new ArrayList<>();
    checkExamples(GovernanceCli.commandLine(), examples);
    assertThat(examples)
        .contains("      --magnitude lognormal90:10000,200000 --trials 1000000")
        .hasSizeGreaterThan(15);
  }

  private static void checkExamples(CommandLine cli, List<String> examples) {
    assertThat(cli.getUsageHelpWidth()).isEqualTo(80);
    String name = cli.getCommandSpec().qualifiedName();
    List<String> rendered = cli.getUsageMessage(CommandLine.Help.Ansi.OFF).lines().toList();
    String[] footer = cli.getCommandSpec().usageMessage().footer();
    // the examples open the footer under a heading, which the man pages need to show the footer
    boolean inExamples = cli.getCommandSpec().usageMessage().footerHeading().contains("Example");
    assertThat(inExamples || footer.length == 0).as(name + ": examples under a heading").isTrue();
    for (int i = 0; i < footer.length; i++) {
      String line = footer[i];
      if (line.isEmpty()) {
        inExamples = false;
      } else if (inExamples) {
        assertThat(line).as(name).startsWith("  ");
        assertThat(line.length()).as(name + ": " + line).isLessThanOrEqualTo(80);
        assertThat(rendered).as(name + " at 80 columns").contains(line);
        if (line.endsWith(" \\")) {
          assertThat(i + 1).as(name + ": continued").isLessThan(footer.length);
          assertThat(footer[i + 1]).as(name + ": continuation").startsWith("      -");
        }
        examples.add(line);
      }
    }
    for (CommandLine sub : cli.getSubcommands().values()) {
      checkExamples(sub, examples);
    }
  }

  /** Issue 22, item 14: enum values, and the --rule names of deadline, are read in any case. */
  @Test
  void enumOptionsAcceptAnyCase(@TempDir Path dir) throws Exception {
    Cli.Result simulate =
        Cli.run(
            "simulate",
            "--frequency",
            "probability:0.1",
            "--magnitude",
            "pert:1,2,3",
            "--trials",
            "100",
            "--format",
            "JSON");
    assertThat(simulate.code()).as(simulate.err()).isZero();
    assertThat(simulate.out()).startsWith("{\"trials\":100,");
    String model = Files.write(dir.resolve("omni.json"), DemoCommand.embedded()).toString();
    Cli.Result validate = Cli.run("validate", model, "--format", "Sarif");
    assertThat(validate.out()).contains("\"version\" : \"2.1.0\"");
    assertThat(Cli.run("scorecard", model, "--format", "Json").out()).startsWith("{");
    Cli.Result recur =
        Cli.run(
            "recur",
            "--start",
            "2026-01-03T09:00",
            "--rule",
            "FREQ=DAILY;COUNT=1",
            "--calendar",
            "US",
            "--convention",
            "modified_following");
    assertThat(recur.out()).as(recur.err()).isEqualTo("2026-01-05T09:00\n");
    Cli.Result deadline =
        Cli.run(
            "deadline",
            "--event",
            "2026-03-02T16:30",
            "--zone",
            "America/New_York",
            "--period",
            "4bd",
            "--rule",
            "SEC",
            "--calendar",
            "US");
    assertThat(deadline.out()).as(deadline.err()).startsWith("2026-03-06T23:59:59-05:00\n");
    Cli.Result wrong = Cli.run("simulate", "--format", "yaml");
    assertThat(wrong.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(wrong.err())
        .startsWith("Invalid value for option '--format': expected one of [text, json]");
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
