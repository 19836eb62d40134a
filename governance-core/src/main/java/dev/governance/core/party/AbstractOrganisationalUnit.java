package dev.governance.core.party;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notBlank;

import java.util.Optional;
import org.immutables.value.Value;

/** An organisational unit (department, team, business unit), optionally inside a parent unit. */
@Value.Immutable
abstract class AbstractOrganisationalUnit {

  /** Returns the unit's id, unique in a model. */
  @Value.Parameter
  public abstract String id();

  /** Returns the unit's display name. */
  @Value.Parameter
  public abstract String name();

  /** Returns the id of the unit that contains this one, if any. */
  public abstract Optional<String> parent();

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(name(), "name");
    parent()
        .ifPresent(p -> check(!p.equals(id()), "parent", p, "the id of another unit than itself"));
    parent().ifPresent(p -> identifier(p, "parent"));
  }
}
