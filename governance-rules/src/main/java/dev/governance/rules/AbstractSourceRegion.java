package dev.governance.rules;

import static dev.governance.core.ArgChecker.positive;

import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Where in an input file a finding's subject is: a line and a column, both counted from 1, as
 * SARIF's {@code region.startLine} and {@code region.startColumn} and the {@code FILE:LINE:COLUMN}
 * prefix of compiler-style messages; in a workbook, the sheet too, where the line is the row and
 * the column the column's number ({@code C} is 3), written in the A1 form people type ({@code
 * Risks!C7}).
 */
@Value.Immutable
abstract class AbstractSourceRegion {

  /** A sheet name that an A1 reference may write without quotes: a letter or {@code _} first. */
  private static final Pattern PLAIN_SHEET = Pattern.compile("[\\p{L}_][\\p{L}\\p{Nd}_.]*");

  /** A sheet name that reads as a cell reference (or R1C1 form) and so must be quoted. */
  private static final Pattern LOOKS_LIKE_CELL =
      Pattern.compile("(?i)[a-z]{1,3}\\d+|r\\d*c\\d*|r|c|true|false");

  /** Returns the line (the row in a workbook), from 1. */
  @Value.Parameter
  public abstract int line();

  /** Returns the column, from 1. */
  @Value.Parameter
  public abstract int column();

  /** Returns the sheet of a workbook; empty in a text file. */
  public abstract Optional<String> sheet();

  /**
   * Returns the cell at {@code row} and {@code column} of a workbook's sheet.
   *
   * @param sheet the sheet's name
   * @param row the row, from 1
   * @param column the column, from 1 ({@code A} is 1)
   * @return the region
   */
  public static SourceRegion cell(String sheet, int row, int column) {
    // built once rather than made and copied: the workbook reader makes one for every cell it reads
    return SourceRegion.builder().line(row).column(column).sheet(sheet).build();
  }

  /**
   * Returns the cell's reference in the A1 form of ECMA-376 Part 1 §18.17.2.3 (cell references):
   * the column's letters, then the row ({@code C7}), after the sheet and {@code !} where there is a
   * sheet, the sheet quoted with {@code '} (a {@code '} in it doubled) unless it is a plain name
   * ({@code Risks!C7}, {@code 'Risk register'!C7}).
   */
  public String a1() {
    String cell = columnLetters(column()) + line();
    return sheet().map(s -> sheetReference(s) + "!" + cell).orElse(cell);
  }

  /** Returns {@code LINE:COLUMN}, or the {@link #a1() A1 reference} in a workbook. */
  @Override
  public String toString() {
    return sheet().isPresent() ? a1() : line() + ":" + column();
  }

  /**
   * Returns a column's letters: 1 is {@code A}, 26 {@code Z}, 27 {@code AA}, 16,384 {@code XFD}.
   *
   * @param column the column, from 1
   * @return the letters
   */
  public static String columnLetters(int column) {
    positive(column, "column");
    StringBuilder letters = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      letters.append((char) ('A' + (c - 1) % 26));
    }
    return letters.reverse().toString();
  }

  private static String sheetReference(String sheet) {
    return PLAIN_SHEET.matcher(sheet).matches() && !LOOKS_LIKE_CELL.matcher(sheet).matches()
        ? sheet
        : "'" + sheet.replace("'", "''") + "'";
  }

  @Value.Check
  protected void validate() {
    positive(line(), "line");
    positive(column(), "column");
  }
}
