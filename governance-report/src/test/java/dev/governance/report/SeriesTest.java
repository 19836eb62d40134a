package dev.governance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeriesTest {

  @Test
  void isSolidByDefaultAndRejectsPointsOutOfOrder() {
    assertThat(Series.builder().name("a").build().dashed()).isFalse();
    assertThatThrownBy(
            () -> Series.builder().name("a").addPoints(Point.of(2, 0), Point.of(1, 0)).build())
        .hasMessage(
            "Invalid governance data: points[1].x = 1.0: expected points in order of x, not before"
                + " 2.0");
  }
}
