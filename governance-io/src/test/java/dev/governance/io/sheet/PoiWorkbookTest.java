package dev.governance.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks written by Apache POI, an independent implementation of the format, read back: inline
 * strings (POI's streaming {@code SXSSFWorkbook}) and, over generated sheets, every cell compared
 * with what POI's {@code XSSFWorkbook} reads of the same file.
 */
class PoiWorkbookTest {

  @TempDir Path dir;

  @Test
  void readsInlineStringsWrittenByPoisStreamingWorkbook() throws IOException {
    Path file = dir.resolve("inline.xlsx");
    try (SXSSFWorkbook wb = new SXSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("Risks");
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("Id");
      header.createCell(1).setCellValue("Title");
      Row first = sheet.createRow(2);
      first.createCell(0).setCellValue("R1");
      first.createCell(3).setCellValue("Customer <data> & \"leak\"");
      wb.write(out);
      wb.dispose();
    }
    assertThat(new String(entry(file, "xl/worksheets/sheet1.xml"), "UTF-8"))
        .contains("t=\"inlineStr\"");
    try (Workbook workbook = Workbook.open(file)) {
      assertThat(LibreOfficeWorkbookTest.cells(workbook, workbook.sheets().get(0)))
          .containsExactly(
              "Risks!A1 TEXT Id",
              "Risks!B1 TEXT Title",
              "Risks!A3 TEXT R1",
              "Risks!B3 BLANK ",
              "Risks!C3 BLANK ",
              "Risks!D3 TEXT Customer <data> & \"leak\"");
    }
  }

  private static byte[] entry(Path file, String name) throws IOException {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile());
        InputStream in = zip.getInputStream(zip.getEntry(name))) {
      return in.readAllBytes();
    }
  }

  @Test
  void readsEveryCellAsPoiReadsIt() {
    qt().withExamples(60)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Path file = dir.resolve("generated-" + seed + ".xlsx");
              try {
                generate(file, new SplittableRandom(seed));
                assertThat(read(file)).isEqualTo(readWithPoi(file));
                Files.delete(file);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** Writes a sheet of random kinds of cells, gaps, dates, formulas with cached values. */
  private static void generate(Path file, SplittableRandom random) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      boolean date1904 = random.nextBoolean();
      if (wb.getCTWorkbook().isSetWorkbookPr()) {
        wb.getCTWorkbook().getWorkbookPr().setDate1904(date1904);
      } else {
        wb.getCTWorkbook().addNewWorkbookPr().setDate1904(date1904);
      }
      CellStyle date = wb.createCellStyle();
      String[] formats = {"yyyy-mm-dd", "d/m/yy h:mm", "[h]:mm:ss", "mmm yyyy", "0.00", "#,##0"};
      date.setDataFormat(wb.createDataFormat().getFormat(formats[random.nextInt(formats.length)]));
      CellStyle builtIn = wb.createCellStyle();
      builtIn.setDataFormat((short) (14 + random.nextInt(9)));
      Sheet sheet = wb.createSheet("Generated");
      int rows = 1 + random.nextInt(30);
      for (int r = 0; r < rows; r++) {
        if (random.nextInt(4) == 0) {
          continue;
        }
        Row row = sheet.createRow(r);
        int columns = random.nextInt(12);
        for (int c = 0; c < columns; c++) {
          int kind = random.nextInt(9);
          if (kind == 0) {
            continue;
          }
          Cell cell = row.createCell(c);
          switch (kind) {
            case 1:
              cell.setCellValue(random.nextBoolean() ? "text " + random.nextInt(1000) : "00" + r);
              break;
            case 2:
              cell.setCellValue(random.nextInt(2_000_000) / (random.nextBoolean() ? 1.0 : 100.0));
              break;
            case 3:
              cell.setCellValue(1 + random.nextInt(80_000) + random.nextInt(86_400) / 86_400.0);
              cell.setCellStyle(random.nextBoolean() ? date : builtIn);
              break;
            case 4:
              cell.setCellValue(random.nextBoolean());
              break;
            case 5:
              cell.setCellFormula("1+" + random.nextInt(100));
              cell.setCellValue(random.nextInt(100) + 1.0);
              break;
            case 6:
              cell.setCellFormula("\"a\"&\"b\"");
              cell.setCellValue("ab");
              break;
            case 7:
              cell.setCellFormula("TODAY()");
              cell.setCellValue(40_000 + random.nextInt(10_000));
              cell.setCellStyle(date);
              break;
            default:
              cell.setCellFormula("NOW()");
              break;
          }
        }
      }
      wb.write(out);
    }
  }

  private static List<String> read(Path file) {
    try (Workbook workbook = Workbook.open(file);
        Stream<SheetRow> rows = workbook.rows(workbook.sheets().get(0))) {
      return rows.flatMap(r -> r.cells().stream())
          .filter(c -> c.kind() != CellKind.BLANK)
          .map(
              c ->
                  c.location().a1()
                      + " "
                      + c.kind()
                      + " "
                      + (c.kind() == CellKind.NUMBER
                          ? c.number().orElseThrow().stripTrailingZeros().toPlainString()
                          : c.kind() == CellKind.DATE
                              ? c.date().orElseThrow().toString()
                              : c.text())
                      + c.formula().map(f -> " =" + f).orElse(""))
          .collect(Collectors.toList());
    }
  }

  private static List<String> readWithPoi(Path file) throws IOException {
    List<String> cells = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
      for (Row row : wb.getSheetAt(0)) {
        for (Cell cell : row) {
          CellType type =
              cell.getCellType() == CellType.FORMULA
                  ? cell.getCachedFormulaResultType()
                  : cell.getCellType();
          String formula =
              cell.getCellType() == CellType.FORMULA ? " =" + cell.getCellFormula() : "";
          String at = "Generated!" + cell.getAddress().formatAsString();
          boolean uncached =
              cell.getCellType() == CellType.FORMULA
                  && !((org.apache.poi.xssf.usermodel.XSSFCell) cell).getCTCell().isSetV();
          if (uncached) {
            cells.add(at + " UNCALCULATED " + formula);
          } else if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime date = cell.getLocalDateTimeCellValue();
            cells.add(at + " DATE " + date + formula);
          } else if (type == CellType.NUMERIC) {
            cells.add(
                at
                    + " NUMBER "
                    + BigDecimal.valueOf(cell.getNumericCellValue())
                        .stripTrailingZeros()
                        .toPlainString()
                    + formula);
          } else if (type == CellType.BOOLEAN) {
            cells.add(at + " BOOLEAN " + (cell.getBooleanCellValue() ? "TRUE" : "FALSE") + formula);
          } else if (type == CellType.STRING) {
            cells.add(at + " TEXT " + cell.getStringCellValue() + formula);
          }
        }
      }
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e);
    }
    return cells;
  }
}
