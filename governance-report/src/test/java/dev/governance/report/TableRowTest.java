package dev.governance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.governance.core.GovernanceValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableRowTest {

  @Test
  void isNeutralUnlessToned() {
    assertThat(TableRow.of("a", "b").tone()).isEqualTo(Tone.NEUTRAL);
    assertThat(TableRow.of("a", "b").cells()).containsExactly("a", "b");
  }

  @Test
  void aRowOfTextHasTextValues() {
    TableRow row = TableRow.of("a", "2");
    assertThat(row.values()).isEmpty();
    assertThat(row.value(1)).isEqualTo(CellValue.text("2"));
    assertThat(row.value(1).number()).isEmpty();
  }

  @Test
  void aTypedRowShowsItsValuesAsText() {
    TableRow row =
        TableRow.typed(
            List.of(
                CellValue.text("risk-1"),
                CellValue.number(6.4251, 2),
                CellValue.date(LocalDate.of(2026, 3, 15))),
            Tone.WARNING);
    assertThat(row.cells()).containsExactly("risk-1", "6.43", "2026-03-15");
    assertThat(row.value(1).number()).contains(new BigDecimal("6.43"));
    assertThat(row.value(2).date()).contains(LocalDate.of(2026, 3, 15));
    assertThat(row.tone()).isEqualTo(Tone.WARNING);
  }

  @Test
  void valuesMustMatchTheCells() {
    assertThatThrownBy(
            () ->
                TableRow.builder()
                    .addCells("a", "b")
                    .values(ImmutableList.of(CellValue.text("a")))
                    .build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("values = 1: expected 2 values, one per cell");
    assertThatThrownBy(
            () ->
                TableRow.builder()
                    .addCells("a", "3")
                    .values(ImmutableList.of(CellValue.text("a"), CellValue.count(4)))
                    .build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("values[1].text = '4': expected the cell's text '3'");
  }
}
