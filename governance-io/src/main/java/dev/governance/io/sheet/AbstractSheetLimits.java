package dev.governance.io.sheet;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.positive;

import org.immutables.value.Value;

/**
 * How much of a spreadsheet a reader takes before it stops with an error, so that a hostile or
 * mistaken file cannot make it read, or hold in memory, without end: the file's size; for a
 * workbook, the bytes its ZIP entries inflate to and how far each inflates beyond its compressed
 * size (a zip bomb), both checked by inflating every entry once before anything is parsed; the rows
 * of a sheet, the columns of a row, the cells of a sheet and the characters of a cell.
 *
 * <p>The defaults are Excel's own limits where Excel has one (1,048,576 rows by 16,384 columns,
 * 32,767 characters in a cell: Microsoft, "Excel specifications and limits"), Apache POI's zip-bomb
 * ratio (its {@code ZipSecureFile} refuses entries inflating more than 100 times), and sizes that a
 * register or matrix never approaches: 64 MiB of file, 512 MiB inflated, 2,097,152 cells read from
 * a workbook (a cell takes some 100 bytes once read, so this bounds a reader that keeps its rows
 * near 200 MB).
 */
@Value.Immutable
abstract class AbstractSheetLimits {

  /** Excel's rows per sheet. */
  static final int EXCEL_ROWS = 1_048_576;

  /** Excel's columns per sheet. */
  static final int EXCEL_COLUMNS = 16_384;

  /** Excel's characters per cell. */
  static final int EXCEL_CELL_CHARACTERS = 32_767;

  /** The inflated bytes of an entry before its compression ratio is checked. */
  static final int RATIO_GRACE_BYTES = 100 * 1024;

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

  /**
   * Returns the most bytes a workbook's ZIP entries may inflate to, all entries together; 512 MiB
   * unless set. Checked on the bytes actually inflated, not on the sizes the ZIP declares.
   */
  @Value.Default
  public long maxUncompressedBytes() {
    return 512L * 1024 * 1024;
  }

  /**
   * Returns how many times its compressed size a workbook's ZIP entry may inflate to, once past its
   * first {@value #RATIO_GRACE_BYTES} bytes; 100 unless set (Apache POI's {@code ZipSecureFile}
   * default minimum inflate ratio, 0.01).
   */
  @Value.Default
  public int maxCompressionRatio() {
    return 100;
  }

  /**
   * Returns the most characters (UTF-16 units) a cell may hold, and the most a workbook's XML may
   * hold between two tags; Excel's 32,767 unless set.
   */
  @Value.Default
  public int maxCellCharacters() {
    return EXCEL_CELL_CHARACTERS;
  }

  /**
   * Returns the most cells a workbook may yield, over all the sheets read, counted row by row up to
   * each row's last cell (the blank cells that fill a row's gaps included); 2,097,152 unless set.
   */
  @Value.Default
  public long maxCells() {
    return 2L * 1024 * 1024;
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
    check(
        maxUncompressedBytes() > 0,
        "maxUncompressedBytes",
        maxUncompressedBytes(),
        "a number >= 1");
    positive(maxCompressionRatio(), "maxCompressionRatio");
    positive(maxCellCharacters(), "maxCellCharacters");
    check(maxCells() > 0, "maxCells", maxCells(), "a number of cells >= 1");
  }
}
