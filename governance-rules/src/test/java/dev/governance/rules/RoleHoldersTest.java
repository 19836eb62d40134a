package dev.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.model.GovernanceModel;
import dev.governance.core.party.Person;
import dev.governance.core.party.Role;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.party.WellKnownRole;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleHoldersTest {

  /**
   * The generic system owner held by sam, two organisation roles playing it, the steering committee
   * and a change board that plays nothing.
   */
  static final GovernanceModel MODEL =
      GovernanceModel.builder()
          .name("Roles")
          .addPeople(
              Person.of("sam", "Sam Ortiz"),
              Person.of("cy", "Cy Wei"),
              Person.of("eli", "Eli Moreau"),
              Person.of("lea", "Lea Rossi"))
          .addRoles(
              WellKnownRole.SYSTEM_OWNER.role(),
              WellKnownRole.STEERING_COMMITTEE.role(),
              Role.builder()
                  .id("commerce-owner")
                  .name("E-commerce owner")
                  .plays(WellKnownRole.SYSTEM_OWNER)
                  .build(),
              Role.builder()
                  .id("pos-owner")
                  .name("POS owner")
                  .plays(WellKnownRole.SYSTEM_OWNER)
                  .build(),
              Role.of("change-board", "Change board"))
          .addRoleAssignments(
              RoleAssignment.of("system-owner", List.of("sam")),
              RoleAssignment.of("commerce-owner", List.of("cy")),
              RoleAssignment.of("pos-owner", List.of("eli", "cy")),
              RoleAssignment.of("steering-committee", List.of("lea")),
              RoleAssignment.of("change-board", List.of("lea")))
          .build();

  static final RoleHolders ROLES = RoleHolders.of(MODEL);

  @Test
  void aWellKnownRolesHoldersIncludeThoseOfEveryRoleThatPlaysIt() {
    assertThat(ROLES.holders("system-owner")).containsExactly("cy", "eli", "sam");
    assertThat(ROLES.holders(WellKnownRole.SYSTEM_OWNER)).containsExactly("cy", "eli", "sam");
    assertThat(ROLES.holders(WellKnownRole.STEERING_COMMITTEE)).containsExactly("lea");
  }

  @Test
  void anOrganisationsOwnRoleIsHeldOnlyByItsOwnHolders() {
    assertThat(ROLES.holders("commerce-owner")).containsExactly("cy");
    assertThat(ROLES.holders("pos-owner")).containsExactly("cy", "eli");
    assertThat(ROLES.holders("change-board")).containsExactly("lea");
  }

  @Test
  void aRoleNoOneHoldsOrNoRoleHasIsHeldByNoOne() {
    assertThat(ROLES.holders("data-protection-officer")).isEmpty();
    assertThat(ROLES.holders(WellKnownRole.IT_AUDITOR)).isEmpty();
  }

  @Test
  void readsWhichWellKnownRoleEachRolePlays() {
    assertThat(ROLES.wellKnown("commerce-owner")).contains(WellKnownRole.SYSTEM_OWNER);
    assertThat(ROLES.wellKnown("system-owner")).contains(WellKnownRole.SYSTEM_OWNER);
    assertThat(ROLES.wellKnown("it-auditor"))
        .as("a well-known role the model does not define is still that role")
        .contains(WellKnownRole.IT_AUDITOR);
    assertThat(ROLES.wellKnown("change-board")).isEmpty();
    assertThat(ROLES.plays("pos-owner", WellKnownRole.SYSTEM_OWNER)).isTrue();
    assertThat(ROLES.plays("pos-owner", WellKnownRole.PROGRAM_MANAGER)).isFalse();
    assertThat(ROLES.plays("change-board", WellKnownRole.SYSTEM_OWNER)).isFalse();
  }

  @Test
  void aWellKnownRequirementIsSatisfiedByAnyRoleThatPlaysItAnOwnRoleOnlyByItself() {
    assertThat(ROLES.satisfies("system-owner", "system-owner")).isTrue();
    assertThat(ROLES.satisfies("system-owner", "pos-owner")).isTrue();
    assertThat(ROLES.satisfies("commerce-owner", "pos-owner")).isFalse();
    assertThat(ROLES.satisfies("change-board", "change-board")).isTrue();
    assertThat(ROLES.satisfies("steering-committee", "change-board")).isFalse();
  }

  @Test
  void rejectsMissingArguments() {
    assertThatThrownBy(() -> RoleHolders.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("model");
    assertThatThrownBy(() -> ROLES.holders((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("role");
    assertThatThrownBy(() -> ROLES.wellKnown(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("role");
    assertThatThrownBy(() -> ROLES.satisfies("system-owner", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("given");
  }

  @Test
  void noneKnowsOnlyTheWellKnownIdsAndNobodyHoldsThem() {
    assertThat(RoleHolders.none().holders("program-manager")).isEmpty();
    assertThat(RoleHolders.none().wellKnown("system-owner")).contains(WellKnownRole.SYSTEM_OWNER);
    assertThat(RoleHolders.none().wellKnown("commerce-owner")).isEmpty();
  }
}
