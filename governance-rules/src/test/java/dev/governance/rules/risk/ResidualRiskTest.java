package dev.governance.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.governance.core.GovernanceValidationException;
import dev.governance.rules.Explanation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResidualRiskTest {

  @Test
  void controlsCombineAsOneMinusTheProductOfWhatEachLetsThrough() {
    Explanation combined = ResidualRisk.combinedEffectiveness(List.of(0.5, 0.4));
    assertThat(combined.result()).isCloseTo(0.7, within(1e-12));
    assertThat(combined.formula()).isEqualTo("1 - (1 - 0.5)(1 - 0.4)");
    Explanation residual = ResidualRisk.residual(8, List.of(0.5, 0.4));
    assertThat(residual.result()).isCloseTo(2.4, within(1e-12));
    assertThat(residual.children()).containsExactly(combined);
    assertThat(ResidualRisk.residual(8, List.of()).result()).isEqualTo(8);
    assertThat(ResidualRisk.combinedEffectiveness(List.of()).formula()).isEqualTo("no controls: 0");
  }

  @Test
  void residualNeverExceedsInherentAndFallsWithEachControl() {
    qt().forAll(doubles().between(0, 10), lists().of(doubles().between(0, 1)).ofSizeBetween(0, 6))
        .checkAssert(
            (inherent, effectiveness) -> {
              double residual = ResidualRisk.residual(inherent, effectiveness).result();
              assertThat(residual).isBetween(0.0, inherent);
              if (!effectiveness.isEmpty()) {
                assertThat(residual)
                    .isLessThanOrEqualTo(
                        ResidualRisk.residual(
                                    inherent, effectiveness.subList(1, effectiveness.size()))
                                .result()
                            + 1e-12);
              }
            });
  }

  @Test
  void rejectsEffectivenessOutsideZeroToOne() {
    assertThatThrownBy(() -> ResidualRisk.combinedEffectiveness(List.of(0.5, 1.2)))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageStartingWith("Invalid governance data: effectiveness[1] = 1.2");
    assertThatThrownBy(() -> ResidualRisk.residual(-1, List.of()))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageStartingWith("Invalid governance data: inherent = -1.0");
  }
}
