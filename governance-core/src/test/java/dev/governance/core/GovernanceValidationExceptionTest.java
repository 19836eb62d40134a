package dev.governance.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GovernanceValidationExceptionTest {

  @Test
  void oneViolationMessageNamesFieldValueAndExpectation() {
    GovernanceValidationException e =
        GovernanceValidationException.of("name", "", "a non-blank text");
    assertThat(e).hasMessage("Invalid governance data: name = '': expected a non-blank text");
    assertThat(e.violations()).containsExactly(Violation.of("name", "''", "a non-blank text"));
  }

  @Test
  void manyViolationsAreAllListedInOrder() {
    GovernanceValidationException e =
        new GovernanceValidationException(
            List.of(Violation.of("a", "1", "x"), Violation.of("b", "2", "y")));
    assertThat(e)
        .hasMessage(
            "Invalid governance data, 2 violations:\n  - a = 1: expected x\n  - b = 2: expected y");
    assertThat(e.violations()).extracting(Violation::path).containsExactly("a", "b");
  }

  @Test
  void isAnIllegalArgumentException() {
    assertThat(GovernanceValidationException.of("a", 1, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void missingAttributesBecomeViolations() {
    assertThat(new GovernanceValidationException("name", "id").violations())
        .extracting(Violation::path)
        .containsExactly("name", "id");
  }

  @Test
  void rendersTextQuotedAndOtherValuesPlain() {
    assertThat(GovernanceValidationException.render("x")).isEqualTo("'x'");
    assertThat(GovernanceValidationException.render(1.5)).isEqualTo("1.5");
  }

  @Test
  void rejectsAnEmptyViolationList() {
    assertThatThrownBy(() -> new GovernanceValidationException(ImmutableList.<Violation>of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("violations: expected at least one violation");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicStaticMethods(GovernanceValidationException.class);
    ValueContract.nullTester().testAllPublicConstructors(GovernanceValidationException.class);
  }
}
