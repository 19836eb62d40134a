package dev.governance.io.sheet;

import org.immutables.value.Value;

/** A sheet of a workbook, as its tab shows it: the name, the position and whether it is hidden. */
@Value.Immutable(builder = false)
abstract class AbstractWorkbookSheet {

  /** Returns the sheet's name; in a CSV file, the file's name without its extension. */
  @Value.Parameter
  public abstract String name();

  /** Returns the sheet's position among the workbook's sheets, from 0. */
  @Value.Parameter
  public abstract int index();

  /** Returns whether the sheet is hidden (or very hidden) in the workbook. */
  @Value.Parameter
  public abstract boolean hidden();
}
