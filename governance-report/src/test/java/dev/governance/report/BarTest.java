package dev.governance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarTest {

  @Test
  void sumsItsValuesAndRejectsNegativeOnes() {
    assertThat(Bar.of("ann", List.of(2.0, 3.5)).total()).isEqualTo(5.5);
    assertThatThrownBy(() -> Bar.of("ann", List.of(-1.0)))
        .hasMessageStartingWith("Invalid governance data: values[0] = -1.0");
  }
}
