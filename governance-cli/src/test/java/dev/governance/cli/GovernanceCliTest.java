package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
  void writesABashCompletionScript() {
    Cli.Result result = Cli.run("generate-completion");
    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("complete -F").contains("governance");
  }
}
