package dev.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RiskExampleTest {

  @Test
  void printsTheCvssScoreTheMatrixLevelAndTheRatedRisk() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RiskExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains(
            "Checkout vulnerability CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:L/A:N/E:P/RL:O: base 8.2"
                + " High, temporal 7.4")
        .contains(
            "Payment API vulnerability"
                + " CVSS:4.0/AV:N/AC:L/AT:P/PR:H/UI:A/VC:N/VI:H/VA:L/SC:N/SI:N/SA:L: CVSS-B 5.7"
                + " Medium (MacroVector 111200)")
        .contains("NIST SP 800-30 level of a likely (4), very severe (5) risk: Very High")
        .contains("Risk privacy-law: level High, residual risk = 2.56")
        .contains("WITHIN_APPETITE, suggested ACCEPT, next review 2026-02-28");
  }

  @Test
  void simulatesThePortfolioWithinOnePercentOfTheAnalyticMean() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RiskExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String output = bytes.toString(StandardCharsets.UTF_8);
    // 2 x mean of lognormal(10,000..200,000) + 0.1 x 5,922,706.8 (worked-examples.md) = 727,670
    Matcher mean =
        Pattern.compile("Annual loss of the portfolio: mean ([0-9,]+) \\(analytic 727,670\\)")
            .matcher(output);
    assertThat(mean.find()).as(output).isTrue();
    assertThat(Double.parseDouble(mean.group(1).replace(",", "")))
        .isCloseTo(727_670, within(7_277.0));
    assertThat(output)
        .contains("  store-outage: ")
        .contains("  data-breach: ")
        .contains("chance of losing more than 5,000,000 in a year: ");
  }
}
