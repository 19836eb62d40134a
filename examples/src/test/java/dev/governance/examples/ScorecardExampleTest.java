package dev.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScorecardExampleTest {

  @Test
  void printsTheProgramAndSystemFiguresWithTheirFormulas() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ScorecardExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("Program at close: CV = 1350000.0 = EV - AC = 45000000 - 43650000")
        .contains(
            "System error budget: allowed downtime minutes = 21.6 = (1 - SLO) x window = (1 -"
                + " 0.9995) x 43200 min")
        .contains("Scorecard 'Omni-channel shared scorecard' for 2025-12: score 1.000")
        .contains("resolution    value 45.0     score 1.000  GREEN trend IMPROVING")
        .contains(
            "December incidents: incidents per 7 days = 0.45161290322580644 = incidents / (window /"
                + " unit) = 2 / 4.428571428571429")
        .contains(
            "MTTA seconds = 300.0 = sum(acknowledged - opened) / incidents acknowledged = 600 s /"
                + " 2")
        .contains(
            "MTTR (resolve) seconds = 2700.0 = sum(resolved - opened) / incidents resolved = 5400 s"
                + " / 2")
        .contains("weighted mean score = 1.0 = (2 x 1 + 1 x 1) / (2 + 1)")
        .contains("System trend: Trend{direction=IMPROVING");
  }
}
