package dev.governance.rules;

import static dev.governance.core.ArgChecker.identifier;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The mark of a waived finding: which waiver accepted it and until which day. A waived finding is
 * still reported, but counts toward neither a command's exit code nor a status.
 */
@Value.Immutable
abstract class AbstractWaived {

  /** Returns the id of the waiver that accepted the finding. */
  @Value.Parameter
  public abstract String id();

  /** Returns the last day the waiver applies, inclusive. */
  @Value.Parameter
  public abstract LocalDate until();

  /** Returns {@code waived by ID until DAY}. */
  @Override
  public String toString() {
    return "waived by " + id() + " until " + until();
  }

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
  }
}
