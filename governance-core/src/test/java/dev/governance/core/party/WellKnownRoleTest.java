package dev.governance.core.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WellKnownRoleTest {

  @ParameterizedTest
  @EnumSource(WellKnownRole.class)
  void eachRoleRoundTripsThroughItsId(WellKnownRole role) {
    assertThat(role.role().id()).isEqualTo(role.id());
    assertThat(role.role().wellKnown()).contains(role);
    assertThat(WellKnownRole.byId(role.id())).contains(role);
  }

  @Test
  void byIdMatchesExactly() {
    assertThat(WellKnownRole.byId("System-Owner")).isEmpty();
    assertThat(WellKnownRole.byId("commerce-owner")).isEmpty();
  }

  @Test
  void idsAreTheDocumentedOnes() {
    assertThat(Arrays.stream(WellKnownRole.values()).map(WellKnownRole::id))
        .containsExactly(
            "program-manager",
            "system-owner",
            "project-owner",
            "project-manager",
            "information-systems-manager",
            "security-officer",
            "steering-committee",
            "it-auditor");
    assertThat(WellKnownRole.PROGRAM_MANAGER.role().name()).isEqualTo("Program manager");
  }
}
