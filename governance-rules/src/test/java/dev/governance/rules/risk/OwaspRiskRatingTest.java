package dev.governance.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.governance.core.GovernanceValidationException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 2 of the risk issue: the OWASP page example of the shared reference's worked examples,
 * typed in.
 */
class OwaspRiskRatingTest {

  private static final List<Integer> LIKELIHOOD = List.of(5, 2, 7, 1, 3, 6, 9, 2);
  private static final List<Integer> TECHNICAL = List.of(9, 7, 5, 8);
  private static final List<Integer> BUSINESS = List.of(1, 2, 1, 5);

  @Test
  void owaspPageExample() {
    RiskScore onBusiness = OwaspRiskRating.rate(LIKELIHOOD, TECHNICAL, Optional.of(BUSINESS));
    assertThat(onBusiness.level()).isEqualTo("Low"); // MEDIUM likelihood x LOW business impact
    assertThat(onBusiness.explanation().children())
        .extracting(e -> e.result())
        .containsExactly(4.375, 2.25);
    assertThat(onBusiness.explanation().formula())
        .isEqualTo("MEDIUM likelihood x LOW business impact -> Low");
    RiskScore onTechnical = OwaspRiskRating.rate(LIKELIHOOD, TECHNICAL, Optional.empty());
    assertThat(onTechnical.level()).isEqualTo("High");
    assertThat(onTechnical.explanation().children().get(1).result()).isEqualTo(7.25);
    assertThat(onTechnical.rank()).isEqualTo(3);
    assertThat(onTechnical.value()).isCloseTo(4.375 * 7.25 / 9, within(1e-12));
    assertThatThrownBy(() -> OwaspRiskRating.rate(List.of(1, 2), TECHNICAL, Optional.empty()))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: likelihood = [1, 2]: expected 8 factors");
    assertThatThrownBy(
            () -> OwaspRiskRating.rate(LIKELIHOOD, List.of(9, 7, 5, 10), Optional.empty()))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: technicalImpact[3] = 10: expected a factor from 0 to 9");
  }
}
