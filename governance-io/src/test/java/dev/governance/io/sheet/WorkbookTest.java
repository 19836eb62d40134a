package dev.governance.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.io.LoadException;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookTest {

  @TempDir Path dir;

  /** Writes, with Apache POI, a sheet of every kind of cell and a hidden second sheet. */
  private Path poiWorkbook(boolean date1904) throws IOException {
    Path file = dir.resolve("kinds-" + date1904 + ".xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.getCTWorkbook().addNewWorkbookPr().setDate1904(date1904);
      XSSFSheet sheet = wb.createSheet("Risk register");
      wb.createSheet("Notes");
      wb.setSheetHidden(1, true);
      XSSFRow first = sheet.createRow(0);
      first.createCell(0).setCellValue("Customer data leak");
      first.createCell(2).setCellValue(3.0);
      first.createCell(3).setCellValue(true);
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      first.createCell(4).setCellValue(LocalDate.of(2026, 3, 1));
      first.getCell(4).setCellStyle(date);
      XSSFRow fifth = sheet.createRow(4);
      fifth.createCell(0).setCellFormula("C1*2");
      fifth.createCell(1).setCellFormula("C1*3");
      fifth.createCell(2).setCellValue("007");
      FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
      evaluator.evaluateFormulaCell(fifth.getCell(0));
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    return file;
  }

  private static List<SheetRow> rows(Workbook workbook, WorkbookSheet sheet) {
    try (Stream<SheetRow> rows = workbook.rows(sheet)) {
      return rows.collect(Collectors.toList());
    }
  }

  @Test
  void readsEveryKindOfCellWhereItIs() throws IOException {
    try (Workbook workbook = Workbook.open(poiWorkbook(false))) {
      assertThat(workbook.sheets())
          .containsExactly(
              WorkbookSheet.of("Risk register", 0, false), WorkbookSheet.of("Notes", 1, true));
      List<SheetRow> rows = rows(workbook, workbook.sheets().get(0));
      assertThat(rows).extracting(SheetRow::number).containsExactly(1, 5);
      SheetRow first = rows.get(0);
      assertThat(first.cells())
          .extracting(SheetCell::kind)
          .containsExactly(
              CellKind.TEXT, CellKind.BLANK, CellKind.NUMBER, CellKind.BOOLEAN, CellKind.DATE);
      assertThat(first.cell(3).text()).isEqualTo("3");
      assertThat(first.cell(3).number()).contains(new BigDecimal("3.0"));
      assertThat(first.cell(4).text()).isEqualTo("TRUE");
      assertThat(first.cell(5).date()).contains(LocalDateTime.of(2026, 3, 1, 0, 0));
      assertThat(first.cell(5).location().toString()).isEqualTo("'Risk register'!E1");
      assertThat(first.cell(9).kind()).isEqualTo(CellKind.BLANK);
      SheetRow fifth = rows.get(1);
      assertThat(fifth.cell(1).kind()).isEqualTo(CellKind.NUMBER);
      assertThat(fifth.cell(1).text()).isEqualTo("6");
      assertThat(fifth.cell(1).formula()).contains("C1*2");
      assertThat(fifth.cell(2).kind()).isEqualTo(CellKind.UNCALCULATED);
      assertThat(fifth.cell(3).text()).isEqualTo("007");
    }
  }

  @Test
  void readsDatesInThe1904System() throws IOException {
    try (Workbook workbook = Workbook.open(poiWorkbook(true))) {
      assertThat(workbook.date1904()).isTrue();
      SheetCell date = rows(workbook, workbook.sheets().get(0)).get(0).cell(5);
      // POI wrote the 1900-system serial of 2026-03-01; read in the 1904 system it is 1,462 days on
      assertThat(date.date()).contains(LocalDateTime.of(2030, 3, 2, 0, 0));
    }
  }

  @Test
  void readsCsvAsOneSheetOfTextCells() throws IOException {
    Path file = dir.resolve("release-raci.csv");
    Files.writeString(file, "activity,PM\nPlan,A\n");
    try (Workbook workbook = Workbook.open(file)) {
      assertThat(workbook.sheets()).containsExactly(WorkbookSheet.of("release-raci", 0, false));
      SheetRow second = rows(workbook, workbook.sheets().get(0)).get(1);
      assertThat(second.cell(2).text()).isEqualTo("A");
      assertThat(second.cell(2).location().toString()).isEqualTo("2:6");
    }
  }

  @Test
  void refusesAnOldXlsWorkbookAndAFileOverTheLimit() throws IOException {
    Path xls = dir.resolve("old.xls");
    Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0});
    assertThatThrownBy(() -> Workbook.open(xls))
        .isInstanceOf(LoadException.class)
        .hasMessageEndingWith(
            "old.xls:1:1: file: expected an .xlsx workbook or a CSV file, found an Excel 97-2003"
                + " (.xls) workbook; save it as .xlsx");
    Path csv = dir.resolve("big.csv");
    Files.writeString(csv, "a,b\n1,2\n");
    assertThatThrownBy(() -> Workbook.open(csv, SheetLimits.builder().maxBytes(4).build()))
        .isInstanceOf(LoadException.class)
        .hasMessageEndingWith("file: expected a file of at most 4 bytes, found 8 bytes");
  }
}
