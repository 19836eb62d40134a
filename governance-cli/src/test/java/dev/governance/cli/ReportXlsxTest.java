package dev.governance.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance 3 of issue 21: {@code governance report model.json --xlsx out.xlsx} on the demo model
 * writes a workbook that LibreOffice opens. When {@code soffice} is on the PATH, LibreOffice
 * converts every sheet to CSV (the expected sheets and their text) and saves the workbook again as
 * .xlsx, which Apache POI then reads; without it, POI reads the workbook as written. Either way the
 * typed cells are checked (numbers are numeric cells, dates numeric cells in a date format) and the
 * auto-filter; the frozen header row is checked on the workbook as written.
 */
class ReportXlsxTest {

  @TempDir Path dir;

  @Test
  void theDemoWorkbookOpensWithTheExpectedSheetsAndTypedCells() throws Exception {
    Path model = Files.write(dir.resolve("omni.json"), DemoCommand.embedded());
    Path out = dir.resolve("out.xlsx");
    Cli.Result result = Cli.run("report", model.toString(), "--xlsx", out.toString());
    assertThat(result.code()).as(result.err()).isZero();
    Path checked = out;
    Optional<Path> soffice = onPath("soffice");
    if (soffice.isPresent()) {
      Path csv = dir.resolve("csv");
      convert(
          soffice.get(),
          out,
          "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
          csv);
      assertThat(Files.readString(csv.resolve("out-Contents.csv"), UTF_8))
          .startsWith("Sheet,Section,Title,Rows,Note,As of");
      String risks = Files.readString(csv.resolve("out-Top risks by residual score.csv"), UTF_8);
      assertThat(risks)
          .startsWith(
              "Risk,Title,Program owner,System owner,Inherent,Residual,Level,Appetite,Recommended,"
                  + "Next review")
          .contains(
              "privacy-law,New data-privacy law changes consent and retention,Ana Lima,Cy Wei,");
      assertThat(risks.lines().skip(1))
          .allSatisfy(l -> assertThat(l).matches(".*,\\d{4}-\\d{2}-\\d{2}"));
      assertThat(csv.resolve("out-All findings.csv")).exists();
      Path again = dir.resolve("again");
      convert(soffice.get(), out, "xlsx", again);
      checked = again.resolve("out.xlsx");
    }
    try (InputStream in = Files.newInputStream(checked);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      List<String> names = new ArrayList<>();
      workbook.forEach(s -> names.add(s.getSheetName()));
      assertThat(names)
          .startsWith("Contents", "At a glance")
          .contains(
              "Omni-channel shared scorecard",
              "Inherent risk",
              "Residual risk",
              "Top risks by residual score",
              "Compliance calendar- the next 9",
              "RACI matrices",
              "All findings");
      Sheet risks = workbook.getSheet("Top risks by residual score");
      assertThat(risks.getLastRowNum()).as("every risk of the demo").isEqualTo(5);
      assertThat(number(risks.getRow(1).getCell(5))).isPositive();
      assertThat(date(risks.getRow(1).getCell(9))).isAfter(LocalDate.of(2025, 12, 31));
      Sheet heat = workbook.getSheet("Inherent risk");
      double total = 0;
      for (int r = 1; r <= heat.getLastRowNum(); r++) {
        for (int c = 1; c < heat.getRow(r).getLastCellNum(); c++) {
          total += number(heat.getRow(r).getCell(c));
        }
      }
      assertThat(total).as("every risk on the inherent heat map").isEqualTo(5);
      Sheet calendar = workbook.getSheet("Compliance calendar- the next 9");
      assertThat(date(calendar.getRow(1).getCell(0))).isBefore(LocalDate.of(2026, 4, 1));
      Sheet scorecard = workbook.getSheet("Omni-channel shared scorecard");
      assertThat(scorecard.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Status");
      assertThat(number(scorecard.getRow(1).getCell(3))).isPositive();
      Row findings = workbook.getSheet("All findings").getRow(0);
      List<String> header = new ArrayList<>();
      findings.forEach(c -> header.add(c.getStringCellValue()));
      assertThat(header).containsExactly("Code", "Severity", "Subject", "Message", "Tell", "Fix");
      assertThat(workbook.getSheet("All findings").getCTWorksheet().getAutoFilter().getRef())
          .isEqualTo("A1:F" + (workbook.getSheet("All findings").getLastRowNum() + 1));
    }
    // LibreOffice's headless conversion keeps no view settings (a frozen pane of a POI-made
    // workbook is dropped too), so the frozen header is checked on the workbook as written
    try (InputStream in = Files.newInputStream(out);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      workbook.forEach(
          s ->
              assertThat(s.getPaneInformation().getHorizontalSplitTopRow())
                  .as("frozen rows of %s", s.getSheetName())
                  .isEqualTo((short) 1));
    }
  }

  @Test
  void theHelpNamesTheOption() {
    Cli.Result help = Cli.run("report", "--help");
    assertThat(help.out()).contains("--xlsx=FILE");
  }

  private static double number(Cell cell) {
    assertThat(cell.getCellType()).as("%s", cell.getAddress()).isEqualTo(CellType.NUMERIC);
    assertThat(DateUtil.isCellDateFormatted(cell)).as("%s a date", cell.getAddress()).isFalse();
    return cell.getNumericCellValue();
  }

  private static LocalDate date(Cell cell) {
    assertThat(cell.getCellType()).as("%s", cell.getAddress()).isEqualTo(CellType.NUMERIC);
    assertThat(DateUtil.isCellDateFormatted(cell)).as("%s a date", cell.getAddress()).isTrue();
    return cell.getLocalDateTimeCellValue().toLocalDate();
  }

  /** Converts {@code file} with LibreOffice, in a profile of its own so that runs do not clash. */
  private void convert(Path soffice, Path file, String filter, Path outDir)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                soffice.toString(),
                "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--headless",
                "--convert-to",
                filter,
                "--outdir",
                outDir.toString(),
                file.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("soffice.log").toFile())
            .start();
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
    assertThat(process.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
  }

  private static Optional<Path> onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    try (Stream<String> dirs = Stream.of(path.split(File.pathSeparator))) {
      return dirs.map(d -> Path.of(d, program)).filter(Files::isExecutable).findFirst();
    }
  }
}
