package dev.governance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellValueTest {

  /** The number a cell holds is the number its text shows, as every renderer shows it. */
  @ParameterizedTest
  @CsvSource({
    "6.4251, 2, 6.43, 6.43",
    "6.425, 2, 6.43, 6.43",
    "2.0, 2, 2, 2",
    "100.0, 1, 100, 100",
    "-0.001, 2, 0, 0",
    "1234567.891, 0, 1234568, 1234568",
    "0.1234567, 6, 0.123457, 0.123457"
  })
  void aNumberIsRoundedAsItIsShown(double value, int decimals, String text, String number) {
    CellValue cell = CellValue.number(value, decimals);
    assertThat(cell.text()).isEqualTo(text).isEqualTo(Texts.number(value, decimals));
    assertThat(cell.number()).contains(new BigDecimal(number));
    assertThat(cell.number().orElseThrow().toString()).as("plain, never 1E+2").isEqualTo(number);
    assertThat(cell.date()).isEmpty();
  }

  @Test
  void countsDatesAndText() {
    assertThat(CellValue.count(42).number()).contains(BigDecimal.valueOf(42));
    assertThat(CellValue.count(42).text()).isEqualTo("42");
    assertThat(CellValue.date(LocalDate.of(2026, 1, 31)).text()).isEqualTo("2026-01-31");
    assertThat(CellValue.date(Optional.empty())).isEqualTo(CellValue.text(""));
    assertThat(CellValue.text("x").number()).isEmpty();
    assertThat(CellValue.text("x").date()).isEmpty();
  }

  @Test
  void rejectsWhatIsNoNumberOrBoth() {
    assertThatThrownBy(() -> CellValue.number(Double.NaN, 2))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("value = NaN: expected a finite number");
    assertThatThrownBy(() -> CellValue.number(1, -1))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("decimals = -1: expected 0 or more");
    assertThatThrownBy(
            () ->
                CellValue.builder()
                    .text("1")
                    .number(BigDecimal.ONE)
                    .date(LocalDate.of(2026, 1, 1))
                    .build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("date = 2026-01-01: expected no date in a cell holding the number 1");
  }
}
