package dev.governance.core.raci;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import org.junit.jupiter.api.Test;

class RaciAssignmentTest {

  @Test
  void parsesItsCell() {
    assertThat(RaciAssignment.of("a1", "pm", "a/r").cell()).isEqualTo(RaciCell.parse("A/R"));
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            RaciAssignment.of("a1", "pm", "A"), RaciAssignment.of("a1", "pm", RaciCell.parse("A")))
        .addEqualityGroup(RaciAssignment.of("a1", "pm", "R"))
        .addEqualityGroup(RaciAssignment.of("a1", "so", "A"))
        .addEqualityGroup(RaciAssignment.of("a2", "pm", "A"))
        .testEquals();
  }

  @Test
  void rejectsBadInput() {
    rejects(
        () -> RaciAssignment.of("a 1", "pm", "A"),
        "Invalid governance data: activity = 'a 1': expected an id of 1 to 128 letters, digits or ."
            + " _ : / + - starting with a letter or digit");
    rejects(
        () -> RaciAssignment.of("a1", "", "A"),
        "Invalid governance data: role = '': expected an id of 1 to 128 letters, digits or . _ : /"
            + " + - starting with a letter or digit");
    rejects(
        () -> RaciAssignment.of("a1", "pm", "X?"),
        "Invalid governance data: cell = 'X?': expected letters A-Z, optionally separated by / , +"
            + " or spaces");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicStaticMethods(RaciAssignment.class);
    ValueContract.nullTester().testAllPublicInstanceMethods(RaciAssignment.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(RaciAssignment.of("a1", "pm", "A"));
  }
}
