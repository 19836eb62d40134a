package dev.governance.core.practice;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ApprovalTest {

  @Test
  void holdsRolePersonAndDay() {
    Approval a = Approval.of("change-board", "lea", LocalDate.of(2025, 3, 2));
    assertThat(a.role()).isEqualTo("change-board");
    rejects(
        () -> Approval.of("change board", "lea", LocalDate.of(2025, 3, 2)),
        "Invalid governance data: role = 'change board': expected an id of 1 to 128 letters, digits"
            + " or . _ : / + - starting with a letter or digit");
  }
}
