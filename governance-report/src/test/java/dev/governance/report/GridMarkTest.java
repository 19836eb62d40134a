package dev.governance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GridMarkTest {

  @Test
  void marksACellARowOrAColumn() {
    GridMark cell =
        GridMark.builder()
            .row(1)
            .column(2)
            .code("RACI-005")
            .message("m")
            .tone(Tone.CRITICAL)
            .build();
    GridMark row =
        GridMark.builder().row(1).code("RACI-001").message("m").tone(Tone.CRITICAL).build();
    GridMark column =
        GridMark.builder().column(2).code("RACI-008").message("m").tone(Tone.WARNING).build();
    assertThat(cell.onCell(1, 2)).isTrue();
    assertThat(row.onRow(1) && !row.onCell(1, 2)).isTrue();
    assertThat(column.onColumn(2) && !column.onRow(1)).isTrue();
  }

  @Test
  void rejectsAMarkWithNeitherRowNorColumn() {
    assertThatThrownBy(
            () -> GridMark.builder().code("RACI-001").message("m").tone(Tone.CRITICAL).build())
        .hasMessage("Invalid governance data: row = '<missing>': expected a row, a column or both");
  }
}
