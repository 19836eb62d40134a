package dev.governance.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookSheetTest {

  @TempDir Path dir;

  @Test
  void knowsEachSheetsNamePositionAndWhetherItIsHiddenOrVeryHidden() throws IOException {
    Path file = dir.resolve("tabs.xlsx");
    try (XSSFWorkbook poi = new XSSFWorkbook()) {
      poi.createSheet("Release").createRow(0).createCell(0).setCellValue("Activity");
      poi.createSheet("Lists");
      poi.createSheet("Scratch");
      poi.setSheetVisibility(1, SheetVisibility.HIDDEN);
      poi.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
      try (OutputStream out = Files.newOutputStream(file)) {
        poi.write(out);
      }
    }
    try (Workbook workbook = Workbook.open(file)) {
      assertThat(workbook.sheets())
          .containsExactly(
              WorkbookSheet.of("Release", 0, false),
              WorkbookSheet.of("Lists", 1, true),
              WorkbookSheet.of("Scratch", 2, true));
      assertThat(workbook.sheet("release")).contains(WorkbookSheet.of("Release", 0, false));
      assertThat(workbook.sheet("Missing")).isEmpty();
    }
  }
}
