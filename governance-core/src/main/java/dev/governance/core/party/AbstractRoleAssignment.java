package dev.governance.core.party;

import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.identifiers;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import org.immutables.value.Value;

/**
 * Who holds a role: the role's id and the ids of the people holding it, in the given order. An
 * empty list is valid data (the role is unstaffed); the RACI engine reports it as a finding.
 *
 * <p>Serializable, so that role holders can be shipped to the workers of a cluster (Apache Spark
 * ships a job's functions with Java serialization); the generated class checks the invariants again
 * when it is read back ({@code readResolve}), so a stream cannot make an assignment that {@link
 * RoleAssignment#of} would reject (SEI CERT Oracle Coding Standard for Java, SER07-J).
 */
@Value.Immutable
abstract class AbstractRoleAssignment implements Serializable {

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
