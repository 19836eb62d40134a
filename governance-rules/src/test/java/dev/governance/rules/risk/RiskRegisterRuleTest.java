package dev.governance.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RiskRegisterRuleTest {

  @Test
  void codesArePublicContract() {
    assertThat(Arrays.stream(RiskRegisterRule.values()).map(RiskRegisterRule::code))
        .containsExactly(
            "RISK-001",
            "RISK-002",
            "RISK-003",
            "RISK-004",
            "RISK-005",
            "RISK-006",
            "RISK-007",
            "RISK-008",
            "RISK-009");
    assertThat(AppetiteStatus.values()).hasSize(3);
  }
}
