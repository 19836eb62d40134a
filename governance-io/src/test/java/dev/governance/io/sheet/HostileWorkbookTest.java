package dev.governance.io.sheet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.io.LoadException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks made to hurt the reader: zip bombs, giant cells, rows and columns past Excel's, files
 * that are not workbooks. Each is refused with a located message before it costs more than its
 * limit.
 */
class HostileWorkbookTest {

  @TempDir Path dir;

  private static final String ROWS =
      IntStream.range(0, 4096)
          .mapToObj(i -> "<row><c t=\"s\"><v>0</v></c></row>")
          .collect(Collectors.joining());

  private static void readAll(Path file, SheetLimits limits) {
    try (Workbook workbook = Workbook.open(file, limits)) {
      for (WorkbookSheet sheet : workbook.sheets()) {
        try (Stream<SheetRow> rows = workbook.rows(sheet)) {
          rows.forEach(row -> {});
        }
      }
    }
  }

  @Test
  void refusesASheetThatInflatesToGigabytes() throws IOException {
    // 4,096 times 128 KiB of rows: 512 MiB+ inflated from about 1 MB
    Path bomb =
        TestWorkbooks.bomb(
            dir.resolve("bomb.xlsx"),
            TestWorkbooks.parts("", ""),
            "xl/worksheets/sheet1.xml",
            "<worksheet xmlns=\"" + TestWorkbooks.MAIN + "\"><sheetData>",
            ROWS,
            16 * 1024,
            "</sheetData></worksheet>");
    assertThat(Files.size(bomb)).isLessThan(8L * 1024 * 1024);
    assertThatThrownBy(() -> readAll(bomb, SheetLimits.defaults()))
        .isInstanceOf(LoadException.class)
        .hasMessageMatching(
            "(?s).*bomb.xlsx:1:1: part 'xl/worksheets/sheet1.xml': expected an entry inflating at"
                + " most 100 times its compressed size \\(the reader's limit\\), found \\d+ bytes"
                + " from \\d+: a zip bomb\\?");
  }

  @Test
  void refusesSharedStringsThatInflateHugely() throws IOException {
    String strings =
        IntStream.range(0, 1024)
            .mapToObj(i -> "<si><t>Customer data leak</t></si>")
            .collect(Collectors.joining());
    Path bomb =
        TestWorkbooks.bomb(
            dir.resolve("strings.xlsx"),
            TestWorkbooks.parts("", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"),
            "xl/sharedStrings.xml",
            "<sst xmlns=\"" + TestWorkbooks.MAIN + "\">",
            strings,
            64 * 1024,
            "</sst>");
    assertThatThrownBy(() -> readAll(bomb, SheetLimits.defaults()))
        .isInstanceOf(LoadException.class)
        .hasMessageContaining(
            "strings.xlsx:1:1: part 'xl/sharedStrings.xml': expected an entry inflating at most 100"
                + " times its compressed size");
  }

  @Test
  void refusesAWorkbookInflatingPastTheLimitWhateverItsRatio() throws IOException {
    Random random = new Random(21);
    StringBuilder cells = new StringBuilder();
    for (int r = 1; r <= 2_000; r++) {
      cells
          .append("<row r=\"")
          .append(r)
          .append("\"><c r=\"A")
          .append(r)
          .append("\" t=\"inlineStr\"><is><t>");
      random.ints(200, 'a', 'z' + 1).forEach(c -> cells.append((char) c));
      cells.append("</t></is></c></row>");
    }
    Path file =
        TestWorkbooks.zip(dir.resolve("large.xlsx"), TestWorkbooks.parts("", cells.toString()));
    readAll(file, SheetLimits.defaults());
    assertThatThrownBy(
            () -> readAll(file, SheetLimits.builder().maxUncompressedBytes(100_000).build()))
        .isInstanceOf(LoadException.class)
        .hasMessageEndingWith(
            "large.xlsx:1:1: part 'xl/worksheets/sheet1.xml': expected the workbook's entries to"
                + " inflate to at most 100000 bytes (the reader's limit), found more");
  }

  @Test
  void refusesACellOfMegabytesBeforeParsingIt() throws IOException {
    // Excel and POI write no more than 32,767 characters in a cell; this file has 3 MiB in one
    char[] text = new char[3 * 1024 * 1024];
    Random random = new Random(7);
    for (int i = 0; i < text.length; i++) {
      text[i] = (char) ('a' + random.nextInt(26));
    }
    Path file =
        TestWorkbooks.zip(
            dir.resolve("giant.xlsx"),
            TestWorkbooks.parts(
                "",
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
                    + new String(text)
                    + "</t></is></c></row>"));
    assertThatThrownBy(() -> readAll(file, SheetLimits.defaults()))
        .isInstanceOf(LoadException.class)
        .hasMessageEndingWith(
            "giant.xlsx:1:1: part 'xl/worksheets/sheet1.xml': expected at most 32767 characters"
                + " between two tags (the reader's limit on a cell), found more");
  }

  @Test
  void refusesACellLongerThanTheLimitMadeOfShortRuns() throws IOException {
    Path file = dir.resolve("rich.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFRichTextString text = new XSSFRichTextString("Customer data leak via the vendor portal");
      XSSFFont bold = wb.createFont();
      bold.setBold(true);
      text.applyFont(0, 20, bold);
      wb.createSheet("Risks").createRow(2).createCell(1).setCellValue(text);
      write(wb, file);
    }
    assertThatThrownBy(() -> readAll(file, SheetLimits.builder().maxCellCharacters(25).build()))
        .isInstanceOf(LoadException.class)
        .hasMessageEndingWith(
            "rich.xlsx: Risks!B3: cell: expected at most 25 characters in a cell (the reader's"
                + " limit), found 40");
    Path csv = dir.resolve("long.csv");
    Files.writeString(csv, "Id,Title\nR1,Customer data leak\n");
    assertThatThrownBy(() -> readAll(csv, SheetLimits.builder().maxCellCharacters(12).build()))
        .isInstanceOf(LoadException.class)
        .hasMessageEndingWith(
            "long.csv:2:4: cell: expected at most 12 characters in a cell (the reader's limit),"
                + " found 18");
  }

  @Test
  void readsARowReachingColumnXfdAndRefusesOnePastIt() throws IOException {
    Path xfd =
        TestWorkbooks.zip(
            dir.resolve("xfd.xlsx"),
            TestWorkbooks.parts("", "<row r=\"1\"><c r=\"XFD1\"><v>7</v></c></row>"));
    try (Workbook workbook = Workbook.open(xfd);
        Stream<SheetRow> rows = workbook.rows(workbook.sheets().get(0))) {
      SheetRow row = rows.findFirst().orElseThrow();
      assertThat(row.cells()).hasSize(16_384);
      assertThat(row.cell(16_384).text()).isEqualTo("7");
    }
    assertThatThrownBy(() -> readAll(xfd, SheetLimits.builder().maxColumns(100).build()))
        .isInstanceOf(LoadException.class)
        .hasMessageEndingWith(
            "xfd.xlsx:1:1: part 'xl/worksheets/sheet1.xml': cell 'XFD1': expected a column up to"
                + " CV (column 100, the reader's limit)");
    Path far =
        TestWorkbooks.zip(
            dir.resolve("far.xlsx"),
            TestWorkbooks.parts("", "<row r=\"1\"><c r=\"ZZZZZZZ1\"><v>7</v></c></row>"));
    assertThatThrownBy(() -> readAll(far, SheetLimits.defaults()))
        .isInstanceOf(LoadException.class)
        .hasMessageEndingWith(
            "far.xlsx:1:1: part 'xl/worksheets/sheet1.xml': cell 'ZZZZZZZ1': expected a column up"
                + " to XFD (column 16384, the reader's limit)");
    String manyCells = "<row r=\"1\">" + "<c><v>1</v></c>".repeat(101) + "</row>";
    Path many = TestWorkbooks.zip(dir.resolve("many.xlsx"), TestWorkbooks.parts("", manyCells));
    assertThatThrownBy(() -> readAll(many, SheetLimits.builder().maxColumns(100).build()))
        .isInstanceOf(LoadException.class)
        .hasMessageEndingWith(
            "many.xlsx:1:1: part 'xl/worksheets/sheet1.xml': expected at most 100 cells in a row"
                + " (the reader's limit)");
  }

  @Test
  void refusesRowsClaimingColumnXfdPastTheCellLimit() throws IOException {
    String rows =
        IntStream.rangeClosed(1, 100)
            .mapToObj(r -> "<row r=\"" + r + "\"><c r=\"XFD" + r + "\"><v>1</v></c></row>")
            .collect(Collectors.joining());
    Path file = TestWorkbooks.zip(dir.resolve("wide.xlsx"), TestWorkbooks.parts("", rows));
    assertThatThrownBy(() -> readAll(file, SheetLimits.builder().maxCells(1_000_000).build()))
        .isInstanceOf(LoadException.class)
        .hasMessageEndingWith(
            "wide.xlsx: Risks!A62: row 62: expected at most 1000000 cells in the workbook's sheets,"
                + " gaps included (the reader's limit)");
  }

  @Test
  void refusesANumberNoSpreadsheetCanHoldRatherThanExpandingIt() throws IOException {
    Path file =
        TestWorkbooks.zip(
            dir.resolve("huge.xlsx"),
            TestWorkbooks.parts("", "<row r=\"1\"><c r=\"B1\"><v>1E+999999999</v></c></row>"));
    assertThatThrownBy(() -> readAll(file, SheetLimits.defaults()))
        .isInstanceOf(LoadException.class)
        .hasMessageEndingWith(
            "huge.xlsx: Risks!B1: cell: expected a number a spreadsheet can hold (about 1E-307 to"
                + " 1E+308 in size), found one of exponent 999999999");
  }

  @Test
  void aCompoundFileCutShortIsAnXlsFileNotAnIoError() throws IOException {
    byte[] header = new byte[512];
    System.arraycopy(
        new byte[] {
          (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
        },
        0,
        header,
        0,
        8);
    header[30] = 12; // 4096-byte sectors, but the file ends after its header
    Path file = Files.write(dir.resolve("cut.xls"), header);
    assertThatThrownBy(() -> Workbook.open(file))
        .isInstanceOf(LoadException.class)
        .hasMessageContaining("found an Excel 97-2003 (.xls) workbook");
  }

  @Test
  void refusesARowPastExcelsLastRow() throws IOException {
    Path file =
        TestWorkbooks.zip(
            dir.resolve("tall.xlsx"),
            TestWorkbooks.parts(
                "",
                "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"1048577\"><c"
                    + " r=\"A1048577\"><v>1</v></c></row>"));
    assertThatThrownBy(() -> readAll(file, SheetLimits.defaults()))
        .isInstanceOf(LoadException.class)
        .hasMessageEndingWith(
            "tall.xlsx: Risks!A1048577: row 1048577: expected at most 1048576 rows (the reader's"
                + " limit)");
    // rows without numbers count one by one
    Path unnumbered =
        TestWorkbooks.zip(
            dir.resolve("unnumbered.xlsx"),
            TestWorkbooks.parts("", "<row><c><v>1</v></c></row>".repeat(1_001)));
    assertThatThrownBy(() -> readAll(unnumbered, SheetLimits.builder().maxRows(1_000).build()))
        .isInstanceOf(LoadException.class)
        .hasMessageEndingWith(
            "unnumbered.xlsx: Risks!A1001: row 1001: expected at most 1000 rows (the reader's"
                + " limit)");
  }

  @Test
  void refusesABrokenSheetAtTheRowAfterTheLastOneRead() throws IOException {
    Path file =
        TestWorkbooks.zip(
            dir.resolve("broken.xlsx"),
            TestWorkbooks.parts(
                "",
                "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\""
                    + " t=\"q\"><v>1</v></c></row>"));
    assertThatThrownBy(() -> readAll(file, SheetLimits.defaults()))
        .isInstanceOf(LoadException.class)
        .hasMessageEndingWith(
            "broken.xlsx: Risks!A2: sheet 'Risks': expected a readable row after row 1:"
                + " java.lang.IllegalStateException: Unknown cell type : q");
  }

  @Test
  void readsThe1904DateSystemWrittenAsOne() throws IOException {
    Path file =
        TestWorkbooks.zip(
            dir.resolve("excel-1904.xlsx"),
            TestWorkbooks.parts(
                "<workbookPr date1904=\"1\"/>",
                "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c></row>"));
    try (Workbook workbook = Workbook.open(file);
        Stream<SheetRow> rows = workbook.rows(workbook.sheets().get(0))) {
      assertThat(workbook.date1904()).isTrue();
      assertThat(rows.findFirst().orElseThrow().cell(1).text()).isEqualTo("1904-01-01");
    }
  }

  @Test
  void refusesZipFilesThatAreNotWorkbooks() throws IOException {
    Path notes =
        TestWorkbooks.zip(dir.resolve("notes.xlsx"), Map.of("notes.txt", "hello".getBytes(UTF_8)));
    assertThatThrownBy(() -> Workbook.open(notes))
        .isInstanceOf(LoadException.class)
        .hasMessageEndingWith(
            "notes.xlsx:1:1: file: expected an .xlsx workbook, found a ZIP file without"
                + " [Content_Types].xml (not an Office Open XML package)");
    Path full = TestWorkbooks.zip(dir.resolve("full.xlsx"), TestWorkbooks.parts("", ""));
    byte[] bytes = Files.readAllBytes(full);
    Path truncated =
        Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
    assertThatThrownBy(() -> Workbook.open(truncated))
        .isInstanceOf(LoadException.class)
        .hasMessageContaining(
            "truncated.xlsx:1:1: file: expected an .xlsx workbook, found a damaged ZIP file"
                + " (truncated?): ");
    Map<String, byte[]> noWorkbook = TestWorkbooks.parts("", "");
    noWorkbook.remove("xl/workbook.xml");
    Path docx = TestWorkbooks.zip(dir.resolve("other.xlsx"), noWorkbook);
    assertThatThrownBy(() -> Workbook.open(docx))
        .isInstanceOf(LoadException.class)
        .hasMessageEndingWith(
            "other.xlsx:1:1: file: expected an .xlsx workbook, found a ZIP file it cannot read:"
                + " /xl/workbook.xml not found");
  }

  @Test
  void refusesAPasswordProtectedWorkbookAndAnXlsWorkbookEachByName() throws Exception {
    Path encrypted = dir.resolve("secret.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("secret");
      try (OutputStream data = encryptor.getDataStream(fs);
          XSSFWorkbook wb = new XSSFWorkbook()) {
        wb.createSheet("Risks").createRow(0).createCell(0).setCellValue("Id");
        wb.write(data);
      }
      try (OutputStream out = Files.newOutputStream(encrypted)) {
        fs.writeFilesystem(out);
      }
    }
    assertThatThrownBy(() -> Workbook.open(encrypted))
        .isInstanceOf(LoadException.class)
        .hasMessageEndingWith(
            "secret.xlsx:1:1: file: expected an .xlsx workbook or a CSV file, found a"
                + " password-protected (encrypted) workbook; save a copy without its password");
    Path xls = dir.resolve("old.xls");
    try (HSSFWorkbook wb = new HSSFWorkbook();
        OutputStream out = Files.newOutputStream(xls)) {
      wb.createSheet("Risks").createRow(0).createCell(0).setCellValue("Id");
      wb.write(out);
    }
    assertThatThrownBy(() -> Workbook.open(xls))
        .isInstanceOf(LoadException.class)
        .hasMessageEndingWith(
            "old.xls:1:1: file: expected an .xlsx workbook or a CSV file, found an Excel 97-2003"
                + " (.xls) workbook; save it as .xlsx");
  }

  private static void write(XSSFWorkbook wb, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
  }
}
