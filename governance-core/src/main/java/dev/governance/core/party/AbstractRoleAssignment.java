package dev.governance.core.party;

import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.identifiers;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * Who holds a role: the role's id and the ids of the people holding it, in the given order. An
 * empty list is valid data (the role is unstaffed); the RACI engine reports it as a finding.
 */
@Value.Immutable
abstract class AbstractRoleAssignment {

  /** Returns the id of the role. */
  @Value.Parameter
  public abstract String role();

  /** Returns the ids of the people who hold the role; none repeated. */
  @Value.Parameter
  public abstract ImmutableList<String> people();

  @Value.Check
  protected void validate() {
    identifier(role(), "role");
    identifiers(people(), "people");
  }
}
