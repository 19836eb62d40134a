package dev.governance.core.party;

import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notBlank;

import java.util.Arrays;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A role in governance: one of the {@link WellKnownRole}s or one defined by the organisation
 * ({@code data-protection-officer}, {@code change-board}). Roles are columns of RACI matrices and
 * are held by people through {@link RoleAssignment}s.
 */
@Value.Immutable
abstract class AbstractRole {

  /** Returns the role's id, unique in a model. */
  @Value.Parameter
  public abstract String id();

  /** Returns the role's display name. */
  @Value.Parameter
  public abstract String name();

  /** Returns the well-known role this is, if its id is one of theirs. */
  public Optional<WellKnownRole> wellKnown() {
    return Arrays.stream(WellKnownRole.values()).filter(r -> r.id().equals(id())).findFirst();
  }

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(name(), "name");
  }
}
