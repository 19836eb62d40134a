package dev.governance.rules.deadline;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.party.Role;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.party.WellKnownRole;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who holds which role, as the escalation ladder needs to know it: the model's roles (with the
 * well-known role each {@link dev.governance.core.party.Role#plays() plays}) and their {@link
 * dev.governance.core.party.RoleAssignment}s. A role id that is a well-known role's id, such as
 * {@code system-owner}, is held by the holders of every role that is that well-known role, such as
 * {@code commerce-owner} playing {@link dev.governance.core.party.WellKnownRole#SYSTEM_OWNER}.
 *
 * <p>For example, the holders of a model:
 *
 * <pre>{@code
 * RoleHolders holders = RoleHolders.of(model); // the model's roles and role assignments
 * Set<String> committee = holders.people("steering-committee"); // [lea, kai]
 * Optional<WellKnownRole> role = holders.wellKnown("program-manager"); // PROGRAM_MANAGER
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractRoleHolders {

  /** Returns the roles, each with the well-known role it plays, if any. */
  public abstract ImmutableSet<Role> roles();

  /** Returns who holds each role. */
  public abstract ImmutableSet<RoleAssignment> assignments();

  /** Returns no roles and no holders: only well-known role ids are recognised, by their ids. */
  public static RoleHolders none() {
    return RoleHolders.builder().build();
  }

  /**
   * Returns the roles and role assignments of {@code model}.
   *
   * @param model the model
   * @return its role holders
   */
  public static RoleHolders of(GovernanceModel model) {
    return RoleHolders.builder()
        .addAllRoles(model.roles())
        .addAllAssignments(model.roleAssignments())
        .build();
  }

  /**
   * Returns the well-known role that {@code role} is: the one the model's role of that id plays, or
   * the well-known role with that id.
   *
   * @param role a role id
   * @return the well-known role, or empty
   */
  public Optional<WellKnownRole> wellKnown(String role) {
    Role defined = byId().get(role);
    return defined != null ? defined.wellKnown() : WellKnownRole.byId(role);
  }

  /**
   * Returns the ids of the people who hold {@code role}: those assigned to it, and, for a
   * well-known role's id, those assigned to any role that is that well-known role.
   *
   * @param role a role id
   * @return the people's ids, none if nobody is known to hold it
   */
  public ImmutableSet<String> people(String role) {
    return holders().get(role);
  }

  @Value.Lazy
  ImmutableMap<String, Role> byId() {
    return roles().stream()
        .collect(ImmutableMap.toImmutableMap(Role::id, r -> r, (first, second) -> first));
  }

  @Value.Lazy
  ImmutableSetMultimap<String, String> holders() {
    ImmutableSetMultimap.Builder<String, String> holders = ImmutableSetMultimap.builder();
    for (RoleAssignment assignment : assignments()) {
      holders.putAll(assignment.role(), assignment.people());
      Optional<WellKnownRole> plays = wellKnown(assignment.role());
      if (plays.isPresent() && !plays.get().id().equals(assignment.role())) {
        holders.putAll(plays.get().id(), assignment.people());
      }
    }
    return holders.build();
  }
}
