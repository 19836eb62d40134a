package dev.governance.core.party;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.SerializableTester;
import dev.governance.core.ValueContract;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleAssignmentTest {

  @Test
  void keepsPeopleInOrderAndAllowsAnUnstaffedRole() {
    assertThat(RoleAssignment.of("cab", List.of("zoe", "ana")).people())
        .containsExactly("zoe", "ana");
    assertThat(RoleAssignment.of("cab", List.of()).people()).isEmpty();
  }

  @Test
  void equalityIsByValueAndOrder() {
    new EqualsTester()
        .addEqualityGroup(
            RoleAssignment.of("cab", List.of("a", "b")),
            RoleAssignment.of("cab", List.of("a", "b")))
        .addEqualityGroup(RoleAssignment.of("cab", List.of("b", "a")))
        .addEqualityGroup(RoleAssignment.of("pm", List.of("a", "b")))
        .testEquals();
  }

  @Test
  void rejectsBadInput() {
    rejects(
        () -> RoleAssignment.of("cab", List.of("a", "a")),
        "Invalid governance data: people[1] = 'a': expected no repeated entries");
    rejects(
        () -> RoleAssignment.of("cab", List.of("a b")),
        "Invalid governance data: people[0] = 'a b': expected an id of 1 to 128 letters, digits or"
            + " . _ : / + - starting with a letter or digit");
    rejects(
        () -> RoleAssignment.of("c a b", List.of()),
        "Invalid governance data: role = 'c a b': expected an id of 1 to 128 letters, digits or . _"
            + " : / + - starting with a letter or digit");
  }

  @Test
  void survivesSerialization() {
    SerializableTester.reserializeAndAssert(RoleAssignment.of("cab", List.of("zoe", "ana")));
    SerializableTester.reserializeAndAssert(RoleAssignment.of("cab", List.of()));
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicStaticMethods(RoleAssignment.class);
    ValueContract.nullTester().testAllPublicInstanceMethods(RoleAssignment.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(RoleAssignment.of("cab", List.of("a")));
  }
}
