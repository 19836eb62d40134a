package dev.governance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MetricTest {

  @Test
  void holdsLabelValueToneAndDetail() {
    Metric m =
        Metric.builder()
            .label("Availability")
            .value("99.96 %")
            .tone(Tone.GOOD)
            .detail("target 99.95 %")
            .build();
    assertThat(m.detail()).contains("target 99.95 %");
  }

  @Test
  void rejectsBlankLabelsAndValues() {
    assertThatThrownBy(() -> Metric.builder().label("").value("1").tone(Tone.GOOD).build())
        .hasMessage("Invalid governance data: label = '': expected a non-blank text");
    assertThatThrownBy(() -> Metric.builder().label("x").value(" ").tone(Tone.GOOD).build())
        .hasMessage("Invalid governance data: value = ' ': expected a non-blank text");
  }
}
