package dev.governance.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricsTest {

  @Test
  void readsAsATableAndASentence() {
    Metrics metrics =
        Metrics.builder()
            .id("m")
            .title("At a glance")
            .addMetrics(
                Metric.builder()
                    .label("Errors")
                    .value("3")
                    .tone(Tone.CRITICAL)
                    .detail("RACI")
                    .build())
            .addMetrics(Metric.builder().label("Ahead").value("2").tone(Tone.NEUTRAL).build())
            .build();
    assertThat(metrics.asTable().rows())
        .extracting(TableRow::cells)
        .containsExactly(
            com.google.common.collect.ImmutableList.of("Errors", "3", "Critical", "RACI"),
            com.google.common.collect.ImmutableList.of("Ahead", "2", "-", ""));
    assertThat(metrics.textAlternative())
        .isEqualTo("At a glance: Errors 3 (Critical); Ahead 2 (-).");
    assertThat(metrics.accept(new NamingVisitor())).isEqualTo("metrics");
  }
}
