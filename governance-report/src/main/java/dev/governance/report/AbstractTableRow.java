package dev.governance.report;

import static dev.governance.core.ArgChecker.check;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a {@link Table}: its cells, how good what it says is, and, for a row of numbers or
 * dates, each cell's typed value.
 */
@Value.Immutable
abstract class AbstractTableRow {

  /** Returns the cells, one per column. */
  @Value.Parameter
  public abstract ImmutableList<String> cells();

  /** Returns the row's tone; {@link Tone#NEUTRAL} by default. */
  @Value.Parameter
  @Value.Default
  public Tone tone() {
    return Tone.NEUTRAL;
  }

  /**
   * Returns each cell's typed value, one per cell, with the cell's text, when the row was made with
   * {@link #typed}; empty for a row of text.
   */
  public abstract Optional<ImmutableList<CellValue>> values();

  /**
   * Returns the typed value of the cell in {@code column}: its {@link CellValue}, or a text cell
   * for a row of text.
   *
   * @param column the column, from 0
   * @return the cell's value
   * @throws IndexOutOfBoundsException if the row has no such column
   */
  public CellValue value(int column) {
    return values().map(v -> v.get(column)).orElseGet(() -> CellValue.text(cells().get(column)));
  }

  /** Returns a neutral row of {@code cells}. */
  public static TableRow of(String... cells) {
    return TableRow.of(ImmutableList.copyOf(cells), Tone.NEUTRAL);
  }

  /**
   * Returns a row of typed cells: its {@link #cells} are their texts.
   *
   * @param values the cells, one per column
   * @param tone the row's tone
   * @return the row
   */
  public static TableRow typed(List<CellValue> values, Tone tone) {
    return TableRow.builder()
        .addAllCells(values.stream().map(CellValue::text).collect(ImmutableList.toImmutableList()))
        .tone(tone)
        .values(ImmutableList.copyOf(values))
        .build();
  }

  @Value.Check
  protected void validate() {
    values()
        .ifPresent(
            values -> {
              check(
                  values.size() == cells().size(),
                  "values",
                  values.size(),
                  cells().size() + " values, one per cell");
              for (int i = 0; i < values.size(); i++) {
                check(
                    values.get(i).text().equals(cells().get(i)),
                    "values[" + i + "].text",
                    values.get(i).text(),
                    "the cell's text '" + cells().get(i) + "'");
              }
            });
  }
}
