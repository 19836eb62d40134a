package dev.governance.core.practice;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.ValueContract;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChangeRequestTest {

  static ChangeRequest.Builder upgrade() {
    return ChangeRequest.builder()
        .id("cr-7")
        .title("Upgrade the payment gateway")
        .system("commerce")
        .initiator("cy")
        .raisedOn(LocalDate.of(2025, 3, 1))
        .addProjects("p02")
        .addRequiredApprovals("change-board");
  }

  @Test
  void isMajorByDefaultAndKnowsItsApprovals() {
    ChangeRequest change =
        upgrade()
            .addApprovals(Approval.of("change-board", "lea", LocalDate.of(2025, 3, 5)))
            .build();
    assertThat(change.major()).isTrue();
    assertThat(change.approvedBy("change-board")).isTrue();
    assertThat(upgrade().build().approvedBy("change-board")).isFalse();
  }

  @Test
  void rejectsABlankTitleAndRepeatedApprovals() {
    rejects(
        () ->
            ChangeRequest.builder()
                .id("c")
                .title(" ")
                .system("s")
                .initiator("p")
                .raisedOn(LocalDate.of(2025, 1, 1))
                .build(),
        "Invalid governance data: title = ' ': expected a non-blank text");
    rejects(
        () ->
            ChangeRequest.builder()
                .id("c")
                .title("T")
                .system("s")
                .initiator("p")
                .raisedOn(LocalDate.of(2025, 1, 1))
                .addRequiredApprovals("a", "a")
                .build(),
        "Invalid governance data: requiredApprovals[1] = 'a': expected no repeated entries");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicInstanceMethods(upgrade().build());
  }
}
