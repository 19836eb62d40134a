package dev.governance.report;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/** One row of a {@link Table}: its cells and how good what it says is. */
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

  /** Returns a neutral row of {@code cells}. */
  public static TableRow of(String... cells) {
    return TableRow.of(ImmutableList.copyOf(cells), Tone.NEUTRAL);
  }
}
