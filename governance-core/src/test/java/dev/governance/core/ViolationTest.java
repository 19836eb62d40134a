package dev.governance.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.SerializableTester;
import org.junit.jupiter.api.Test;

class ViolationTest {

  @Test
  void rendersPathValueAndExpectation() {
    assertThat(Violation.of("effectiveness", "1.5", "a number from 0 to 1"))
        .hasToString("effectiveness = 1.5: expected a number from 0 to 1");
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(Violation.of("a", "1", "x"), Violation.of("a", "1", "x"))
        .addEqualityGroup(Violation.of("b", "1", "x"))
        .addEqualityGroup(Violation.of("a", "2", "x"))
        .addEqualityGroup(Violation.of("a", "1", "y"))
        .testEquals();
  }

  @Test
  void survivesSerializationSoAnExceptionKeepsItsViolations() {
    SerializableTester.reserializeAndAssert(Violation.of("a", "1", "x"));
    GovernanceValidationException copy =
        SerializableTester.reserialize(GovernanceValidationException.of("a", 1, "x"));
    assertThat(copy.violations()).containsExactly(Violation.of("a", "1", "x"));
    assertThat(copy).hasMessage("Invalid governance data: a = 1: expected x");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicStaticMethods(Violation.class);
    ValueContract.nullTester().testAllPublicInstanceMethods(Violation.of("a", "1", "x"));
  }

  @Test
  void builderWithoutRequiredAttributesIsRejected() {
    ValueContract.rejects(
        () -> Violation.builder().path("a").build(),
        "Invalid governance data, 2 violations:\n"
            + "  - value = <missing>: expected a value (required attribute)\n"
            + "  - expected = <missing>: expected a value (required attribute)");
  }
}
