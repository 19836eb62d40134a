package dev.governance.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SheetLimitsTest {

  @Test
  void defaultsAreExcelsLimitsAndPoisRatio() {
    SheetLimits limits = SheetLimits.defaults();
    assertThat(limits.maxRows()).isEqualTo(1_048_576);
    assertThat(limits.maxColumns()).isEqualTo(16_384);
    assertThat(limits.maxCellCharacters()).isEqualTo(32_767);
    assertThat(limits.maxCompressionRatio()).isEqualTo(100);
    assertThat(limits.maxUncompressedBytes()).isEqualTo(512L * 1024 * 1024);
    assertThat(limits.maxCells()).isEqualTo(2_097_152L);
  }

  @Test
  void refusesLimitsBelowOne() {
    assertThatThrownBy(() -> SheetLimits.builder().maxUncompressedBytes(0).build())
        .hasMessage("Invalid governance data: maxUncompressedBytes = 0: expected a number >= 1");
    assertThatThrownBy(() -> SheetLimits.builder().maxCompressionRatio(0).build())
        .hasMessage("Invalid governance data: maxCompressionRatio = 0: expected an integer >= 1");
    assertThatThrownBy(() -> SheetLimits.builder().maxCellCharacters(-1).build())
        .hasMessage("Invalid governance data: maxCellCharacters = -1: expected an integer >= 1");
    assertThatThrownBy(() -> SheetLimits.builder().maxCells(0).build())
        .hasMessage("Invalid governance data: maxCells = 0: expected a number of cells >= 1");
  }
}
