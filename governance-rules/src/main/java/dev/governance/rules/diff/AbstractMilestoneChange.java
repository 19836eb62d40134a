package dev.governance.rules.diff;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A milestone whose planned date moved between two snapshots; or one added (no before) or removed
 * (no after).
 */
@Value.Immutable
abstract class AbstractMilestoneChange {

  /** Returns the milestone's id. */
  @Value.Parameter
  public abstract String id();

  /** Returns the earlier planned date; empty when the milestone did not exist. */
  @Value.Parameter
  public abstract Optional<LocalDate> before();

  /** Returns the later planned date; empty when the milestone no longer exists. */
  @Value.Parameter
  public abstract Optional<LocalDate> after();

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    check(
        !before().equals(after()),
        "after",
        after().map(Object::toString).orElse("<none>"),
        "a date other than before");
  }
}
