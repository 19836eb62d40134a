package dev.governance.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.GovernanceModel;
import dev.governance.core.party.Person;
import dev.governance.core.party.Role;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.party.WellKnownRole;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleHoldersTest {

  private static final GovernanceModel MODEL =
      GovernanceModel.builder()
          .name("holders")
          .addPeople(Person.of("ana", "Ana"), Person.of("cy", "Cy"), Person.of("eli", "Eli"))
          .addRoles(
              WellKnownRole.PROGRAM_MANAGER.role(),
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
              Role.of("dpo", "Data-protection officer"))
          .addRoleAssignments(
              RoleAssignment.of("program-manager", List.of("ana")),
              RoleAssignment.of("commerce-owner", List.of("cy")),
              RoleAssignment.of("pos-owner", List.of("eli", "cy")),
              RoleAssignment.of("dpo", List.of()))
          .build();

  @Test
  void aRoleIsHeldByItsAssigneesAndAWellKnownIdByEveryRoleThatPlaysIt() {
    RoleHolders holders = RoleHolders.of(MODEL);
    assertThat(holders.people("program-manager")).containsExactly("ana");
    assertThat(holders.people("commerce-owner")).containsExactly("cy");
    assertThat(holders.people("system-owner")).containsExactlyInAnyOrder("cy", "eli");
    assertThat(holders.people("dpo")).isEmpty();
    assertThat(holders.people("steering-committee")).isEmpty();
  }

  @Test
  void theWellKnownRoleIsTheOneAModelRolePlaysOrTheOneWithItsId() {
    RoleHolders holders = RoleHolders.of(MODEL);
    assertThat(holders.wellKnown("commerce-owner")).contains(WellKnownRole.SYSTEM_OWNER);
    assertThat(holders.wellKnown("program-manager")).contains(WellKnownRole.PROGRAM_MANAGER);
    assertThat(holders.wellKnown("steering-committee")).contains(WellKnownRole.STEERING_COMMITTEE);
    assertThat(holders.wellKnown("dpo")).isEmpty();
  }

  @Test
  void noneKnowsOnlyTheWellKnownIds() {
    assertThat(RoleHolders.none().people("program-manager")).isEmpty();
    assertThat(RoleHolders.none().wellKnown("system-owner")).contains(WellKnownRole.SYSTEM_OWNER);
    assertThat(RoleHolders.none().wellKnown("commerce-owner")).isEmpty();
  }
}
