package dev.governance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PointTest {

  @Test
  void holdsFiniteCoordinates() {
    assertThat(Point.of(1, 2).y()).isEqualTo(2);
    assertThatThrownBy(() -> Point.of(Double.POSITIVE_INFINITY, 0))
        .hasMessageStartingWith("Invalid governance data: x = Infinity");
  }
}
