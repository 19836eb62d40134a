package dev.governance.rules.risk.quant;

import static dev.governance.rules.risk.quant.DistributionTest.assertRejected;
import static dev.governance.rules.risk.quant.LossSimulationTest.lognormalPoisson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ControlReturnTest {

  @Test
  void aControlIsWorthTheLossItAvoidsLessItsCost() {
    LossSimulation simulation = LossSimulation.builder().years(200_000).seed(8).build();
    SimulationResult inherent =
        simulation.run(List.of(lognormalPoisson("ransomware", 0.4, 50_000, 2_000_000)));
    SimulationResult residual =
        simulation.run(List.of(lognormalPoisson("ransomware", 0.1, 50_000, 2_000_000)));
    ControlReturn backups = ControlReturn.of(inherent, residual, 60_000);
    assertThat(backups.lossReduction())
        .isEqualTo(inherent.annualLoss().mean() - residual.annualLoss().mean());
    assertThat(backups.lossReduction())
        .isCloseTo(0.3 * Distribution.lognormal90(50_000, 2_000_000).mean(), within(15_000.0));
    assertThat(backups.netReturn()).isEqualTo(backups.lossReduction() - 60_000);
    assertThat(backups.returnOnInvestment().getAsDouble()).isEqualTo(backups.netReturn() / 60_000);
    assertThat(ControlReturn.of(inherent, residual, 0).returnOnInvestment()).isEmpty();
    assertThat(backups.explain().formula())
        .isEqualTo("(inherent mean annual loss - residual mean annual loss) - annual cost");
    assertRejected(
        () -> ControlReturn.of(inherent, residual, -1),
        "annualCost = -1.0: expected a finite number >= 0");
    assertThatThrownBy(
            () ->
                ControlReturn.of(
                    inherent,
                    simulation.withSeed(9).run(List.of(lognormalPoisson("r", 0.1, 1, 2))),
                    1))
        .hasMessageContaining("expected the inherent simulation's seed and years");
  }
}
