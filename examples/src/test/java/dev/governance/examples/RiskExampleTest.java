package dev.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RiskExampleTest {

  @Test
  void printsTheCvssScoreTheMatrixLevelAndTheRatedRisk() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RiskExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("Checkout vulnerability CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:L/A:N/E:P/RL:O: base 8.2 High, temporal 7.4")
        .contains("Payment API vulnerability CVSS:4.0/AV:N/AC:L/AT:P/PR:H/UI:A/VC:N/VI:H/VA:L/SC:N/SI:N/SA:L: CVSS-B 5.7 Medium (MacroVector 111200)")
        .contains("NIST SP 800-30 level of a likely (4), very severe (5) risk: Very High")
        .contains("Risk privacy-law: level High, residual risk = 2.56")
        .contains("WITHIN_APPETITE, suggested ACCEPT, next review 2026-02-28");
  }
}
