package dev.governance.core.party;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notBlank;

import java.util.Optional;
import org.immutables.value.Value;

/** A person who can hold roles: a program manager, a system owner, an auditor. */
@Value.Immutable
abstract class AbstractPerson {

  /** Returns the person's id, unique in a model. */
  @Value.Parameter
  public abstract String id();

  /** Returns the person's display name. */
  @Value.Parameter
  public abstract String name();

  /** Returns the person's e-mail address, if known. */
  public abstract Optional<String> email();

  /** Returns the id of the organisational unit the person belongs to, if known. */
  public abstract Optional<String> unit();

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(name(), "name");
    email()
        .ifPresent(
            e ->
                check(
                    e.matches("[^@\\s]+@[^@\\s]+"),
                    "email",
                    e,
                    "an address of the form name@domain"));
    unit().ifPresent(u -> identifier(u, "unit"));
  }
}
