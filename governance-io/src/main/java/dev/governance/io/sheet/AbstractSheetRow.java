package dev.governance.io.sheet;

import com.google.common.collect.ImmutableList;
import dev.governance.rules.SourceRegion;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a sheet: its number and its cells from the first column, gaps filled with blank cells,
 * up to the last cell the file holds.
 */
@Value.Immutable(builder = false)
abstract class AbstractSheetRow {

  /** Returns the row's number in its sheet, from 1; in a CSV file, the line it starts on. */
  @Value.Parameter
  public abstract int number();

  /** Returns the sheet of a workbook's row; empty in a CSV file. */
  @Value.Parameter
  public abstract Optional<String> sheet();

  /** Returns the cells, the first column's first; the row ends at its last cell in the file. */
  @Value.Parameter
  public abstract ImmutableList<SheetCell> cells();

  /**
   * Returns the cell in {@code column}, or a blank one past the row's end.
   *
   * @param column the column, from 1
   * @return the cell
   */
  public SheetCell cell(int column) {
    if (column <= cells().size()) {
      return cells().get(column - 1);
    }
    return SheetCell.blank(SourceRegion.of(number(), column).withSheet(sheet()));
  }

  /** Returns whether every cell is blank. */
  public boolean isBlank() {
    return cells().stream().allMatch(SheetCell::isBlank);
  }
}
