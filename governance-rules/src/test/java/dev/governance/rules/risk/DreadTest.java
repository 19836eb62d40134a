package dev.governance.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 2 of the risk issue: the DREAD examples of the shared reference's worked examples,
 * typed in.
 */
class DreadTest {

  @Test
  void dreadExamples() {
    assertThat(Dread.ratedThreeLevels(10, 10, 5, 5, 5).value()).isEqualTo(7.0);
    assertThat(Dread.ratedThreeLevels(10, 10, 10, 10, 5).value()).isEqualTo(9.0);
    assertThat(Dread.ratedThreeLevels(10, 10, 5, 5, 5).level()).isEqualTo("High");
    assertThat(Dread.score(3, 2, 4, 1, 5).level()).isEqualTo("Low");
    assertThat(Dread.score(5, 5, 5, 5, 5).explanation().formula())
        .isEqualTo("(D + R + E + A + D) / 5 = (5 + 5 + 5 + 5 + 5) / 5");
    assertThatThrownBy(() -> Dread.ratedThreeLevels(10, 7, 5, 5, 5))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: ratings[1] = 7: expected 10 (high), 5 (medium) or 0 (low)");
    assertThatThrownBy(() -> Dread.ratedThreeLevels(10, 5))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: ratings = '2 ratings': expected five ratings");
    assertThatThrownBy(() -> Dread.score(11, 0, 0, 0, 0))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageStartingWith("Invalid governance data: damage = 11");
  }
}
