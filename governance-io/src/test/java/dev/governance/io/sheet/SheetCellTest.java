package dev.governance.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.rules.SourceRegion;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SheetCellTest {

  private static final SourceRegion B2 = SourceRegion.cell("Risks", 2, 2);

  private static SheetCell cell(CellKind kind, String text, Optional<String> formula) {
    return SheetCell.of(B2, kind, text, Optional.empty(), Optional.empty(), formula);
  }

  @Test
  void describesWhatItHoldsAsAProblemQuotesIt() {
    assertThat(SheetCell.text(B2, "A?").describe()).isEqualTo("'A?'");
    assertThat(
            SheetCell.of(
                    B2,
                    CellKind.NUMBER,
                    "1",
                    Optional.of(BigDecimal.ONE),
                    Optional.empty(),
                    Optional.empty())
                .describe())
        .isEqualTo("the number 1");
    assertThat(cell(CellKind.BOOLEAN, "TRUE", Optional.empty()).describe())
        .isEqualTo("the boolean TRUE");
    assertThat(cell(CellKind.ERROR, "#N/A", Optional.empty()).describe())
        .isEqualTo("the error value #N/A");
    assertThat(cell(CellKind.UNCALCULATED, "", Optional.of("A1+1")).describe())
        .isEqualTo(
            "a formula without a cached value (=A1+1); open the workbook in a spreadsheet program"
                + " and save it to calculate it");
  }

  @Test
  void aBlankOrWhiteSpaceCellIsBlank() {
    assertThat(SheetCell.blank(B2).isBlank()).isTrue();
    assertThat(SheetCell.text(B2, "  ").isBlank()).isTrue();
    assertThat(SheetCell.text(B2, "x").isBlank()).isFalse();
    assertThat(SheetCell.blank(B2).location().a1()).isEqualTo("Risks!B2");
  }
}
