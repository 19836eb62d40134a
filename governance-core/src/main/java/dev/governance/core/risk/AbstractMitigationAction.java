package dev.governance.core.risk;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notBlank;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An action that treats a register risk, co-owned across the program-system divide (ISO 31000:2018,
 * 6.5.3 "Preparing and implementing risk treatment plans"): an owner on one side, a co-owner on the
 * other, a due date and a status.
 */
@Value.Immutable
abstract class AbstractMitigationAction {

  /** Returns the action's id, unique in a model. */
  public abstract String id();

  /** Returns the id of the risk it treats. */
  public abstract String risk();

  /** Returns what is to be done. */
  public abstract String title();

  /** Returns the id of the person who owns the action. */
  public abstract String owner();

  /** Returns the id of the co-owner, on the other side; not the owner. */
  public abstract String coOwner();

  /** Returns the day it is due. */
  public abstract LocalDate due();

  /** Returns where it stands. */
  public abstract ActionStatus status();

  /** Returns the day it was done: present exactly when the status is {@code DONE}. */
  public abstract Optional<LocalDate> completedOn();

  /** Returns whether the action is still open and was due before {@code day}. */
  public boolean isOverdue(LocalDate day) {
    return status().isOpen() && due().isBefore(day);
  }

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    identifier(risk(), "risk");
    notBlank(title(), "title");
    identifier(owner(), "owner");
    identifier(coOwner(), "coOwner");
    check(!coOwner().equals(owner()), "coOwner", coOwner(), "a person other than the owner");
    check(
        completedOn().isPresent() == (status() == ActionStatus.DONE),
        "completedOn",
        completedOn().map(Object::toString).orElse("<missing>"),
        "a day exactly when the status is DONE (status " + status() + ")");
  }
}
