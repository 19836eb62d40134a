package dev.governance.report.sheet;

import com.google.common.collect.ImmutableList;
import dev.governance.report.Block;
import dev.governance.report.CellValue;
import dev.governance.report.Report;
import dev.governance.report.Section;
import dev.governance.report.Table;
import dev.governance.report.TableRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;

/**
 * Renders a report as one Excel workbook (.xlsx): a {@value #CONTENTS} sheet that lists every other
 * sheet with its section, title, row count and note, then a sheet per block of the report, in
 * report order, holding the block's {@linkplain Block#asTable() table} under its column headings.
 * The dashboard's workbook thus holds the top risks with both owners, the inherent and residual
 * heat-map counts, each scorecard as a tree (node, level, value, score, status, trend), the
 * compliance calendar, the RACI health and grids, and the findings with code, severity, subject,
 * message, the people to tell and the fix.
 *
 * <p>Each sheet is named after its block's title, made valid and unique for Excel (31 characters,
 * none of {@code []:*?/\}, see {@link SheetNames}). Its first row is the bold column headings,
 * frozen, with an auto-filter over the table, and every column is as wide as its content within
 * bounds. Cells are typed where the report knows the type ({@link TableRow#value}): numbers are
 * numeric cells (rounded as the other renderers show them), dates numeric cells in the {@code
 * yyyy-mm-dd} format, the rest text. Text is written as {@link SheetWriter#shown} says: control
 * characters escaped visibly as in the HTML report, a leading {@code '} on text that a spreadsheet
 * would run as a formula (the CSV export's rule, {@link dev.governance.report.Texts#formulaLike}),
 * text past Excel's 32,767 characters cut with a note of how much. A table longer than a sheet
 * ({@value #MOST_ROWS} rows below the header) keeps its first rows, and the Contents note says so.
 *
 * <p>The workbook's properties hold the report's title; the file also holds the time it was made
 * ({@code docProps/core.xml}, written by fastexcel), so two renderings differ in bytes but not in
 * cells.
 */
public final class XlsxRenderer {

  /** The name of the first sheet, which lists the others. */
  public static final String CONTENTS = "Contents";

  /** The application named in the workbook's properties. */
  static final String APPLICATION = "governance";

  /** The application version in the form the format requires ({@code XX.YYYY}). */
  static final String APPLICATION_VERSION = "0.1";

  private static final ImmutableList<String> CONTENTS_COLUMNS =
      ImmutableList.of("Sheet", "Section", "Title", "Rows", "Note", "As of");

  private XlsxRenderer() {}

  /**
   * Renders {@code report} as a workbook.
   *
   * @param report the report
   * @return the .xlsx file's bytes
   */
  public static byte[] render(Report report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory does not fail", e);
    }
    return out.toByteArray();
  }

  /**
   * Writes {@code report} as a workbook to {@code file}, creating its directory if needed.
   *
   * @param report the report
   * @param file the .xlsx file
   * @throws IOException if writing fails
   */
  public static void write(Report report, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      write(report, out);
    }
  }

  /**
   * Writes {@code report} as a workbook to {@code out}, left open.
   *
   * @param report the report
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void write(Report report, OutputStream out) throws IOException {
    write(report, out, MOST_ROWS);
  }

  /** Writes {@code report} with at most {@code mostRows} rows below each sheet's header. */
  static void write(Report report, OutputStream out, int mostRows) throws IOException {
    Workbook workbook = new Workbook(out, APPLICATION, APPLICATION_VERSION);
    workbook
        .properties()
        .setTitle(SheetWriter.shown(report.title()))
        .setSubject(SheetWriter.shown(report.subtitle().orElse(report.title())))
        .setDescription("As of " + report.asOf());
    SheetNames names = new SheetNames();
    String contents = names.take(CONTENTS);
    List<Placed> placed = new ArrayList<>();
    for (Section section : report.sections()) {
      for (Block block : section.blocks()) {
        placed.add(new Placed(names.take(block.title()), section, block.asTable()));
      }
    }
    SheetWriter list = new SheetWriter(workbook, contents, CONTENTS_COLUMNS);
    for (int i = 0; i < placed.size(); i++) {
      Placed p = placed.get(i);
      int row = i + 1;
      list.text(row, 0, SheetWriter.shown(p.sheet()));
      list.text(row, 1, SheetWriter.shown(p.section().title()));
      list.text(row, 2, SheetWriter.shown(p.table().title()));
      list.number(row, 3, BigDecimal.valueOf(Math.min(p.table().rows().size(), mostRows)));
      list.text(row, 4, SheetWriter.shown(note(p.table(), mostRows)));
      list.date(row, 5, report.asOf());
    }
    list.finish();
    for (Placed p : placed) {
      table(workbook, p.sheet(), p.table(), mostRows);
    }
    workbook.finish();
  }

  private static void table(Workbook workbook, String name, Table table, int mostRows)
      throws IOException {
    SheetWriter sheet =
        new SheetWriter(
            workbook,
            name,
            table.columns().stream()
                .map(SheetWriter::shown)
                .collect(ImmutableList.toImmutableList()));
    for (int r = 0; r < Math.min(table.rows().size(), mostRows); r++) {
      TableRow row = table.rows().get(r);
      for (int c = 0; c < row.cells().size(); c++) {
        CellValue value = row.value(c);
        Optional<BigDecimal> number = value.number();
        if (number.isPresent()) {
          sheet.number(r + 1, c, number.get());
        } else if (value.date().isPresent()) {
          sheet.date(r + 1, c, value.date().get());
        } else {
          sheet.text(r + 1, c, SheetWriter.shown(value.text()));
        }
      }
    }
    sheet.finish();
  }

  /** The most rows a sheet holds below its header: Excel's 1,048,576 rows, less the header. */
  static final int MOST_ROWS = 1_048_575;

  private static String note(Table table, int mostRows) {
    String cut =
        table.rows().size() > mostRows
            ? "The first "
                + mostRows
                + " of "
                + table.rows().size()
                + " rows: a sheet holds no more."
            : "";
    return (cut + " " + table.note().orElse("")).strip();
  }

  /** A block's table and the sheet it goes on. */
  private record Placed(String sheet, Section section, Table table) {}
}
