package dev.governance.rules.raci;

import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notNegative;

import org.immutables.value.Value;

/**
 * How many activities of a matrix one person is Accountable and Responsible for, through their
 * roles.
 */
@Value.Immutable
abstract class AbstractPersonLoad {

  /** Returns the person's id. */
  @Value.Parameter
  public abstract String person();

  /** Returns the number of activities the person is Accountable (DACI: Approver) for. */
  @Value.Parameter
  public abstract int accountable();

  /** Returns the number of activities the person is Responsible (DACI: Driver) for. */
  @Value.Parameter
  public abstract int responsible();

  @Value.Check
  protected void validate() {
    identifier(person(), "person");
    notNegative(accountable(), "accountable");
    notNegative(responsible(), "responsible");
  }
}
