package dev.governance.rules.risk.quant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RiskContributionTest {

  @Test
  void aLoneRiskContributesAllOfTheMean() {
    LossScenario certain =
        LossScenario.builder()
            .id("certain")
            .lossEventFrequency(Frequency.annualProbability(1))
            .primaryLoss(Distribution.constant(250))
            .build();
    RiskContribution contribution =
        LossSimulation.builder().years(1_000).build().run(List.of(certain)).contribution("certain");
    assertThat(contribution.id()).isEqualTo("certain");
    assertThat(contribution.meanAnnualLoss()).isEqualTo(250);
    assertThat(contribution.standardDeviation()).isCloseTo(0, within(1e-9));
    assertThat(contribution.share()).isEqualTo(1);
  }

  @Test
  void aPortfolioThatLostNothingGivesNoShares() {
    LossScenario never =
        LossScenario.builder()
            .id("never")
            .lossEventFrequency(Frequency.poisson(0))
            .primaryLoss(Distribution.constant(1))
            .build();
    assertThat(
            LossSimulation.builder()
                .years(100)
                .build()
                .run(List.of(never))
                .contribution("never")
                .share())
        .isZero();
  }
}
