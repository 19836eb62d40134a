package dev.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeverityTest {

  @Test
  void runsFromMostToLeastSerious() {
    assertThat(Severity.values()).containsExactly(Severity.ERROR, Severity.WARNING, Severity.INFO);
    assertThat(Severity.ERROR).isLessThan(Severity.INFO);
  }
}
