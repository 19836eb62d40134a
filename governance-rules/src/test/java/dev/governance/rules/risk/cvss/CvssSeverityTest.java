package dev.governance.rules.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CvssSeverityTest {

  @Test
  void bandsOfTable14() {
    assertThat(CvssSeverity.of(0.0)).isEqualTo(CvssSeverity.NONE);
    assertThat(CvssSeverity.of(0.1)).isEqualTo(CvssSeverity.LOW);
    assertThat(CvssSeverity.of(3.9)).isEqualTo(CvssSeverity.LOW);
    assertThat(CvssSeverity.of(4.0)).isEqualTo(CvssSeverity.MEDIUM);
    assertThat(CvssSeverity.of(6.9)).isEqualTo(CvssSeverity.MEDIUM);
    assertThat(CvssSeverity.of(7.0)).isEqualTo(CvssSeverity.HIGH);
    assertThat(CvssSeverity.of(8.9)).isEqualTo(CvssSeverity.HIGH);
    assertThat(CvssSeverity.of(9.0)).isEqualTo(CvssSeverity.CRITICAL);
    assertThat(CvssSeverity.of(10.0)).isEqualTo(CvssSeverity.CRITICAL);
    assertThat(CvssSeverity.CRITICAL.label()).isEqualTo("Critical");
  }
}
