package dev.governance.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import dev.governance.rules.risk.quant.Distribution;
import dev.governance.rules.risk.quant.Frequency;
import dev.governance.rules.risk.quant.LossScenario;
import dev.governance.rules.risk.quant.LossSimulation;
import dev.governance.rules.risk.quant.SimulationResult;
import dev.governance.rules.risk.quant.Vulnerability;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SparkSimulationTest {

  static final List<LossScenario> PORTFOLIO =
      List.of(
          LossScenario.builder()
              .id("outage")
              .lossEventFrequency(Frequency.annualProbability(0.2))
              .primaryLoss(Distribution.pert(10_000, 40_000, 300_000))
              .build(),
          LossScenario.builder()
              .id("breach")
              .threatEventFrequency(Frequency.poisson(3))
              .vulnerability(
                  Vulnerability.capabilityAgainstResistance(
                      Distribution.triangular(0, 60, 100), Distribution.uniform(30, 90)))
              .primaryLoss(Distribution.lognormal90(5_000, 800_000))
              .secondaryLossProbability(0.3)
              .secondaryLoss(Distribution.truncatedNormal(50_000, 20_000))
              .build(),
          LossScenario.builder()
              .id("fraud")
              .lossEventFrequency(Frequency.poisson(12))
              .primaryLoss(Distribution.lognormal90(100, 20_000))
              .build());

  /** 60,000 years in 15 chunks: up to 15 tasks. */
  static final LossSimulation SIMULATION =
      LossSimulation.builder().years(60_000).seed(2026).threads(2).chunkYears(4_000).build();

  @ParameterizedTest(name = "{0} tasks")
  @ValueSource(ints = {1, 3, 7, 15})
  void theDistributedRunIsTheLocalMultiThreadedRunBitForBit(int tasks) {
    SimulationResult local = SIMULATION.run(PORTFOLIO);
    SimulationResult distributed =
        SparkSimulation.run(LocalSpark.session(), SIMULATION, PORTFOLIO, tasks);
    assertThat(distributed.annualLoss().mean()).isEqualTo(local.annualLoss().mean());
    assertThat(distributed.annualLoss().standardDeviation())
        .isEqualTo(local.annualLoss().standardDeviation());
    assertThat(distributed.annualLoss().percentiles()).isEqualTo(local.annualLoss().percentiles());
    assertThat(distributed.annualLoss().exceedanceCurve(50))
        .isEqualTo(local.annualLoss().exceedanceCurve(50));
    assertThat(distributed.contributions()).isEqualTo(local.contributions());
  }

  @Test
  void refusesAnEmptyPortfolioAndTaskCountsOutsideTheChunks() {
    assertThatThrownBy(() -> SparkSimulation.run(LocalSpark.session(), SIMULATION, List.of(), 2))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("risks = []: expected at least one loss scenario");
    assertThatThrownBy(() -> SparkSimulation.run(LocalSpark.session(), SIMULATION, PORTFOLIO, 16))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("tasks = 16: expected from 1 to the simulation's 15 chunks");
    assertThatThrownBy(() -> SparkSimulation.run(LocalSpark.session(), SIMULATION, PORTFOLIO, 0))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("tasks = 0: expected from 1 to the simulation's 15 chunks");
  }
}
