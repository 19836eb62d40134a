package dev.governance.rules.deadline;

import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notNegative;

import org.immutables.value.Value;

/**
 * One rung of an escalation ladder above the obligation's owner: once an occurrence is this many
 * business days overdue, it goes to this role (the system owner, then the program manager, then the
 * steering committee).
 */
@Value.Immutable
abstract class AbstractEscalationStep {

  /** Returns after how many business days overdue the step applies; not negative. */
  @Value.Parameter
  public abstract int afterBusinessDays();

  /** Returns the id of the role escalated to. */
  @Value.Parameter
  public abstract String role();

  @Value.Check
  protected void validate() {
    notNegative(afterBusinessDays(), "afterBusinessDays");
    identifier(role(), "role");
  }
}
