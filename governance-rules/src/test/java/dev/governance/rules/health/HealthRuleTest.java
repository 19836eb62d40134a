package dev.governance.rules.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.rules.Severity;
import org.junit.jupiter.api.Test;

class HealthRuleTest {

  @Test
  void codesAndSeverities() {
    assertThat(HealthRule.KPI_MISSING.code()).isEqualTo("KPI-001");
    assertThat(HealthRule.KPI_STALE.code()).isEqualTo("KPI-002");
    assertThat(HealthRule.SLA_MISSED.code()).isEqualTo("KPI-003");
    assertThat(HealthRule.BURN_RATE_ALERT.code()).isEqualTo("KPI-004");
    assertThat(HealthRule.DEADLINE_OVERDUE.code()).isEqualTo("CAL-001");
    assertThat(HealthRule.DEADLINE_OVERDUE.defaultSeverity()).isEqualTo(Severity.ERROR);
  }
}
