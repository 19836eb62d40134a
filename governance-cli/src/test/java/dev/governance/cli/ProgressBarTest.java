package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProgressBarTest {

  @Test
  void alwaysAndNeverDecideWithoutAskingInAnyCase() {
    assertThat(ProgressBar.show("always", () -> false)).isTrue();
    assertThat(ProgressBar.show("ALWAYS", () -> false)).isTrue();
    assertThat(ProgressBar.show("never", () -> true)).isFalse();
    assertThat(ProgressBar.show(" Never ", () -> true)).isFalse();
  }

  @Test
  void autoAndNoSettingFollowWhetherStandardErrorIsATerminal() {
    assertThat(ProgressBar.show(null, () -> true)).isTrue();
    assertThat(ProgressBar.show(null, () -> false)).isFalse();
    assertThat(ProgressBar.show("auto", () -> true)).isTrue();
    assertThat(ProgressBar.show("Auto", () -> false)).isFalse();
  }

  @Test
  void anotherSettingIsRejectedNamingThePropertyAndTheValue() {
    assertThatThrownBy(() -> ProgressBar.show("sometimes", () -> true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("governance.progress: expected auto, always or never, found 'sometimes'");
  }

  @Test
  void terminalDevicesAreTheLinuxPseudoTerminalsAndConsoles() {
    assertThat(ProgressBar.isTerminalDevice("/dev/pts/3")).isTrue();
    assertThat(ProgressBar.isTerminalDevice("/dev/tty1")).isTrue();
    assertThat(ProgressBar.isTerminalDevice("/dev/console")).isTrue();
    assertThat(ProgressBar.isTerminalDevice("pipe:[12345]")).isFalse();
    assertThat(ProgressBar.isTerminalDevice("/dev/null")).isFalse();
    assertThat(ProgressBar.isTerminalDevice("/tmp/err.txt")).isFalse();
  }

  @Test
  void noConsoleIsNoTerminal() {
    assertThat(ProgressBar.consoleIsTerminal(null)).isFalse();
  }

  @Test
  void underTheTestRunnerStandardErrorIsNoTerminal() {
    // surefire's forked JVM writes standard error into a pipe or a file, never a terminal
    assertThat(ProgressBar.stderrIsTerminal()).isFalse();
  }

  @Test
  void simulateDrawsTheBarWhenToldAlwaysAndRejectsABadSetting() {
    String[] args = {
      "simulate", "--frequency", "poisson:1", "--magnitude", "pert:1,2,3", "--trials", "1000"
    };
    try {
      System.setProperty(ProgressBar.PROPERTY, "always");
      Cli.Result drawn = Cli.run(args);
      assertThat(drawn.code()).isZero();
      assertThat(drawn.err()).startsWith("\r[").endsWith("] 100 %\n");
      assertThat(drawn.out()).startsWith("1000 years, seed 1\n");
      System.setProperty(ProgressBar.PROPERTY, "never");
      assertThat(Cli.run(args).err()).isEmpty();
      System.setProperty(ProgressBar.PROPERTY, "loud");
      Cli.Result bad = Cli.run(args);
      assertThat(bad.code()).isEqualTo(GovernanceCli.USAGE);
      assertThat(bad.err())
          .startsWith("governance.progress: expected auto, always or never, found 'loud'");
    } finally {
      System.clearProperty(ProgressBar.PROPERTY);
    }
    assertThat(Cli.run(args).err()).isEmpty();
  }
}
