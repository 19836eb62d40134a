package dev.governance.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableRowTest {

  @Test
  void isNeutralUnlessToned() {
    assertThat(TableRow.of("a", "b").tone()).isEqualTo(Tone.NEUTRAL);
    assertThat(TableRow.of("a", "b").cells()).containsExactly("a", "b");
  }
}
