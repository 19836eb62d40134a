package dev.governance.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrendTest {

  @Test
  void eachTrendHasItsArrow() {
    assertThat(Trend.IMPROVING.arrow()).isEqualTo("\u25B2");
    assertThat(Trend.DECLINING.arrow()).isEqualTo("\u25BC");
    assertThat(Trend.FLAT.arrow()).isEqualTo("\u25B6");
  }
}
