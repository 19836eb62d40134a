package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CvssCommandTest {

  private static final String V31 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:L/A:N/E:P/RL:O";
  private static final String V40 =
      "CVSS:4.0/AV:N/AC:L/AT:P/PR:H/UI:A/VC:N/VI:H/VA:L/SC:N/SI:N/SA:L";

  @Test
  void printsOneTabSeparatedLinePerVector() {
    Cli.Result result = Cli.run("cvss", V31, V40);
    assertThat(result.code()).isZero();
    assertThat(result.out())
        .isEqualTo(V31 + "\t8.2\t7.4\t7.4\tHigh\n" + V40 + "\t5.7\t-\t-\tMedium\n");
  }

  @Test
  void readsStandardInputAnsweringEachLineBlankLinesWithBlankLines() {
    Cli.Result result = Cli.runWithInput("\uFEFF\n" + V31 + "\n  \n" + V40 + "\n", "cvss");
    assertThat(result.out().lines()).hasSize(4);
    assertThat(result.out().lines().toList().get(0)).isEmpty();
    assertThat(result.out().lines().toList().get(1)).startsWith(V31 + "\t");
    assertThat(result.out().lines().toList().get(2)).isEmpty();
    assertThat(result.code()).isZero();
  }

  /**
   * Issue 20, point 6: a batch never aborts, every line is answered, a byte order mark is ignored.
   */
  @Test
  void everyLineOfABatchGetsAnAnswerLineWhateverItHolds() {
    Cli.Result result =
        Cli.runWithInput("\uFEFF" + V31 + "\nCVSS:3.1/\u001b[2J\n" + V40 + "\n", "cvss");
    assertThat(result.code()).isEqualTo(GovernanceCli.FINDINGS);
    assertThat(result.out().lines().toList()).hasSize(3);
    assertThat(result.out().lines().toList().get(0)).startsWith(V31 + "\t");
    assertThat(result.out().lines().toList().get(1))
        .startsWith("CVSS:3.1/\\u001b[2J\tERROR\t")
        .doesNotContain("\u001b");
    assertThat(result.out().lines().toList().get(2)).startsWith(V40 + "\t");
  }

  @Test
  void anInvalidVectorIsAnErrorLineAndTheCommandGoesOnThenExits1() {
    Cli.Result result = Cli.run("cvss", "CVSS:3.1/AV:X", V31);
    assertThat(result.code()).isEqualTo(GovernanceCli.FINDINGS);
    assertThat(result.out().lines())
        .containsExactly(
            "CVSS:3.1/AV:X\tERROR\tInvalid governance data: vector = 'CVSS:3.1/AV:X': expected AV"
                + " to be one of N, A, L, P, not 'X'",
            V31 + "\t8.2\t7.4\t7.4\tHigh");
  }
}
