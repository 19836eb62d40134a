package dev.governance.report;

import static dev.governance.core.ArgChecker.notBlank;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A finding marked on a {@link RaciGrid}: on one cell (row and column), a whole row (an activity's
 * finding that names no role) or a whole column (a role's finding that names no activity).
 */
@Value.Immutable
abstract class AbstractGridMark {

  /** Returns the row (activity) index, from 0, or empty for the whole column. */
  public abstract Optional<Integer> row();

  /** Returns the column (role) index, from 0, or empty for the whole row. */
  public abstract Optional<Integer> column();

  /** Returns the finding's code, such as {@code RACI-001}. */
  public abstract String code();

  /** Returns the finding's message. */
  public abstract String message();

  /** Returns how severe the finding is. */
  public abstract Tone tone();

  /** Returns whether the mark is on row {@code r}: on a cell of it or on the whole row. */
  public boolean onRow(int r) {
    return row().isPresent() && row().get() == r;
  }

  /** Returns whether the mark is on cell {@code (r, c)}. */
  public boolean onCell(int r, int c) {
    return onRow(r) && column().isPresent() && column().get() == c;
  }

  /** Returns whether the mark is on the whole column {@code c}. */
  public boolean onColumn(int c) {
    return row().isEmpty() && column().isPresent() && column().get() == c;
  }

  @Value.Check
  protected void validate() {
    dev.governance.core.ArgChecker.check(
        row().isPresent() || column().isPresent(), "row", "<missing>", "a row, a column or both");
    notBlank(code(), "code");
    notBlank(message(), "message");
  }
}
