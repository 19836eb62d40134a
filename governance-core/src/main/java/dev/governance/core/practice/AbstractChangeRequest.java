package dev.governance.core.practice;

import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.identifiers;
import static dev.governance.core.ArgChecker.noDuplicates;
import static dev.governance.core.ArgChecker.notBlank;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A change to a system: who raised it, which projects and milestones it affects, which approvals it
 * needs (such as the program's change board) and which it has.
 */
@Value.Immutable
abstract class AbstractChangeRequest {

  /** Returns the change's id. */
  public abstract String id();

  /** Returns what changes. */
  public abstract String title();

  /** Returns the system that changes. */
  public abstract String system();

  /** Returns the person who raised the change. */
  public abstract String initiator();

  /** Returns the day it was raised. */
  public abstract LocalDate raisedOn();

  /** Returns whether the change is major (needs the program's change control); true by default. */
  @Value.Default
  public boolean major() {
    return true;
  }

  /** Returns the projects the change affects. */
  public abstract ImmutableList<String> projects();

  /** Returns the milestones the change affects. */
  public abstract ImmutableList<String> milestones();

  /** Returns the roles whose approval the change needs, such as {@code change-board}. */
  public abstract ImmutableList<String> requiredApprovals();

  /** Returns the approvals given. */
  public abstract ImmutableList<Approval> approvals();

  /** Returns whether a role's approval has been given. */
  public boolean approvedBy(String role) {
    Objects.requireNonNull(role, "role");
    return approvals().stream().anyMatch(a -> a.role().equals(role));
  }

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(title(), "title");
    identifier(system(), "system");
    identifier(initiator(), "initiator");
    identifiers(projects(), "projects");
    identifiers(milestones(), "milestones");
    identifiers(requiredApprovals(), "requiredApprovals");
    noDuplicates(requiredApprovals(), "requiredApprovals");
  }
}
