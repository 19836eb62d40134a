package dev.governance.rules.raci;

import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notNegative;

import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How a role of a matrix is used: on how many activities it has a letter, is Accountable and is
 * Responsible, and how many people hold it (unknown without role assignments).
 */
@Value.Immutable
abstract class AbstractRoleCoverage {

  /** Returns the role's id. */
  public abstract String role();

  /** Returns the number of activities on which the role has any letter. */
  public abstract int activities();

  /** Returns the number of activities on which the role is Accountable (DACI: Approver). */
  public abstract int accountable();

  /** Returns the number of activities on which the role is Responsible (DACI: Driver). */
  public abstract int responsible();

  /** Returns how many people hold the role; empty when no role assignments were given. */
  public abstract OptionalInt people();

  @Value.Check
  protected void validate() {
    identifier(role(), "role");
    notNegative(activities(), "activities");
    notNegative(accountable(), "accountable");
    notNegative(responsible(), "responsible");
    people().ifPresent(n -> notNegative(n, "people"));
  }
}
