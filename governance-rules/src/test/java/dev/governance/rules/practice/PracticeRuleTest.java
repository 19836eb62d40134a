package dev.governance.rules.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PracticeRuleTest {

  @Test
  void codesAreGov001ToGov011InOrder() {
    assertThat(Arrays.stream(PracticeRule.values()).map(PracticeRule::code))
        .containsExactly(
            "GOV-001", "GOV-002", "GOV-003", "GOV-004", "GOV-005", "GOV-006", "GOV-007", "GOV-008",
            "GOV-009", "GOV-010", "GOV-011");
  }
}
