package dev.governance.rules.steering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.rules.Severity;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WaiverRuleTest {

  @Test
  void codesAreWaiver001ToWaiver004InOrderWithTheirSeverities() {
    assertThat(Arrays.stream(WaiverRule.values()).map(WaiverRule::code))
        .containsExactly("WAIVER-001", "WAIVER-002", "WAIVER-003", "WAIVER-004");
    assertThat(Arrays.stream(WaiverRule.values()).map(WaiverRule::defaultSeverity))
        .containsExactly(Severity.WARNING, Severity.WARNING, Severity.ERROR, Severity.INFO);
    assertThat(WaiverRule.EXPIRED.helpUri())
        .isEqualTo("https://governance.dev/docs/findings.md#waiver-001");
  }
}
