package dev.governance.report.sheet;

import dev.governance.report.Texts;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One sheet of a workbook being written, laid out the same way by every writer of this package: a
 * bold header row, frozen, with an auto-filter over the header and the rows below it, and each
 * column as wide as its longest line (header included), within {@value #LEAST_WIDTH} and {@value
 * #MOST_WIDTH} characters. Numbers are numeric cells, dates numeric cells with the date format
 * {@value #DATE_FORMAT}; text is a shared string, written as it is given (see {@link #shown} and
 * {@link #exact} for what each writer gives).
 */
final class SheetWriter {

  /** The most characters a cell holds: Excel's limit (Excel specifications and limits). */
  static final int MOST_CELL_CHARACTERS = 32_767;

  /** The format of date cells: ISO 8601, as every other renderer writes dates. */
  static final String DATE_FORMAT = "yyyy-mm-dd";

  private static final int LEAST_WIDTH = 8;
  private static final int MOST_WIDTH = 60;

  private final Worksheet sheet;
  private final int[] widths;
  private int lastRow;

  /**
   * Starts a sheet with its header row.
   *
   * @param workbook the workbook
   * @param name the sheet's name, valid and unique ({@link SheetNames})
   * @param header the column headings, as they are to be written
   */
  SheetWriter(Workbook workbook, String name, List<String> header) {
    this.sheet = workbook.newWorksheet(name);
    this.widths = new int[header.size()];
    for (int c = 0; c < header.size(); c++) {
      text(0, c, header.get(c));
    }
    sheet.range(0, 0, 0, header.size() - 1).style().bold().fillColor("DDEBF7").set();
  }

  /** Writes text into a cell (an empty text leaves it blank). */
  void text(int row, int column, String text) {
    if (!text.isEmpty()) {
      sheet.value(row, column, text);
    }
    fit(row, column, text);
  }

  /** Writes a number into a cell. */
  void number(int row, int column, BigDecimal number) {
    sheet.value(row, column, number);
    fit(row, column, number.toPlainString());
  }

  /** Writes a date into a cell, as a date: the day's serial number in the date format. */
  void date(int row, int column, LocalDate date) {
    sheet.value(row, column, date);
    sheet.style(row, column).format(DATE_FORMAT).set();
    fit(row, column, DATE_FORMAT);
  }

  private void fit(int row, int column, String text) {
    lastRow = Math.max(lastRow, row);
    int longest = 0;
    for (String line : text.split("\n", -1)) {
      longest = Math.max(longest, line.codePointCount(0, line.length()));
    }
    widths[column] = Math.max(widths[column], longest);
  }

  /**
   * Ends the sheet: sets the column widths, freezes the header row and puts the auto-filter on it.
   *
   * @throws IOException if writing fails
   */
  void finish() throws IOException {
    for (int c = 0; c < widths.length; c++) {
      // two characters more than the text: the filter's button sits on the header's right
      sheet.width(c, Math.min(MOST_WIDTH, Math.max(LEAST_WIDTH, widths[c] + 2)));
    }
    sheet.freezePane(0, 1);
    sheet.setAutoFilter(0, 0, lastRow, widths.length - 1);
    sheet.finish();
  }

  /**
   * Returns user text as a report's workbook shows it, so that it cannot act: {@linkplain
   * Texts#visible visible} (NUL and unpaired surrogates as U+FFFD; escape, bell and the other
   * control characters XML 1.0 cannot hold written as {@code \u0007}-style escapes; tab and line
   * breaks kept), U+FFFE and U+FFFF (not XML characters either) as U+FFFD, a leading {@code '} on
   * text a spreadsheet would run as a formula ({@link Texts#formulaLike}, as the CSV export does),
   * and text past Excel's {@value #MOST_CELL_CHARACTERS} characters cut to end in {@code [N more
   * characters cut]}.
   *
   * @param text any text
   * @return the text to write
   */
  static String shown(String text) {
    String visible = Texts.visible(text).replace('\uFFFE', Texts.REPLACEMENT);
    visible = visible.replace('\uFFFF', Texts.REPLACEMENT);
    if (Texts.formulaLike(visible)) {
      visible = "'" + visible;
    }
    if (visible.length() <= MOST_CELL_CHARACTERS) {
      return visible;
    }
    String kept = SheetNames.cut(visible, MOST_CELL_CHARACTERS - 40);
    String rest = visible.substring(kept.length());
    return kept
        + String.format(
            Locale.ROOT, " [%d more characters cut]", rest.codePointCount(0, rest.length()));
  }

  /**
   * Returns model data as it is, to be read back unchanged, or rejects it when a cell cannot hold
   * it: XML 1.0, the text of an .xlsx file, holds no control character but tab, line feed and
   * carriage return, no U+FFFE or U+FFFF and no unpaired surrogate, and Excel no more than {@value
   * #MOST_CELL_CHARACTERS} characters in a cell. Text a spreadsheet would take for a formula is
   * written as it is: a text cell of a workbook is never run, and a {@code '} would change the
   * value read back.
   *
   * @param field where the text is from, such as {@code risks[2].title}
   * @param text the text
   * @return {@code text}
   * @throws IllegalArgumentException if a cell cannot hold it, naming the field, the value and the
   *     character or length
   */
  static String exact(String field, String text) {
    if (text.length() > MOST_CELL_CHARACTERS) {
      throw new IllegalArgumentException(
          field
              + " = '"
              + preview(text)
              + "': expected at most "
              + MOST_CELL_CHARACTERS
              + " characters (Excel's limit for a cell), found "
              + text.length());
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        i++;
      } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r')
          || c == 0xFFFE
          || c == 0xFFFF
          || Character.isSurrogate(c)) {
        throw new IllegalArgumentException(
            field
                + " = '"
                + preview(text)
                + "': expected text an .xlsx cell can hold (XML 1.0: no control character but tab"
                + " and line breaks, no U+FFFE, U+FFFF or unpaired surrogate), found "
                + String.format(Locale.ROOT, "U+%04X", (int) c)
                + " at character "
                + (i + 1));
      }
    }
    return text;
  }

  /** Returns the start of {@code text} on one line, for a message. */
  private static String preview(String text) {
    String start = SheetNames.cut(text, 60);
    return Texts.oneLine(start) + (start.length() < text.length() ? "..." : "");
  }
}
