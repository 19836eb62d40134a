package dev.governance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CurveChartTest {

  private static CurveChart.Builder builder() {
    return CurveChart.builder()
        .id("c")
        .title("Losses")
        .xTitle("Annual loss")
        .yTitle("Probability of exceeding")
        .yPercent(true);
  }

  @Test
  void readsAsATableAndASentence() {
    CurveChart chart =
        builder()
            .logX(true)
            .addSeries(
                Series.builder()
                    .name("Portfolio")
                    .addPoints(Point.of(1000, 0.5), Point.of(1_000_000, 0.01))
                    .build())
            .build();
    assertThat(chart.asTable().rows())
        .extracting(r -> String.join("|", r.cells()))
        .containsExactly("Portfolio|1000|50 %", "Portfolio|1000000|1 %");
    assertThat(chart.textAlternative())
        .isEqualTo(
            "Losses: probability of exceeding against annual loss (logarithmic); Portfolio from"
                + " (1000, 50 %) to (1000000, 1 %).");
    assertThat(chart.accept(new NamingVisitor())).isEqualTo("curveChart");
  }

  @Test
  void rejectsNonPositiveXOnALogarithmicAxis() {
    assertThatThrownBy(
            () ->
                builder()
                    .logX(true)
                    .addSeries(Series.builder().name("P").addPoints(Point.of(0, 1)).build())
                    .build())
        .hasMessage(
            "Invalid governance data: series 'P' x = 0.0: expected a positive x on a logarithmic"
                + " axis");
  }
}
