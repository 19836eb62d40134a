package dev.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceRegionTest {

  @Test
  void printsAsLineColonColumn() {
    assertThat(SourceRegion.of(12, 5)).hasToString("12:5");
    assertThat(SourceRegion.of(12, 5))
        .isEqualTo(SourceRegion.of(12, 5))
        .isNotEqualTo(SourceRegion.of(5, 12));
  }

  @Test
  void rejectsLinesAndColumnsBeforeTheFirst() {
    assertThatThrownBy(() -> SourceRegion.of(0, 1))
        .hasMessageStartingWith("Invalid governance data: line = 0: expected");
    assertThatThrownBy(() -> SourceRegion.of(1, -2))
        .hasMessageStartingWith("Invalid governance data: column = -2: expected");
  }
}
