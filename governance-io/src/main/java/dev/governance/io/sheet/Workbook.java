package dev.governance.io.sheet;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import dev.governance.io.LoadException;
import dev.governance.io.LoadProblem;
import dev.governance.io.Utf8Text;
import dev.governance.rules.SourceRegion;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;
import org.jspecify.annotations.Nullable;

/**
 * A spreadsheet opened for reading: an {@code .xlsx} workbook (Office Open XML, ECMA-376) or a CSV
 * file (RFC 4180), seen the same way, as named sheets of rows of typed, located cells.
 *
 * <p>The kind is read from the file's first bytes, not its name: a ZIP file is a workbook, an Excel
 * 97-2003 file is refused with the advice to save it as {@code .xlsx}, anything else is CSV (UTF-8;
 * comma or semicolon separated, see {@link #csv}). A CSV file is one sheet, named after the file
 * without its extension, whose cells are all text, located by line and column.
 *
 * <p>A workbook is read with fastexcel-reader, a streaming reader: {@link #rows} reads one sheet's
 * rows as they are asked for, so memory follows the row rather than the sheet. Cells keep their
 * type: numbers, dates (numbers with a date format, in the workbook's 1900 or 1904 date system),
 * booleans, text (shared or inline strings), errors, and formulas by the value the saving program
 * cached (a formula without one is {@link CellKind#UNCALCULATED}). Hidden sheets are listed, marked
 * {@linkplain WorkbookSheet#hidden() hidden}. The work is bounded by {@link SheetLimits}: the
 * file's size before anything is read; the bytes its ZIP entries inflate to, their compression
 * ratios (zip bombs), the text between two tags and the columns cells claim, all checked by
 * inflating every entry once before anything is parsed; each sheet's rows and cells and each row's
 * columns and cells' characters as they are read. Only {@link LoadException} leaves the reader at a
 * broken file, also while a sheet's rows stream.
 */
public final class Workbook implements Closeable {

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  private final String source;
  private final SheetLimits limits;
  private final ImmutableList<WorkbookSheet> sheets;
  private final @Nullable ReadableWorkbook xlsx;
  private final boolean date1904;
  private final @Nullable List<SheetRow> csvRows;

  /** Whether each number format of the workbook shows a date, by format id (or code), once. */
  private final Map<Object, Boolean> dateFormats = new HashMap<>();

  /** The cells of every row read so far, gaps included, of all sheets: bounded by maxCells. */
  private long cellsRead;

  private Workbook(
      String source,
      SheetLimits limits,
      ImmutableList<WorkbookSheet> sheets,
      @Nullable ReadableWorkbook xlsx,
      boolean date1904,
      @Nullable List<SheetRow> csvRows) {
    this.source = source;
    this.limits = limits;
    this.sheets = sheets;
    this.xlsx = xlsx;
    this.date1904 = date1904;
    this.csvRows = csvRows;
  }

  /**
   * Opens a workbook or CSV file with the {@linkplain SheetLimits#defaults() default limits}.
   *
   * @param file the file
   * @return the open workbook; close it
   * @throws LoadException if the file is too large, not UTF-8 CSV, an old {@code .xls} workbook or
   *     a broken one
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Workbook open(Path file) {
    return open(file, SheetLimits.defaults());
  }

  /**
   * Opens a workbook or CSV file.
   *
   * @param file the file
   * @param limits how much the reader takes
   * @return the open workbook; close it
   * @throws LoadException if the file is larger than the limit, not UTF-8 CSV, an old {@code .xls}
   *     workbook or a broken one
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Workbook open(Path file, SheetLimits limits) {
    String source = file.toString();
    try {
      long size = Files.size(file);
      if (size > limits.maxBytes()) {
        throw fileProblem(
            source,
            "expected a file of at most " + limits.maxBytes() + " bytes, found " + size + " bytes");
      }
      byte[] head = new byte[4];
      int read;
      try (InputStream in = Files.newInputStream(file)) {
        read = in.readNBytes(head, 0, 4);
      }
      if (read == 4 && startsWith(head, OLE2)) {
        if (Ole2.isEncryptedPackage(file)) {
          throw fileProblem(
              source,
              "expected an .xlsx workbook or a CSV file, found a password-protected (encrypted)"
                  + " workbook; save a copy without its password");
        }
        throw fileProblem(
            source,
            "expected an .xlsx workbook or a CSV file, found an Excel 97-2003 (.xls) workbook;"
                + " save it as .xlsx");
      }
      if (read == 4 && startsWith(head, ZIP)) {
        return xlsx(source, file, limits);
      }
      return csv(source, baseName(file), Files.readAllBytes(file), limits);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Reads CSV text as a workbook of one sheet.
   *
   * <p>RFC 4180 with what spreadsheets write: comma or semicolon separators (the header line
   * decides: semicolons if it has some and no commas, as European exports write), quoted cells with
   * doubled quotes, CRLF or LF line ends, a leading byte-order mark. Every cell is text; an empty
   * field is blank.
   *
   * @param source the name for errors, such as the file name
   * @param name the sheet's name
   * @param csv the file's bytes, UTF-8
   * @param limits how much the reader takes
   * @return the workbook
   * @throws LoadException at the first byte that is not UTF-8, at a broken quote, or past a limit
   */
  public static Workbook csv(String source, String name, byte[] csv, SheetLimits limits) {
    if (csv.length > limits.maxBytes()) {
      throw fileProblem(
          source,
          "expected a file of at most "
              + limits.maxBytes()
              + " bytes, found "
              + csv.length
              + " bytes");
    }
    Utf8Text.check(
        source,
        csv,
        "encoding",
        (value, offset) ->
            String.format(
                Locale.ROOT,
                "byte 0x%02X is not UTF-8; save the file as UTF-8 (CSV UTF-8 in a spreadsheet)",
                value));
    List<SheetRow> rows = new ArrayList<>();
    for (CsvTable.Row row : CsvTable.parse(source, new String(csv, UTF_8))) {
      if (rows.size() == limits.maxRows()) {
        throw new LoadException(
            List.of(
                LoadProblem.at(
                    source,
                    SourceRegion.of(row.line(), 1),
                    "line " + row.line(),
                    "expected at most " + limits.maxRows() + " rows (the reader's limit)")));
      }
      if (row.cells().size() > limits.maxColumns()) {
        CsvTable.Cell past = row.cells().get(limits.maxColumns());
        throw new LoadException(
            List.of(
                LoadProblem.at(
                    source,
                    SourceRegion.of(past.line(), past.column()),
                    "line " + row.line(),
                    "expected at most " + limits.maxColumns() + " cells (the reader's limit)")));
      }
      ImmutableList.Builder<SheetCell> cells = ImmutableList.builder();
      for (CsvTable.Cell cell : row.cells()) {
        SourceRegion at = SourceRegion.of(cell.line(), cell.column());
        checkLength(source, at, cell.text(), limits);
        cells.add(cell.text().isEmpty() ? SheetCell.blank(at) : SheetCell.text(at, cell.text()));
      }
      rows.add(SheetRow.of(row.line(), Optional.empty(), cells.build()));
    }
    return new Workbook(
        source,
        limits,
        ImmutableList.of(WorkbookSheet.of(name, 0, false)),
        null,
        false,
        ImmutableList.copyOf(rows));
  }

  private static Workbook xlsx(String source, Path file, SheetLimits limits) throws IOException {
    ZipCheck.Result checked = ZipCheck.check(source, file, limits);
    ReadableWorkbook workbook;
    try {
      workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true));
    } catch (RuntimeException | IOException e) {
      throw fileProblem(
          source, "expected an .xlsx workbook, found a ZIP file it cannot read: " + e.getMessage());
    }
    ImmutableList<WorkbookSheet> sheets;
    try {
      sheets =
          workbook
              .getSheets()
              .map(
                  s ->
                      WorkbookSheet.of(
                          s.getName(), s.getIndex(), s.getVisibility() != SheetVisibility.VISIBLE))
              .collect(ImmutableList.toImmutableList());
    } catch (RuntimeException e) {
      workbook.close();
      throw fileProblem(source, "expected an .xlsx workbook's sheets: " + e.getMessage());
    }
    return new Workbook(
        source, limits, sheets, workbook, checked.date1904() || workbook.isDate1904(), null);
  }

  /** Returns the file's name, as problems name it. */
  public String source() {
    return source;
  }

  /** Returns the sheets in the workbook's order, hidden ones included and marked. */
  public ImmutableList<WorkbookSheet> sheets() {
    return sheets;
  }

  /**
   * Returns the sheet named {@code name}, ignoring case as Excel does.
   *
   * @param name the sheet's name
   * @return the sheet, or empty
   */
  public Optional<WorkbookSheet> sheet(String name) {
    return sheets.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
  }

  /** Returns whether this is a CSV file (one sheet, cells located by line and column). */
  boolean isCsv() {
    return xlsx == null;
  }

  /** Returns whether the workbook counts dates in the 1904 date system; false for CSV. */
  public boolean date1904() {
    return date1904;
  }

  /**
   * Reads a sheet's rows, in order, each with its cells up to its last one; rows the file does not
   * hold (empty rows of a workbook) are not returned, so look at {@link SheetRow#number()}. A
   * workbook's rows are read from the file as the stream is consumed: close the stream.
   *
   * @param sheet one of {@link #sheets()}
   * @return the rows
   * @throws LoadException while the stream is consumed, past a limit or at a broken sheet
   */
  public Stream<SheetRow> rows(WorkbookSheet sheet) {
    if (!sheets.contains(sheet)) {
      throw new IllegalArgumentException(
          "sheet: expected one of this workbook's sheets, found '" + sheet.name() + "'");
    }
    if (xlsx == null) {
      return Objects.requireNonNull(csvRows).stream();
    }
    Sheet raw =
        xlsx.getSheet(sheet.index())
            .orElseThrow(() -> new IllegalStateException("sheet " + sheet.index()));
    Stream<Row> stream;
    try {
      stream = raw.openStream();
    } catch (IOException | RuntimeException e) {
      throw unreadable(sheet.name(), 0, e);
    }
    return StreamSupport.stream(new Rows(sheet.name(), stream), false).onClose(stream::close);
  }

  /**
   * A sheet's rows as fastexcel-reader reads them, made {@link SheetRow}s; whatever the reader
   * throws at a broken sheet becomes a {@link LoadException} at the row after the last one read.
   */
  private final class Rows extends Spliterators.AbstractSpliterator<SheetRow> {

    private final String sheet;
    private final Iterator<Row> rows;
    private int last;

    Rows(String sheet, Stream<Row> rows) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.sheet = sheet;
      this.rows = rows.iterator();
    }

    @Override
    public boolean tryAdvance(Consumer<? super SheetRow> action) {
      SheetRow next;
      try {
        if (!rows.hasNext()) {
          return false;
        }
        next = row(sheet, rows.next(), date1904);
      } catch (LoadException e) {
        throw e;
      } catch (RuntimeException e) {
        throw unreadable(sheet, last, e);
      }
      last = next.number();
      cellsRead += next.cells().size();
      if (cellsRead > limits.maxCells()) {
        throw new LoadException(
            List.of(
                LoadProblem.at(
                    source,
                    SourceRegion.cell(sheet, next.number(), 1),
                    "row " + next.number(),
                    "expected at most "
                        + limits.maxCells()
                        + " cells in the workbook's sheets, gaps included (the reader's limit)")));
      }
      action.accept(next);
      return true;
    }
  }

  private LoadException unreadable(String sheet, int after, Exception e) {
    return new LoadException(
        List.of(
            LoadProblem.at(
                source,
                SourceRegion.cell(sheet, Math.min(after + 1, SheetLimits.EXCEL_ROWS), 1),
                "sheet '" + sheet + "'",
                (after == 0
                        ? "expected a readable sheet: "
                        : "expected a readable row after row " + after + ": ")
                    + e)));
  }

  private SheetRow row(String sheet, Row row, boolean date1904) {
    int number = row.getRowNum();
    if (number > limits.maxRows()) {
      throw new LoadException(
          List.of(
              LoadProblem.at(
                  source,
                  SourceRegion.cell(sheet, number, 1),
                  "row " + number,
                  "expected at most " + limits.maxRows() + " rows (the reader's limit)")));
    }
    int count = row.getCellCount();
    if (count > limits.maxColumns()) {
      throw new LoadException(
          List.of(
              LoadProblem.at(
                  source,
                  SourceRegion.cell(sheet, number, limits.maxColumns() + 1),
                  "row " + number,
                  "expected at most " + limits.maxColumns() + " columns (the reader's limit)")));
    }
    ImmutableList.Builder<SheetCell> cells = ImmutableList.builderWithExpectedSize(count);
    for (int c = 0; c < count; c++) {
      SourceRegion at = SourceRegion.cell(sheet, number, c + 1);
      Cell cell = row.getCell(c);
      SheetCell read = cell == null ? SheetCell.blank(at) : cell(at, cell, date1904);
      checkLength(source, at, read.text(), limits);
      cells.add(read);
    }
    return SheetRow.of(number, Optional.of(sheet), cells.build());
  }

  private SheetCell cell(SourceRegion at, Cell cell, boolean date1904) {
    Optional<String> formula = Optional.ofNullable(cell.getFormula());
    Object value = cell.getValue();
    switch (cell.getType()) {
      case EMPTY:
        return SheetCell.blank(at);
      case ERROR:
        return typed(at, CellKind.ERROR, String.valueOf(cell.getRawValue()), null, null, formula);
      case BOOLEAN:
        return typed(
            at,
            CellKind.BOOLEAN,
            Boolean.TRUE.equals(value) ? "TRUE" : "FALSE",
            null,
            null,
            formula);
      case STRING:
        return typed(at, CellKind.TEXT, String.valueOf(value), null, null, formula);
      case NUMBER:
        return number(at, (BigDecimal) value, cell, date1904, formula);
      case FORMULA:
        if (value == null || cell.getRawValue() == null) {
          return typed(at, CellKind.UNCALCULATED, "", null, null, formula);
        }
        if (value instanceof BigDecimal) {
          return number(at, (BigDecimal) value, cell, date1904, formula);
        }
        if (value instanceof Boolean) {
          return typed(
              at, CellKind.BOOLEAN, ((Boolean) value) ? "TRUE" : "FALSE", null, null, formula);
        }
        return typed(at, CellKind.TEXT, value.toString(), null, null, formula);
    }
    throw new IllegalStateException("cell type " + cell.getType());
  }

  /**
   * Returns whether a spreadsheet can hold {@code value}: zero, or a magnitude an IEEE 754 double
   * holds as a normal number (about 1E-307 to 1E+308), as Excel's cells do. A file may write any
   * decimal ({@code 1E+999999999}); such a value is refused rather than expanded digit by digit.
   */
  private boolean isDateFormat(@Nullable Integer id, @Nullable String code) {
    Object key = id != null ? id : code == null ? "" : code;
    return dateFormats.computeIfAbsent(key, k -> ExcelDates.isDateFormat(id, code));
  }

  static boolean isExcelNumber(BigDecimal value) {
    int exponent = value.precision() - value.scale() - 1;
    return value.signum() == 0 || (exponent >= -307 && exponent <= 308);
  }

  private SheetCell number(
      SourceRegion at, BigDecimal value, Cell cell, boolean date1904, Optional<String> formula) {
    if (!isExcelNumber(value)) {
      throw new LoadException(
          List.of(
              LoadProblem.at(
                  source,
                  at,
                  "cell",
                  "expected a number a spreadsheet can hold (about 1E-307 to 1E+308 in size),"
                      + " found one of exponent "
                      + (value.precision() - value.scale() - 1))));
    }
    if (isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
      Optional<LocalDateTime> date = ExcelDates.dateTime(value, date1904);
      if (date.isPresent()) {
        LocalDateTime d = date.get();
        String text =
            d.toLocalTime().equals(LocalTime.MIDNIGHT) ? d.toLocalDate().toString() : d.toString();
        return typed(at, CellKind.DATE, text, value, d, formula);
      }
    }
    return typed(at, CellKind.NUMBER, plain(value), value, null, formula);
  }

  private static SheetCell typed(
      SourceRegion at,
      CellKind kind,
      String text,
      @Nullable BigDecimal number,
      @Nullable LocalDateTime date,
      Optional<String> formula) {
    return SheetCell.of(
        at, kind, text, Optional.ofNullable(number), Optional.ofNullable(date), formula);
  }

  /** Returns a number as people write it: {@code 3} rather than {@code 3.0}, never an exponent. */
  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /** Refuses a cell of more characters than the limit. */
  private static void checkLength(String source, SourceRegion at, String text, SheetLimits limits) {
    if (text.length() > limits.maxCellCharacters()) {
      throw new LoadException(
          List.of(
              LoadProblem.at(
                  source,
                  at,
                  "cell",
                  "expected at most "
                      + limits.maxCellCharacters()
                      + " characters in a cell (the reader's limit), found "
                      + text.length())));
    }
  }

  private static LoadException fileProblem(String source, String message) {
    return new LoadException(
        List.of(LoadProblem.at(source, SourceRegion.of(1, 1), "file", message)));
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Returns the file's name without its extension: a CSV file's one sheet's name. */
  static String baseName(Path file) {
    Path name = file.getFileName();
    String text = name == null ? file.toString() : name.toString();
    int dot = text.lastIndexOf('.');
    return dot > 0 ? text.substring(0, dot) : text;
  }

  /** Closes the workbook's file; nothing to close for CSV. */
  @Override
  public void close() {
    if (xlsx != null) {
      try {
        xlsx.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close " + source, e);
      }
    }
  }
}
