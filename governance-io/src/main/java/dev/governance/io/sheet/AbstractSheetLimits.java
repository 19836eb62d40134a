package dev.governance.io.sheet;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.positive;

import org.immutables.value.Value;

/**
 * How much of a spreadsheet a reader takes before it stops with an error, so that a hostile or
 * mistaken file cannot make it read without end: the file's size, the rows of a sheet and the
 * columns of a row. The defaults are Excel's own sheet limits (1,048,576 rows by 16,384 columns)
 * and 64 MiB of file.
 */
@Value.Immutable
abstract class AbstractSheetLimits {

  /** Excel's rows per sheet. */
  static final int EXCEL_ROWS = 1_048_576;

  /** Excel's columns per sheet. */
  static final int EXCEL_COLUMNS = 16_384;

  /** Returns the most bytes a file may have; 64 MiB unless set. */
  @Value.Default
  public long maxBytes() {
    return 64L * 1024 * 1024;
  }

  /**
   * Returns the most rows a sheet may have, counted to its last row; Excel's 1,048,576 unless set.
   */
  @Value.Default
  public int maxRows() {
    return EXCEL_ROWS;
  }

  /** Returns the most columns a row may reach; Excel's 16,384 unless set. */
  @Value.Default
  public int maxColumns() {
    return EXCEL_COLUMNS;
  }

  /** Returns the defaults. */
  public static SheetLimits defaults() {
    return SheetLimits.builder().build();
  }

  @Value.Check
  protected void validate() {
    check(maxBytes() > 0, "maxBytes", maxBytes(), "a number of bytes >= 1");
    positive(maxRows(), "maxRows");
    positive(maxColumns(), "maxColumns");
  }
}
