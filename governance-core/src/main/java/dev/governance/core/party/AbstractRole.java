package dev.governance.core.party;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notBlank;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A role in governance: one of the {@link WellKnownRole}s or one defined by the organisation
 * ({@code data-protection-officer}, {@code change-board}). Roles are columns of RACI matrices and
 * are held by people through {@link RoleAssignment}s.
 *
 * <p>An organisation's own role may play a well-known one: {@code commerce-owner} plays {@link
 * WellKnownRole#SYSTEM_OWNER}, so that findings addressed to system owners reach the person who
 * holds {@code commerce-owner}. Engines compare roles through {@link #wellKnown()}, never through
 * role ids.
 */
@Value.Immutable
abstract class AbstractRole {

  /** Returns the role's id, unique in a model. */
  @Value.Parameter
  public abstract String id();

  /** Returns the role's display name. */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the well-known role this role plays, if it says: {@code commerce-owner} plays {@link
   * WellKnownRole#SYSTEM_OWNER}. A role whose id is a well-known role's id plays that role whether
   * it says so or not.
   */
  public abstract Optional<WellKnownRole> plays();

  /** Returns the well-known role this is: the one it {@link #plays()}, or the one with its id. */
  public Optional<WellKnownRole> wellKnown() {
    return plays().or(() -> WellKnownRole.byId(id()));
  }

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(name(), "name");
    WellKnownRole.byId(id())
        .ifPresent(
            own ->
                plays()
                    .ifPresent(
                        p ->
                            check(
                                p == own,
                                "plays",
                                p,
                                own + ", the well-known role whose id the role has")));
  }
}
