package dev.governance.rules;

import com.google.common.collect.ImmutableSortedSet;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.party.Role;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.party.WellKnownRole;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who holds which role in one model, and which {@link WellKnownRole} each of the model's roles
 * plays: the one place where engines turn the generic vocabulary ({@code system-owner}) into the
 * organisation's own roles ({@code commerce-owner}, which {@link Role#plays() plays} {@link
 * WellKnownRole#SYSTEM_OWNER}). Engines ask here instead of comparing role ids. Immutable.
 *
 * <p>For example, in the omni-channel model, whose {@code commerce-owner}, {@code pos-owner},
 * {@code mobile-owner} and {@code supply-owner} play the system owner:
 *
 * <pre>{@code
 * RoleHolders roles = RoleHolders.of(model);
 * Set<String> owners = roles.holders("system-owner"); // [cy, eli, fay, gus]
 * Set<String> commerce = roles.holders("commerce-owner"); // [cy]
 * boolean plays = roles.plays("pos-owner", WellKnownRole.SYSTEM_OWNER); // true
 * }</pre>
 */
public final class RoleHolders {

  private final Map<String, Role> roles;
  private final Map<String, RoleAssignment> assignments;

  private RoleHolders(Collection<Role> roles, Collection<RoleAssignment> assignments) {
    this.roles =
        roles.stream()
            .collect(Collectors.toUnmodifiableMap(Role::id, Function.identity(), (a, b) -> a));
    this.assignments =
        assignments.stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    RoleAssignment::role, Function.identity(), (a, b) -> a));
  }

  /**
   * Returns the role holders of {@code model}.
   *
   * @param model the model whose roles and role assignments are read
   * @return its role holders
   */
  public static RoleHolders of(GovernanceModel model) {
    Objects.requireNonNull(model, "model");
    return of(model.roles(), model.roleAssignments());
  }

  /**
   * Returns the holders of {@code roles} by {@code assignments}, where the first of several roles
   * or assignments of one id counts (a model has one of each).
   *
   * @param roles the roles, each with the well-known role it plays, if any
   * @param assignments who holds each role
   * @return their role holders
   */
  public static RoleHolders of(Collection<Role> roles, Collection<RoleAssignment> assignments) {
    return new RoleHolders(
        Objects.requireNonNull(roles, "roles"), Objects.requireNonNull(assignments, "assignments"));
  }

  /**
   * Returns no roles and no holders: only well-known role ids are recognised, by their ids, and
   * nobody holds them.
   *
   * @return the empty role holders
   */
  public static RoleHolders none() {
    return of(List.of(), List.of());
  }

  /**
   * Returns the well-known role that the role with id {@code role} is: the one the model's role
   * {@link Role#wellKnown() plays or is}, or, for a role the model does not define, the well-known
   * role with that id.
   *
   * @param role a role id
   * @return the well-known role, or empty for an organisation's own role that plays none
   */
  public Optional<WellKnownRole> wellKnown(String role) {
    Objects.requireNonNull(role, "role");
    Role defined = roles.get(role);
    return defined != null ? defined.wellKnown() : WellKnownRole.byId(role);
  }

  /**
   * Returns whether the role with id {@code role} is or plays {@code wellKnown}.
   *
   * @param role a role id
   * @param wellKnown a well-known role
   * @return true for {@code system-owner} itself and for every role that plays it
   */
  public boolean plays(String role, WellKnownRole wellKnown) {
    return wellKnown(role).filter(w -> w == wellKnown).isPresent();
  }

  /**
   * Returns whether an approval given in role {@code given} satisfies one required of role {@code
   * required}: the same role, or, where the requirement names a well-known role ({@code
   * system-owner}), any role that plays it. An organisation's own role is satisfied only by itself:
   * {@code pos-owner}'s approval is not {@code commerce-owner}'s.
   *
   * @param required the role id required
   * @param given the role id the approval was given in
   * @return whether the approval counts
   */
  public boolean satisfies(String required, String given) {
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(given, "given");
    return required.equals(given)
        || WellKnownRole.byId(required).filter(w -> plays(given, w)).isPresent();
  }

  /**
   * Returns the people who hold the role with id {@code role}: its role assignment's people and,
   * where {@code role} is a well-known role's id, the people of every role that plays it.
   *
   * @param role a role id
   * @return the holders' person ids, sorted; empty when no one holds the role or no role has the id
   */
  public ImmutableSortedSet<String> holders(String role) {
    Objects.requireNonNull(role, "role");
    Optional<WellKnownRole> generic = WellKnownRole.byId(role);
    return assignments.values().stream()
        .filter(a -> a.role().equals(role) || generic.filter(w -> plays(a.role(), w)).isPresent())
        .flatMap(a -> a.people().stream())
        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }

  /**
   * Returns the people who hold {@code role} or a role that plays it.
   *
   * @param role a well-known role
   * @return the holders' person ids, sorted
   */
  public ImmutableSortedSet<String> holders(WellKnownRole role) {
    return holders(role.id());
  }
}
