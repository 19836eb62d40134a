package dev.governance.core.portfolio;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notBlank;

import dev.governance.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A project: a temporary effort with an owner (what and why) and a manager (how and who), usually
 * part of a program.
 */
@Value.Immutable
abstract class AbstractProject {

  /** Returns the project's id, unique in a model. */
  public abstract String id();

  /** Returns the project's name. */
  public abstract String name();

  /** Returns the id of the program the project belongs to, if any. */
  public abstract Optional<String> program();

  /** Returns the id of the project owner, if named. */
  public abstract Optional<String> owner();

  /** Returns the id of the project manager, if named. */
  public abstract Optional<String> manager();

  /** Returns the project's budget, if it has its own; not negative. */
  public abstract Optional<Money> budget();

  /** Returns the planned first day. */
  public abstract LocalDate start();

  /** Returns the planned last day; not before the start. */
  public abstract LocalDate finish();

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(name(), "name");
    program().ifPresent(p -> identifier(p, "program"));
    owner().ifPresent(p -> identifier(p, "owner"));
    manager().ifPresent(p -> identifier(p, "manager"));
    budget().ifPresent(b -> check(!b.isNegative(), "budget", b, "an amount >= 0"));
    check(!finish().isBefore(start()), "finish", finish(), "a date on or after start " + start());
  }
}
