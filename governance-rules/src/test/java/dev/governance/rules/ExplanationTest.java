package dev.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.governance.core.GovernanceValidationException;
import org.junit.jupiter.api.Test;

class ExplanationTest {

  /**
   * CVSS v3.1 base score of AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:N (FIRST CVSS v3.1 spec, section
   * 7.1).
   */
  static Explanation cvssBase() {
    return Explanation.builder()
        .quantity("base score")
        .result(6.5)
        .formula("roundup(min(2.52 + 3.89, 10))")
        .putInputs("impact", 2.52)
        .putInputs("exploitability", 3.89)
        .addChildren(
            Explanation.of("impact", 2.52, "6.42 x 0.39"),
            Explanation.of("exploitability", 3.89, "8.22 x 0.85 x 0.77 x 0.85 x 0.85"))
        .build();
  }

  @Test
  void saysWhatWasComputedHowAndFromWhat() {
    assertThat(cvssBase()).hasToString("base score = 6.5 = roundup(min(2.52 + 3.89, 10))");
    assertThat(cvssBase().render())
        .isEqualTo(
            "base score = 6.5 = roundup(min(2.52 + 3.89, 10))\n"
                + "  where impact = 2.52, exploitability = 3.89\n"
                + "  impact = 2.52 = 6.42 x 0.39\n"
                + "  exploitability = 3.89 = 8.22 x 0.85 x 0.77 x 0.85 x 0.85");
  }

  @Test
  void printsLargeNumbersWithoutExponent() {
    assertThat(Explanation.of("budget", 4.5e7, "sum of project budgets"))
        .hasToString("budget = 45000000 = sum of project budgets");
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(cvssBase(), cvssBase())
        .addEqualityGroup(Explanation.of("base score", 6.5, "roundup(min(2.52 + 3.89, 10))"))
        .addEqualityGroup(Explanation.of("base score", 6.4, "roundup(min(2.52 + 3.89, 10))"))
        .testEquals();
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> Explanation.of(" ", 1, "f"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: quantity = ' ': expected a non-blank text");
    assertThatThrownBy(() -> Explanation.of("q", Double.NaN, "f"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: result = NaN: expected a finite number");
    assertThatThrownBy(() -> Explanation.of("q", 1, ""))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: formula = '': expected a non-blank text");
    assertThatThrownBy(
            () ->
                Explanation.builder()
                    .quantity("q")
                    .result(1)
                    .formula("f")
                    .putInputs("x", Double.POSITIVE_INFINITY)
                    .build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: inputs.x = Infinity: expected a finite number");
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicStaticMethods(Explanation.class);
    new NullPointerTester().testAllPublicInstanceMethods(Explanation.builder());
    new NullPointerTester().testAllPublicInstanceMethods(cvssBase());
  }
}
