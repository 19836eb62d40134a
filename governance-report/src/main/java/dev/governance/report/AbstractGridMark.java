package dev.governance.report;

import static dev.governance.core.ArgChecker.notBlank;

import java.util.Optional;
import org.immutables.value.Value;

/** A finding marked on a {@link RaciGrid}: on one cell, or on a whole row when it names no role. */
@Value.Immutable
abstract class AbstractGridMark {

  /** Returns the row (activity) index, from 0. */
  public abstract int row();

  /** Returns the column (role) index, from 0, or empty for the whole row. */
  public abstract Optional<Integer> column();

  /** Returns the finding's code, such as {@code RACI-001}. */
  public abstract String code();

  /** Returns the finding's message. */
  public abstract String message();

  /** Returns how severe the finding is. */
  public abstract Tone tone();

  @Value.Check
  protected void validate() {
    notBlank(code(), "code");
    notBlank(message(), "message");
  }
}
