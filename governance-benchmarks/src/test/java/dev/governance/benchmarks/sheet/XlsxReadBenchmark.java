package dev.governance.benchmarks.sheet;

import dev.governance.io.sheet.SheetCell;
import dev.governance.io.sheet.SheetRow;
import dev.governance.io.sheet.Workbook;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading every cell of a 100,000-row sheet of 10 columns (an id, a title and a category as shared
 * strings, three numbers, two dates, a boolean and a number stored as text; written once at setup
 * by POI, about 5 MB): {@code governance} is {@link Workbook} (the ZIP check, then fastexcel-reader
 * streaming the rows into typed, located cells, dates told by their format); the peer {@code poi}
 * is Apache POI's {@code XSSFWorkbook}, which builds the whole workbook in memory, each numeric
 * cell then asked whether it is a date as the library does. One operation is the whole sheet.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class XlsxReadBenchmark {

  static final int ROWS = 100_000;

  @Param({"governance", "poi"})
  public String engine;

  private Path file;

  /** Writes the workbook with POI's streaming writer, shared strings on. */
  @Setup(Level.Trial)
  public void write() throws IOException {
    file = Files.createTempFile("register-", ".xlsx");
    SplittableRandom random = new SplittableRandom(21);
    String[] categories = {"Privacy", "Security", "Vendor", "Finance", "Operations"};
    try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 1_000, true, true);
        OutputStream out = Files.newOutputStream(file)) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      SXSSFSheet sheet = wb.createSheet("Risks");
      Row header = sheet.createRow(0);
      String[] names = {
        "Id",
        "Title",
        "Category",
        "Likelihood",
        "Impact",
        "Loss",
        "Identified",
        "Target date",
        "Accepted",
        "Code"
      };
      for (int c = 0; c < names.length; c++) {
        header.createCell(c).setCellValue(names[c]);
      }
      LocalDate start = LocalDate.of(2020, 1, 1);
      for (int r = 1; r <= ROWS; r++) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue("R" + r);
        row.createCell(1).setCellValue("Risk number " + r + " of the register");
        row.createCell(2).setCellValue(categories[random.nextInt(categories.length)]);
        row.createCell(3).setCellValue(1 + random.nextInt(5));
        row.createCell(4).setCellValue(1 + random.nextInt(5));
        row.createCell(5).setCellValue(random.nextInt(10_000_000) / 100.0);
        Cell identified = row.createCell(6);
        identified.setCellValue(start.plusDays(random.nextInt(2_000)));
        identified.setCellStyle(date);
        Cell target = row.createCell(7);
        target.setCellValue(start.plusDays(random.nextInt(4_000)));
        target.setCellStyle(date);
        row.createCell(8).setCellValue(random.nextBoolean());
        row.createCell(9).setCellValue(String.format("%05d", random.nextInt(100_000)));
      }
      wb.write(out);
      wb.dispose();
    }
    System.out.printf("%nworkbook: %,d bytes%n", Files.size(file));
  }

  /** Deletes the workbook. */
  @TearDown(Level.Trial)
  public void delete() throws IOException {
    Files.deleteIfExists(file);
  }

  /** Reads every cell of the sheet. */
  @Benchmark
  public void read(Blackhole blackhole) throws IOException, InvalidFormatException {
    if (engine.equals("governance")) {
      try (Workbook workbook = Workbook.open(file);
          Stream<SheetRow> rows = workbook.rows(workbook.sheets().get(0))) {
        rows.forEach(
            row -> {
              for (SheetCell cell : row.cells()) {
                blackhole.consume(cell.kind());
                blackhole.consume(cell.text());
              }
            });
      }
    } else {
      try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
        for (Row row : workbook.getSheetAt(0)) {
          for (Cell cell : row) {
            switch (cell.getCellType()) {
              case NUMERIC:
                blackhole.consume(
                    DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue()
                        : cell.getNumericCellValue());
                break;
              case BOOLEAN:
                blackhole.consume(cell.getBooleanCellValue());
                break;
              default:
                blackhole.consume(cell.getStringCellValue());
                break;
            }
          }
        }
      }
    }
  }
}
