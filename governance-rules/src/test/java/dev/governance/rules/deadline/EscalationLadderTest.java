package dev.governance.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.party.Role;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.party.WellKnownRole;
import dev.governance.rules.RoleHolders;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 19, point 3: each case of the escalation ladder. */
class EscalationLadderTest {

  private static final EscalationLadder STANDARD = EscalationLadder.standard();

  /** The omni-channel program's holders: a system owner that plays the well-known role. */
  private static final RoleHolders PROGRAM =
      RoleHolders.of(
          List.of(
              Role.builder()
                  .id("commerce-owner")
                  .name("E-commerce system owner")
                  .plays(WellKnownRole.SYSTEM_OWNER)
                  .build()),
          List.of(
              RoleAssignment.of("program-manager", List.of("ana")),
              RoleAssignment.of("commerce-owner", List.of("cy")),
              RoleAssignment.of("security-officer", List.of("dara")),
              RoleAssignment.of("steering-committee", List.of("lea", "kai"))));

  @Test
  void theStandardLadderIsTodaysSystemOwnerProgramManagerSteeringCommittee() {
    assertThat(STANDARD.rungs())
        .containsExactly(
            EscalationStep.of(3, "system-owner"),
            EscalationStep.of(10, "program-manager"),
            EscalationStep.of(20, "steering-committee"));
    assertThat(
            ComplianceCalendar.builder().calendar(HolidayCalendar.weekends()).build().escalation())
        .isEqualTo(STANDARD.rungs());
  }

  @Test
  void anOwnerBelowTheLadderClimbsEveryRung() {
    assertThat(climb("security-officer", PROGRAM, 0, 2, 3, 9, 10, 19, 20, 60))
        .containsExactly(
            "-",
            "-",
            "system-owner",
            "system-owner",
            "program-manager",
            "program-manager",
            "steering-committee",
            "steering-committee");
    assertThat(STANDARD.deadEnd("security-officer", PROGRAM)).isEmpty();
  }

  @Test
  void anOwnerOnTheLadderWaitsForTheDaysOfTheRungAboveIt() {
    assertThat(climb("program-manager", PROGRAM, 2, 3, 9, 10, 19, 20, 60))
        .as("neither the system owner's rung below the owner nor the owner's own rung escalates")
        .containsExactly("-", "-", "-", "-", "-", "steering-committee", "steering-committee");
    assertThat(STANDARD.deadEnd("program-manager", PROGRAM)).isEmpty();
  }

  @Test
  void anOwnerAtTheTopIsNeverEscalatedAndTheLadderSaysSo() {
    assertThat(climb("steering-committee", PROGRAM, 0, 3, 10, 20, 60)).containsOnly("-");
    assertThat(STANDARD.deadEnd("steering-committee", PROGRAM))
        .contains("no higher role on the ladder than steering-committee");
  }

  @Test
  void aHigherRungHeldOnlyByTheOwnerIsPassedOver() {
    RoleHolders chairs =
        RoleHolders.of(
            List.of(),
            List.of(
                RoleAssignment.of("program-manager", List.of("ana")),
                RoleAssignment.of("steering-committee", List.of("ana")),
                RoleAssignment.of("security-officer", List.of("dara")),
                RoleAssignment.of("system-owner", List.of("dara"))));
    assertThat(climb("program-manager", chairs, 10, 20, 60)).containsOnly("-");
    assertThat(STANDARD.deadEnd("program-manager", chairs))
        .contains("steering-committee, the higher role on the ladder, is held by the owner too");
    assertThat(climb("security-officer", chairs, 2, 3, 10, 20))
        .as("dara is the only system owner: the security officer's review waits for ana's rung")
        .containsExactly("-", "-", "program-manager", "steering-committee");
    assertThat(STANDARD.deadEnd("system-owner", chairs))
        .as("both higher roles held by ana, who is not the owner")
        .isEmpty();
    RoleHolders everything =
        RoleHolders.of(
            List.of(),
            List.of(
                RoleAssignment.of("cio", List.of("ana", "bo")),
                RoleAssignment.of("system-owner", List.of("bo")),
                RoleAssignment.of("program-manager", List.of("ana")),
                RoleAssignment.of("steering-committee", List.of("bo", "ana"))));
    assertThat(STANDARD.deadEnd("cio", everything))
        .contains(
            "system-owner, program-manager, steering-committee, the higher roles on the ladder,"
                + " are held by the owner too");
    assertThat(STANDARD.escalatedTo("cio", 60, everything)).isEmpty();
  }

  @Test
  void aTopRungHeldByTheOwnerLeavesItAtTheHighestOpenRungBelow() {
    RoleHolders holders =
        RoleHolders.of(
            List.of(),
            List.of(
                RoleAssignment.of("security-officer", List.of("dara")),
                RoleAssignment.of("system-owner", List.of("bo")),
                RoleAssignment.of("program-manager", List.of("ana")),
                RoleAssignment.of("steering-committee", List.of("dara"))));
    assertThat(climb("security-officer", holders, 3, 10, 20, 60))
        .containsExactly("system-owner", "program-manager", "program-manager", "program-manager");
    assertThat(STANDARD.deadEnd("security-officer", holders)).isEmpty();
  }

  @Test
  void anUnstaffedRungStaysOpen() {
    assertThat(STANDARD.escalatedTo("security-officer", 3, RoleHolders.none()))
        .contains("system-owner");
    assertThat(STANDARD.deadEnd("program-manager", RoleHolders.none())).isEmpty();
  }

  @Test
  void aRungNamedByAWellKnownIdIsTheModelRoleThatPlaysIt() {
    assertThat(climb("commerce-owner", PROGRAM, 2, 3, 10, 20))
        .as("commerce-owner stands on the system-owner rung")
        .containsExactly("-", "-", "program-manager", "steering-committee");
    RoleHolders board =
        RoleHolders.of(
            List.of(
                Role.builder()
                    .id("board")
                    .name("Steering board")
                    .plays(WellKnownRole.STEERING_COMMITTEE)
                    .build()),
            List.of(
                RoleAssignment.of("program-manager", List.of("ana")),
                RoleAssignment.of("board", List.of("ana"))));
    assertThat(STANDARD.deadEnd("program-manager", board))
        .as("the steering-committee rung is held through board, by ana alone")
        .contains("steering-committee, the higher role on the ladder, is held by the owner too");
    assertThat(STANDARD.deadEnd("board", board))
        .contains("no higher role on the ladder than steering-committee");
  }

  @Test
  void anEmptyLadderEscalatesNothingAndSaysNothing() {
    EscalationLadder none = EscalationLadder.of(ImmutableList.of());
    assertThat(none.escalatedTo("program-manager", 100, PROGRAM)).isEmpty();
    assertThat(none.deadEnd("program-manager", PROGRAM)).isEmpty();
  }

  @Test
  void rejectsRungsOutOfOrderOrRepeated() {
    assertThatThrownBy(
            () ->
                EscalationLadder.of(
                    ImmutableList.of(EscalationStep.of(5, "ciso"), EscalationStep.of(5, "cfo"))))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: rungs[1].afterBusinessDays = 5: expected more than the"
                + " step before, 5");
    assertThatThrownBy(
            () ->
                EscalationLadder.of(
                    ImmutableList.of(
                        EscalationStep.of(5, "ciso"),
                        EscalationStep.of(8, "cfo"),
                        EscalationStep.of(13, "ciso"))))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: rungs[2].role = 'ciso': expected a role not already on the"
                + " ladder (rungs[0])");
  }

  /** The role escalated to after each number of days, {@code -} for none. */
  private static List<String> climb(String owner, RoleHolders holders, int... days) {
    return Arrays.stream(days)
        .mapToObj(d -> STANDARD.escalatedTo(owner, d, holders))
        .map(r -> r.orElse("-"))
        .toList();
  }

  @Test
  void aSystemOwnersDeadlineGoesToTheProgramManagerAtTheProgramManagersDays() {
    assertThat(STANDARD.escalatedTo("system-owner", 3, PROGRAM)).isEqualTo(Optional.empty());
    assertThat(STANDARD.escalatedTo("system-owner", 9, PROGRAM)).isEqualTo(Optional.empty());
    assertThat(STANDARD.escalatedTo("system-owner", 10, PROGRAM))
        .isEqualTo(Optional.of("program-manager"));
  }
}
