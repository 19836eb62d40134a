package dev.governance.core.party;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import org.junit.jupiter.api.Test;

class RoleTest {

  @Test
  void knowsWhetherItIsWellKnown() {
    assertThat(Role.of("system-owner", "Owner of systems").wellKnown())
        .contains(WellKnownRole.SYSTEM_OWNER);
    assertThat(Role.of("dpo", "Data protection officer").wellKnown()).isEmpty();
  }

  @Test
  void anOrganisationsOwnRolePlaysAWellKnownOne() {
    Role commerceOwner =
        Role.builder()
            .id("commerce-owner")
            .name("E-commerce system owner")
            .plays(WellKnownRole.SYSTEM_OWNER)
            .build();
    assertThat(commerceOwner.wellKnown()).contains(WellKnownRole.SYSTEM_OWNER);
    assertThat(
            Role.builder()
                .id("system-owner")
                .name("System owner")
                .plays(WellKnownRole.SYSTEM_OWNER)
                .build()
                .wellKnown())
        .contains(WellKnownRole.SYSTEM_OWNER);
  }

  @Test
  void aWellKnownRoleIdCannotPlayAnotherRole() {
    rejects(
        () ->
            Role.builder()
                .id("program-manager")
                .name("Program manager")
                .plays(WellKnownRole.SYSTEM_OWNER)
                .build(),
        "Invalid governance data: plays = SYSTEM_OWNER: expected PROGRAM_MANAGER, the well-known"
            + " role whose id the role has");
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(Role.of("dpo", "DPO"), Role.of("dpo", "DPO"))
        .addEqualityGroup(Role.of("dpo", "Data protection officer"))
        .addEqualityGroup(Role.of("cab", "DPO"))
        .testEquals();
  }

  @Test
  void rejectsBadInput() {
    rejects(
        () -> Role.of("", "x"),
        "Invalid governance data: id = '': expected an id of 1 to 128 letters, digits or . _ : / +"
            + " - starting with a letter or digit");
    rejects(
        () -> Role.of("dpo", " "),
        "Invalid governance data: name = ' ': expected a non-blank text");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicStaticMethods(Role.class);
    ValueContract.nullTester().testAllPublicInstanceMethods(Role.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(Role.of("dpo", "DPO"));
  }
}
