package dev.governance.report.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SheetWriterTest {

  static Stream<Arguments> shownTexts() {
    return Stream.of(
        Arguments.of("plain", "plain"),
        Arguments.of("=SUM(A1)", "'=SUM(A1)"),
        Arguments.of("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        Arguments.of("-3.5", "-3.5"),
        Arguments.of("@x", "'@x"),
        Arguments.of("esc\u001b[31m", "esc\\u001b[31m"),
        Arguments.of("nul\u0000", "nul\uFFFD"),
        Arguments.of("ffff\uFFFF fffe\uFFFE", "ffff\uFFFD fffe\uFFFD"),
        Arguments.of("tab\tline\ncr\r", "tab\tline\ncr\r"));
  }

  /** What a report's workbook shows of user text. */
  @ParameterizedTest
  @MethodSource("shownTexts")
  void shownTextCannotAct(String text, String shown) {
    assertThat(SheetWriter.shown(text)).isEqualTo(shown);
  }

  @Test
  void textPastTheCellLimitIsCutWithANote() {
    assertThat(SheetWriter.shown("a".repeat(32_767))).hasSize(32_767);
    String cut = SheetWriter.shown("a".repeat(32_766) + "\uD83D\uDE00");
    assertThat(cut).hasSizeLessThanOrEqualTo(32_767).endsWith(" [40 more characters cut]");
    String emoji = SheetWriter.shown("\uD83D\uDE00".repeat(20_000));
    assertThat(emoji).hasSizeLessThanOrEqualTo(32_767);
    assertThat(Character.isHighSurrogate(emoji.charAt(emoji.indexOf(" [") - 1))).isFalse();
  }

  @Test
  void exactTextIsKeptOrRejectedWithWhereAndWhy() {
    assertThat(SheetWriter.exact("f", "=SUM(A1)\ttab\nline\r\uD83D\uDE00"))
        .isEqualTo("=SUM(A1)\ttab\nline\r\uD83D\uDE00");
    assertThatThrownBy(() -> SheetWriter.exact("risks[2].title", "bell\u0007"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "risks[2].title = 'bell\\u0007': expected text an .xlsx cell can hold (XML 1.0: no"
                + " control character but tab and line breaks, no U+FFFE, U+FFFF or unpaired"
                + " surrogate), found U+0007 at character 5");
    assertThatThrownBy(() -> SheetWriter.exact("f", "lone \uDC00"))
        .hasMessageContaining("found U+DC00 at character 6");
    assertThatThrownBy(() -> SheetWriter.exact("f", "\uFFFF"))
        .hasMessageContaining("found U+FFFF at character 1");
    assertThatThrownBy(() -> SheetWriter.exact("matrices[0].name", "x".repeat(32_768)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "matrices[0].name = '"
                + "x".repeat(60)
                + "...': expected at most 32767 characters (Excel's limit for a cell), found"
                + " 32768");
  }

  @Test
  void aSheetHasItsLayout() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "test", "1.0");
    SheetWriter sheet = new SheetWriter(workbook, "S", ImmutableList.of("A", "B", "C"));
    sheet.text(1, 0, "a rather long line\nshort");
    sheet.number(1, 1, new BigDecimal("12.5"));
    sheet.date(1, 2, LocalDate.of(2026, 3, 15));
    sheet.text(2, 0, "y".repeat(200));
    sheet.finish();
    workbook.finish();
    PoiSheets read = PoiSheets.read(out.toByteArray());
    assertThat(read.cells().get("S"))
        .containsExactly(
            List.of("A", "B", "C"),
            List.of("a rather long line\nshort", 12.5, LocalDate.of(2026, 3, 15)),
            List.of("y".repeat(200)));
    PoiSheets.Layout layout = read.layouts().get("S");
    assertThat(layout.frozenRows()).isEqualTo(1);
    assertThat(layout.autoFilter()).isEqualTo("A1:C3");
    assertThat(layout.widths()).containsExactly(60.0, 8.0, 12.0);
  }
}
