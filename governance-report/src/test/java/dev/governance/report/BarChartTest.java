package dev.governance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

  @Test
  void readsAsATableWithBarsOverTheLimitMarked() {
    BarChart chart =
        BarChart.builder()
            .id("b")
            .title("Load")
            .addSeries("Accountable")
            .limit(15.0)
            .addBars(Bar.of("ann", List.of(17.0)), Bar.of("bo", List.of(3.0)))
            .build();
    assertThat(chart.asTable().rows())
        .extracting(r -> String.join("|", r.cells()) + "|" + r.tone())
        .containsExactly("ann|17|17|WARNING", "bo|3|3|NEUTRAL");
    assertThat(chart.textAlternative())
        .isEqualTo("Load: 2 bars of Accountable, limit 15; ann 17, bo 3.");
    assertThat(chart.accept(new NamingVisitor())).isEqualTo("barChart");
  }

  @Test
  void rejectsBarsWithTheWrongNumberOfValues() {
    assertThatThrownBy(
            () ->
                BarChart.builder()
                    .id("b")
                    .title("L")
                    .addSeries("A", "R")
                    .addBars(Bar.of("ann", List.of(1.0)))
                    .build())
        .hasMessage(
            "Invalid governance data: bars[0].values = 1: expected 2 values, one per series");
    assertThatThrownBy(() -> BarChart.builder().id("b").title("L").build())
        .hasMessage("Invalid governance data: series = []: expected at least one series");
  }
}
