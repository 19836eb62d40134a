package dev.governance.report.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.GovernanceModel;
import dev.governance.report.Block;
import dev.governance.report.CellValue;
import dev.governance.report.Report;
import dev.governance.report.ReportFixtures;
import dev.governance.report.Section;
import dev.governance.report.Table;
import dev.governance.report.TableRow;
import dev.governance.report.Texts;
import dev.governance.report.dashboard.Dashboard;
import dev.governance.rules.SourceRegion;
import dev.governance.testkit.HostileModelGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The workbook of a report as Apache POI reads it: a Contents sheet, then a sheet per block holding
 * its table with typed cells, a frozen header, an auto-filter and fitted widths; hostile text
 * neutralised and kept within a cell's limit.
 */
class XlsxRendererTest {

  @TempDir Path dir;

  /** Asserts that {@code xlsx} holds {@code report}: each block's table, typed, on its sheet. */
  static void assertHolds(byte[] xlsx, Report report) throws IOException {
    PoiSheets read = PoiSheets.read(xlsx);
    List<String> names = new ArrayList<>(read.cells().keySet());
    List<Block> blocks = report.blocks();
    assertThat(names).hasSize(blocks.size() + 1);
    assertThat(names.get(0)).isEqualTo(XlsxRenderer.CONTENTS);
    List<List<Object>> contents = read.cells().get(XlsxRenderer.CONTENTS);
    for (int b = 0; b < blocks.size(); b++) {
      Table table = blocks.get(b).asTable();
      String name = names.get(b + 1);
      assertThat(contents.get(b + 1).get(0)).isEqualTo(SheetWriter.shown(name));
      assertThat(contents.get(b + 1).get(2)).isEqualTo(SheetWriter.shown(table.title()));
      assertThat(contents.get(b + 1).get(3)).isEqualTo((double) table.rows().size());
      assertThat(contents.get(b + 1).get(5)).isEqualTo(report.asOf());
      List<List<Object>> rows = read.cells().get(name);
      assertThat(rows.get(0))
          .as("header of %s", name)
          .containsExactlyElementsOf(table.columns().stream().map(SheetWriter::shown).toList());
      assertThat(rows).hasSize(table.rows().size() + 1);
      for (int r = 0; r < table.rows().size(); r++) {
        TableRow row = table.rows().get(r);
        for (int c = 0; c < row.cells().size(); c++) {
          Object cell = c < rows.get(r + 1).size() ? rows.get(r + 1).get(c) : null;
          assertThat(cell)
              .as("%s", SourceRegion.cell(name, r + 2, c + 1).a1())
              .isEqualTo(expected(row.value(c)));
        }
      }
      PoiSheets.Layout layout = read.layouts().get(name);
      assertThat(layout.frozenRows()).as("frozen rows of %s", name).isEqualTo(1);
      assertThat(layout.autoFilter())
          .as("auto-filter of %s", name)
          .isEqualTo("A1:" + SourceRegion.columnLetters(table.columns().size()) + rows.size());
      assertThat(layout.widths()).allSatisfy(w -> assertThat(w).isBetween(8.0, 60.0));
    }
  }

  private static Object expected(CellValue value) {
    if (value.number().isPresent()) {
      return value.number().get().doubleValue();
    }
    if (value.date().isPresent()) {
      return value.date().get();
    }
    String text = SheetWriter.shown(value.text());
    return text.isEmpty() ? null : text;
  }

  @Test
  void theSampleDashboardIsASheetPerTableWithTypedCells() throws IOException {
    Report report = ReportFixtures.dashboard().unabridged().report();
    byte[] xlsx = XlsxRenderer.render(report);
    assertHolds(xlsx, report);
    Map<String, List<List<Object>>> sheets = PoiSheets.read(xlsx).cells();
    assertThat(sheets.keySet())
        .contains(
            "Top risks by residual score",
            "Inherent risk",
            "Residual risk",
            "All findings",
            "RACI matrices");
    List<List<Object>> risks = sheets.get("Top risks by residual score");
    assertThat(risks.get(0)).contains("Program owner", "System owner", "Next review");
    assertThat(risks).hasSize(ReportFixtures.dashboard().health().model().risks().size() + 1);
    assertThat(risks.get(1).get(5)).isInstanceOf(Double.class);
    assertThat(risks.get(1).get(9)).isInstanceOf(LocalDate.class);
    assertThat(sheets.get("Inherent risk").get(1).subList(1, 6))
        .allSatisfy(c -> assertThat(c).isInstanceOf(Double.class));
    assertThat(sheets.get("All findings").get(0))
        .containsExactly("Code", "Severity", "Subject", "Message", "Tell", "Fix");
    String calendar =
        sheets.keySet().stream().filter(n -> n.startsWith("Compliance calendar")).findFirst().get();
    assertThat(calendar).hasSizeLessThanOrEqualTo(31).doesNotContain(":");
    assertThat(sheets.get(calendar).get(1).get(0)).isInstanceOf(LocalDate.class);
  }

  @Test
  void aTableLongerThanASheetKeepsItsFirstRowsAndSaysSo() throws IOException {
    Table table =
        Table.builder()
            .id("long")
            .title("Long")
            .addColumns("N")
            .addRows(TableRow.of("1"), TableRow.of("2"), TableRow.of("3"))
            .note("Three rows.")
            .build();
    Report report =
        Report.builder()
            .title("R")
            .asOf(LocalDate.of(2026, 3, 15))
            .addSections(Section.builder().id("s").title("S").addBlocks(table).build())
            .build();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    XlsxRenderer.write(report, out, 2);
    Map<String, List<List<Object>>> sheets = PoiSheets.read(out.toByteArray()).cells();
    assertThat(sheets.get("Long")).containsExactly(List.of("N"), List.of("1"), List.of("2"));
    assertThat(sheets.get("Contents").get(1).subList(3, 5))
        .containsExactly(2.0, "The first 2 of 3 rows: a sheet holds no more. Three rows.");
    assertThat(XlsxRenderer.MOST_ROWS).isEqualTo(1_048_576 - 1);
  }

  @Test
  void renderingTwiceGivesTheSameCells() throws IOException {
    Report report = ReportFixtures.dashboard().report();
    assertThat(PoiSheets.read(XlsxRenderer.render(report)))
        .isEqualTo(PoiSheets.read(XlsxRenderer.render(report)));
  }

  @Test
  void writesAFileInADirectoryItMakes() throws IOException {
    Report report = ReportFixtures.dashboard().report();
    Path file = dir.resolve("out/dashboard.xlsx");
    XlsxRenderer.write(report, file);
    assertHolds(Files.readAllBytes(file), report);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 20, 42, 2026})
  void hostileModelsAreNeutralisedAndKept(long seed) throws IOException {
    GovernanceModel model = HostileModelGenerator.small().generate(new SplittableRandom(seed));
    Report report = Dashboard.of(ReportFixtures.health(model)).unabridged().report();
    byte[] xlsx = XlsxRenderer.render(report);
    assertHolds(xlsx, report);
    for (List<List<Object>> rows : PoiSheets.read(xlsx).cells().values()) {
      for (List<Object> row : rows) {
        for (Object cell : row) {
          if (cell instanceof String text) {
            assertThat(text.length()).isLessThanOrEqualTo(SheetWriter.MOST_CELL_CHARACTERS);
            assertThat(Texts.formulaLike(text)).as("a formula-like cell %s", text).isFalse();
          }
        }
      }
    }
  }

  @Test
  void hostileTextAndNamesInOneTable() throws IOException {
    String title = "=HYPERLINK(\"http://e.vil\")[x]:*?/\\ and a rather long title";
    Table table =
        Table.builder()
            .id("hostile")
            .title(title)
            .addColumns("=1+1", "Text")
            .addRows(
                TableRow.of("@SUM(A1)", "bell\u0007 nul\u0000 lone\uD800 ffff\uFFFF"),
                TableRow.of("-3.5", "x".repeat(40_000)),
                TableRow.of("tab\tand\nline", "\uD83D\uDE00"))
            .build();
    Table twin = Table.builder().id("twin").title(title).addColumns("A").build();
    Report report =
        Report.builder()
            .title("=cmd|' /C calc'!A0")
            .asOf(LocalDate.of(2026, 3, 15))
            .addSections(Section.builder().id("s").title("S").addBlocks(table, twin).build())
            .build();
    Map<String, List<List<Object>>> sheets = PoiSheets.read(XlsxRenderer.render(report)).cells();
    assertThat(sheets.keySet())
        .containsExactly(
            "Contents", "=HYPERLINK(\"http---e.vil\")-x---", "=HYPERLINK(\"http---e.vil\")- (2)");
    List<List<Object>> rows = sheets.get("=HYPERLINK(\"http---e.vil\")-x---");
    assertThat(rows.get(0)).containsExactly("'=1+1", "Text");
    assertThat(rows.get(1))
        .containsExactly("'@SUM(A1)", "bell\\u0007 nul\uFFFD lone\uFFFD ffff\uFFFD");
    assertThat(rows.get(2).get(0)).as("a number is no formula").isEqualTo("-3.5");
    String cut = (String) rows.get(2).get(1);
    assertThat(cut).hasSizeLessThanOrEqualTo(32_767).endsWith(" [7273 more characters cut]");
    assertThat(cut).startsWith("x".repeat(32_000));
    assertThat(rows.get(3)).containsExactly("tab\tand\nline", "\uD83D\uDE00");
  }
}
