package dev.governance.rules.risk.quant;

import static dev.governance.rules.risk.quant.DistributionTest.assertRejected;
import static dev.governance.rules.risk.quant.LossSimulationTest.lognormalPoisson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationResultTest {

  @Test
  void aPortfolioSumsItsRisksYearByYearAndSaysWhatEachContributes() {
    LossScenario outage = lognormalPoisson("outage", 2, 10_000, 200_000);
    LossScenario breach =
        LossScenario.builder()
            .id("breach")
            .lossEventFrequency(Frequency.annualProbability(0.1))
            .primaryLoss(Distribution.lognormal90(635_000, 19_000_000))
            .build();
    LossSimulation simulation = LossSimulation.builder().years(300_000).seed(11).build();
    SimulationResult portfolio = simulation.run(List.of(outage, breach));
    SimulationResult outageAlone = simulation.run(List.of(outage));
    assertThat(portfolio.contributions())
        .extracting(RiskContribution::id)
        .containsExactly("outage", "breach");
    assertThat(portfolio.contribution("outage").meanAnnualLoss())
        .isEqualTo(outageAlone.annualLoss().mean(), within(1e-6));
    assertThat(portfolio.contribution("outage").standardDeviation())
        .isCloseTo(outageAlone.annualLoss().standardDeviation(), within(1.0));
    assertThat(portfolio.contribution("breach").meanAnnualLoss())
        .isCloseTo(0.1 * 5_922_706.8, within(0.1 * 5_922_706.8 * 0.03));
    assertThat(portfolio.contribution("outage").share() + portfolio.contribution("breach").share())
        .isCloseTo(1, within(1e-9));
    assertThat(portfolio.annualLoss().mean())
        .isCloseTo(
            portfolio.contribution("outage").meanAnnualLoss()
                + portfolio.contribution("breach").meanAnnualLoss(),
            within(1e-3));
    assertThat(portfolio.explain().render())
        .contains("portfolio mean annual loss")
        .contains("300000 simulated years (seed 11)")
        .contains("breach mean annual loss");
    assertRejected(
        () -> portfolio.contribution("fraud"),
        "risk = 'fraud': expected one of the simulated risks [outage, breach]");
  }
}
