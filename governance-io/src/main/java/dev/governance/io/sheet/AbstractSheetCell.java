package dev.governance.io.sheet;

import dev.governance.rules.SourceRegion;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One cell of a sheet: where it is, what kind of value it holds and that value, read as the saving
 * program left it (a formula by its cached value).
 */
@Value.Immutable(builder = false)
abstract class AbstractSheetCell {

  /** Returns where the cell is: the sheet's cell, or the line and column in a CSV file. */
  @Value.Parameter
  public abstract SourceRegion location();

  /** Returns what the cell holds. */
  @Value.Parameter
  public abstract CellKind kind();

  /**
   * Returns the value as text: a text cell's text, a number in plain decimal notation ({@code 3},
   * {@code 0.25}), a date in ISO 8601 ({@code 2026-03-01}, or with the time where it has one), a
   * boolean as {@code TRUE} or {@code FALSE}, an error value as written ({@code #DIV/0!}); empty
   * for a blank or uncalculated cell.
   */
  @Value.Parameter
  public abstract String text();

  /** Returns the number of a {@link CellKind#NUMBER} or {@link CellKind#DATE} cell. */
  @Value.Parameter
  public abstract Optional<BigDecimal> number();

  /** Returns the date and time of a {@link CellKind#DATE} cell, in the workbook's date system. */
  @Value.Parameter
  public abstract Optional<LocalDateTime> date();

  /** Returns the formula, without its {@code =}, of a cell computed by one. */
  @Value.Parameter
  public abstract Optional<String> formula();

  /**
   * Returns a blank cell at {@code location}.
   *
   * @param location where it is
   * @return the cell
   */
  public static SheetCell blank(SourceRegion location) {
    return SheetCell.of(
        location, CellKind.BLANK, "", Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Returns a text cell.
   *
   * @param location where it is
   * @param text its text
   * @return the cell
   */
  public static SheetCell text(SourceRegion location, String text) {
    return SheetCell.of(
        location, CellKind.TEXT, text, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Returns whether the cell is blank or holds only white space. */
  public boolean isBlank() {
    return kind() == CellKind.BLANK || (kind() == CellKind.TEXT && text().isBlank());
  }

  /**
   * Returns what the cell holds, as a problem quotes it: a text in quotes ({@code 'A?'}), else its
   * kind and value ({@code the number 1}, {@code the boolean TRUE}, {@code the error value #N/A},
   * {@code a formula without a cached value (=A1+1)}).
   */
  public String describe() {
    switch (kind()) {
      case NUMBER:
        return "the number " + text();
      case DATE:
        return "the date " + text();
      case BOOLEAN:
        return "the boolean " + text();
      case ERROR:
        return "the error value " + text();
      case UNCALCULATED:
        return "a formula without a cached value (="
            + formula().orElse("")
            + "); open the workbook in a spreadsheet program and save it to calculate it";
      default:
        return "'" + text() + "'";
    }
  }
}
