package dev.governance.report;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.finite;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One cell of a {@link TableRow} with its type: the text every renderer prints, and the number or
 * date it stands for, so that a spreadsheet holds the number as a number and the date as a date
 * rather than as text it would have to parse.
 */
@Value.Immutable
abstract class AbstractCellValue {

  /** Returns the text the cell shows. */
  public abstract String text();

  /** Returns the number the cell holds, exactly as its text shows it, if it holds one. */
  public abstract Optional<BigDecimal> number();

  /** Returns the date the cell holds, if it holds one. */
  public abstract Optional<LocalDate> date();

  /**
   * Returns a cell of text.
   *
   * @param text the text
   * @return the cell
   */
  public static CellValue text(String text) {
    return CellValue.builder().text(text).build();
  }

  /**
   * Returns a cell holding {@code value} rounded to at most {@code decimals} decimals as {@link
   * Texts#number} shows it (half up, trailing zeros removed, root locale): the number is the one
   * its text shows.
   *
   * @param value the number
   * @param decimals the most decimals kept, from 0
   * @return the cell
   * @throws dev.governance.core.GovernanceValidationException if {@code value} is not finite or
   *     {@code decimals} is negative
   */
  public static CellValue number(double value, int decimals) {
    finite(value, "value");
    check(decimals >= 0, "decimals", decimals, "0 or more");
    String text = Texts.number(value, decimals);
    // the number is the one the text shows, by construction: the same rounding, in plain form
    return CellValue.builder().text(text).number(new BigDecimal(text)).build();
  }

  /**
   * Returns a cell holding a whole number, such as a count.
   *
   * @param value the number
   * @return the cell
   */
  public static CellValue count(long value) {
    return CellValue.builder().text(Long.toString(value)).number(BigDecimal.valueOf(value)).build();
  }

  /**
   * Returns a cell holding a date, shown in ISO 8601 form ({@code 2026-03-15}).
   *
   * @param date the date
   * @return the cell
   */
  public static CellValue date(LocalDate date) {
    return CellValue.builder().text(date.toString()).date(date).build();
  }

  /**
   * Returns a cell holding {@code date}, or an empty text cell without one.
   *
   * @param date the date, if any
   * @return the cell
   */
  public static CellValue date(Optional<LocalDate> date) {
    return date.map(CellValue::date).orElseGet(() -> text(""));
  }

  @Value.Check
  protected void validate() {
    check(
        number().isEmpty() || date().isEmpty(),
        "date",
        date().orElse(LocalDate.MIN),
        "no date in a cell holding the number " + number().orElse(BigDecimal.ZERO));
  }
}
