package dev.governance.rules;

import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notBlank;

import java.time.LocalDate;
import java.util.Optional;
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

  /**
   * Returns why the finding was accepted, the waiver's reason, where it is known: SARIF's
   * suppression justification (SARIF 2.1.0, section 3.35.4).
   */
  public abstract Optional<String> reason();

  /** Returns {@code waived by ID until DAY}. */
  @Override
  public String toString() {
    return "waived by " + id() + " until " + until();
  }

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    reason().ifPresent(r -> notBlank(r, "reason"));
  }
}
