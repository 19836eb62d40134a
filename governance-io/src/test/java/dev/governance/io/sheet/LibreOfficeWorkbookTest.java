package dev.governance.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Workbooks saved by LibreOffice Calc 7.4 (committed under {@code src/test/resources}; their README
 * says how each was made), read cell by cell.
 */
class LibreOfficeWorkbookTest {

  static Path file(String name) {
    try {
      return Path.of(
          Objects.requireNonNull(
                  LibreOfficeWorkbookTest.class.getResource("libreoffice/" + name), name)
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns every cell of a sheet as {@code A1 KIND text [formula]}, rows the file holds only. */
  static List<String> cells(Workbook workbook, WorkbookSheet sheet) {
    try (Stream<SheetRow> rows = workbook.rows(sheet)) {
      return rows.flatMap(r -> r.cells().stream())
          .map(
              c ->
                  c.location().a1()
                      + " "
                      + c.kind()
                      + " "
                      + c.text()
                      + c.formula().map(f -> " =" + f).orElse(""))
          .collect(Collectors.toList());
    }
  }

  @Test
  void readsEveryKindOfCellOfALibreOfficeWorkbook() {
    try (Workbook workbook = Workbook.open(file("cells.xlsx"))) {
      assertThat(workbook.date1904()).isFalse();
      assertThat(workbook.sheets())
          .containsExactly(
              WorkbookSheet.of("Register", 0, false), WorkbookSheet.of("Notes", 1, true));
      assertThat(cells(workbook, workbook.sheets().get(0)))
          .containsExactly(
              // A1:B1 merged: the value in its first cell, the covered one blank
              "Register!A1 TEXT Risk",
              "Register!B1 BLANK ",
              "Register!C1 TEXT Score",
              "Register!D1 TEXT Accepted",
              "Register!E1 TEXT Identified",
              "Register!F1 TEXT Reviewed",
              "Register!G1 TEXT Code",
              "Register!A2 TEXT Customer data leak",
              "Register!B2 TEXT Privacy",
              "Register!C2 NUMBER 3",
              // a boolean with Calc's boolean format is saved as t="b"
              "Register!D2 BOOLEAN TRUE",
              "Register!E2 DATE 2026-03-01",
              "Register!F2 DATE 2026-03-01T13:30",
              // a number stored as text stays text
              "Register!G2 TEXT 007",
              "Register!A3 TEXT Vendor outage",
              "Register!B3 BLANK ",
              "Register!C3 NUMBER 2.5",
              // a boolean without a boolean format is saved as the number 0
              "Register!D3 NUMBER 0",
              // Calc's 1900-01-01 is serial 2 (Calc does not count Excel's 1900-02-29), which
              // Excel and this reader read as 1900-01-02
              "Register!E3 DATE 1900-01-02",
              "Register!F3 BLANK ",
              "Register!G3 TEXT 1e3",
              "Register!A6 NUMBER 6 =C2*2",
              "Register!B6 TEXT Customer data leak (Privacy) =CONCATENATE(A2,\" (\",B2,\")\")",
              "Register!C6 BOOLEAN TRUE =C2>C3",
              "Register!D6 BLANK ",
              "Register!E6 DATE 2026-03-31 =E2+30",
              "Register!A7 BLANK ",
              "Register!B7 BLANK ",
              "Register!C7 BLANK ",
              "Register!D7 BLANK ",
              "Register!E7 BLANK ",
              "Register!F7 BLANK ",
              "Register!G7 BLANK ",
              "Register!H7 BLANK ",
              "Register!I7 BLANK ",
              "Register!J7 TEXT far right");
      assertThat(cells(workbook, workbook.sheets().get(1)))
          .containsExactly("Notes!A1 TEXT hidden note");
      try (Stream<SheetRow> rows = workbook.rows(workbook.sheets().get(0))) {
        SheetRow second = rows.skip(1).findFirst().orElseThrow();
        assertThat(second.cell(3).number()).contains(new BigDecimal("3"));
        assertThat(second.cell(6).number()).contains(new BigDecimal("46082.5625"));
        assertThat(second.cell(6).date()).contains(LocalDateTime.of(2026, 3, 1, 13, 30));
      }
    }
  }

  @Test
  void readsTheDatesOfALibreOfficeWorkbookInThe1904System() {
    try (Workbook workbook = Workbook.open(file("dates-1904.xlsx"))) {
      assertThat(workbook.date1904()).isTrue();
      assertThat(cells(workbook, workbook.sheets().get(0)))
          .containsExactly(
              "Dates!A1 TEXT Date",
              "Dates!B1 TEXT Serial",
              "Dates!A2 DATE 1904-01-01",
              "Dates!B2 NUMBER 0 =VALUE(A2)",
              "Dates!A3 DATE 2026-03-01",
              "Dates!B3 NUMBER 44620 =VALUE(A3)",
              "Dates!A4 DATE 2026-03-01T06:00");
    }
  }

  @Test
  void readsACsvFileConvertedByLibreOfficeLikeTheCsvFile() {
    try (Workbook xlsx = Workbook.open(file("release-raci.xlsx"));
        Workbook csv = Workbook.open(file("release-raci.csv"))) {
      assertThat(xlsx.sheets()).containsExactly(WorkbookSheet.of("release-raci", 0, false));
      List<String> fromCsv;
      try (Stream<SheetRow> rows = csv.rows(csv.sheets().get(0))) {
        fromCsv =
            rows.flatMap(r -> r.cells().stream())
                .filter(c -> !c.isBlank())
                .map(SheetCell::text)
                .collect(Collectors.toList());
      }
      List<String> fromXlsx;
      try (Stream<SheetRow> rows = xlsx.rows(xlsx.sheets().get(0))) {
        fromXlsx =
            rows.flatMap(r -> r.cells().stream())
                .filter(c -> !c.isBlank())
                .peek(c -> assertThat(c.kind()).isEqualTo(CellKind.TEXT))
                .map(SheetCell::text)
                .collect(Collectors.toList());
      }
      assertThat(fromXlsx).isEqualTo(fromCsv).contains("Write notes, \"final\"");
    }
  }
}
