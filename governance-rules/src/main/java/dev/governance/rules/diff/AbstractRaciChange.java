package dev.governance.rules.diff;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;

import org.immutables.value.Value;

/**
 * A RACI cell whose letters differ between two snapshots, such as {@code A/R} before and {@code R}
 * after. An empty cell is the empty string, whether the cell was left blank or its matrix, activity
 * or role does not exist in that snapshot, so a cell is compared by its letters alone.
 */
@Value.Immutable
abstract class AbstractRaciChange {

  /** Returns the matrix id. */
  @Value.Parameter
  public abstract String matrix();

  /** Returns the activity id. */
  @Value.Parameter
  public abstract String activity();

  /** Returns the role id. */
  @Value.Parameter
  public abstract String role();

  /** Returns the earlier letters joined by {@code /}, such as {@code A/R}; empty for no letter. */
  @Value.Parameter
  public abstract String before();

  /** Returns the later letters, as {@link #before()}. */
  @Value.Parameter
  public abstract String after();

  @Value.Check
  protected void validate() {
    identifier(matrix(), "matrix");
    identifier(activity(), "activity");
    identifier(role(), "role");
    check(!before().equals(after()), "after", after(), "letters other than before's");
  }
}
