package dev.governance.core.raci;

import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notBlank;

import java.util.Optional;
import org.immutables.value.Value;

/** A row of a responsibility matrix: an activity or deliverable, possibly critical. */
@Value.Immutable
abstract class AbstractRaciActivity {

  /** Returns the activity's id, unique in its matrix. */
  @Value.Parameter
  public abstract String id();

  /** Returns the activity's name as shown in the matrix. */
  @Value.Parameter
  public abstract String name();

  /** Returns whether the activity is critical (no empty cells allowed); false by default. */
  @Value.Default
  public boolean critical() {
    return false;
  }

  /** Returns the id of the portfolio deliverable this row stands for, if any. */
  public abstract Optional<String> deliverable();

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(name(), "name");
    deliverable().ifPresent(d -> identifier(d, "deliverable"));
  }
}
