package dev.governance.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.governance.core.GovernanceValidationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightedFactorsTest {

  @Test
  void weightedFactorsMustSumToOne() {
    WeightedFactors model =
        WeightedFactors.of(Map.of("financial", 0.5, "legal", 0.3, "operational", 0.2));
    RiskScore score = model.score(Map.of("financial", 8.0, "legal", 5.0, "operational", 2.0));
    assertThat(score.value()).isCloseTo(5.9, within(1e-12));
    assertThat(score.level()).isEqualTo("Medium");
    assertThat(model.weights()).hasSize(3);
    assertThatThrownBy(() -> WeightedFactors.of(Map.of("a", 0.5, "b", 0.4)))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: weights = 0.9: expected weights summing to 1 (within 1e-9),"
                + " not 0.9");
    assertThatThrownBy(() -> WeightedFactors.of(Map.of("a", 1.5, "b", -0.5)))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("expected a weight >= 0");
    assertThatThrownBy(() -> model.score(Map.of("financial", 8.0, "legal", 5.0)))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: scores.operational = '<missing>': expected a score for every"
                + " factor");
    assertThatThrownBy(
            () -> model.score(Map.of("financial", 8.0, "legal", 5.0, "operational", 2.0, "x", 1.0)))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageStartingWith(
            "Invalid governance data: scores.x = 'x': expected one of the factors");
    assertThatThrownBy(
            () -> model.score(Map.of("financial", 11.0, "legal", 5.0, "operational", 2.0)))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageStartingWith("Invalid governance data: scores.financial = 11.0");
    assertThatThrownBy(() -> WeightedFactors.of(Map.of()))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: weights = {}: expected at least one factor");
  }
}
