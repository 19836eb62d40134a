package dev.governance.rules.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.governance.rules.Severity;
import org.junit.jupiter.api.Test;

class WaiverPolicyTest {

  @Test
  void hasTheSteeringCommitteesPracticeByDefault() {
    WaiverPolicy policy = WaiverPolicy.standard();
    assertThat(policy.approverRoles())
        .containsExactly("steering-committee", "information-systems-manager");
    assertThat(policy.notWaivable())
        .containsExactly("WAIVER-001", "WAIVER-002", "WAIVER-003", "WAIVER-004");
    assertThat(policy.reminderBusinessDays()).isEqualTo(10);
    assertThat(policy.severity(WaiverRule.NOT_APPLIED)).isEqualTo(Severity.ERROR);
    assertThat(
            WaiverPolicy.builder()
                .putSeverities(WaiverRule.STALE, Severity.INFO)
                .build()
                .severity(WaiverRule.STALE))
        .isEqualTo(Severity.INFO);
  }

  @Test
  void rejectsNoApproverABadRoleAMalformedCodeAndNegativeDays() {
    assertThatThrownBy(() -> WaiverPolicy.builder().approverRoles(ImmutableList.of()).build())
        .hasMessage(
            "Invalid governance data: approverRoles = []: expected at least one role id, such as"
                + " steering-committee");
    assertThatThrownBy(
            () -> WaiverPolicy.builder().approverRoles(ImmutableList.of("the board")).build())
        .hasMessageStartingWith(
            "Invalid governance data: approverRoles[0] = 'the board': expected an id");
    assertThatThrownBy(() -> WaiverPolicy.builder().notWaivable(ImmutableList.of("gov-5")).build())
        .hasMessage(
            "Invalid governance data: notWaivable[0] = 'gov-5': expected a rule code such as"
                + " GOV-005");
    assertThatThrownBy(
            () ->
                WaiverPolicy.builder().notWaivable(ImmutableList.of("GOV-005", "GOV-005")).build())
        .hasMessage(
            "Invalid governance data: notWaivable[1] = 'GOV-005': expected no repeated entries");
    assertThatThrownBy(() -> WaiverPolicy.builder().reminderBusinessDays(-1).build())
        .hasMessage("Invalid governance data: reminderBusinessDays = -1: expected an integer >= 0");
  }
}
