package dev.governance.benchmarks.risk.quant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.governance.rules.risk.quant.Distribution;
import dev.governance.rules.risk.quant.Frequency;
import dev.governance.rules.risk.quant.LossScenario;
import dev.governance.rules.risk.quant.LossSimulation;
import dev.governance.rules.risk.quant.SimulationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's two engines simulate the same risk: over 4 million years each, the library's and
 * the Apache Commons Statistics loop's mean annual losses agree with lambda exp(mu + sigma^2 / 2)
 * within 1 %, so the throughput figures compare like with like.
 */
class LossSimulationCrossCheckTest {

  @Test
  void bothEnginesSimulateTheSameRisk() {
    double expected =
        LossSimulationBenchmark.RATE
            * Distribution.lognormal90(LossSimulationBenchmark.LOW, LossSimulationBenchmark.HIGH)
                .mean();
    double peer =
        LossSimulationBenchmark.peerSimulate(42, new double[LossSimulationBenchmark.YEARS]);
    SimulationResult ours =
        LossSimulation.builder()
            .years(LossSimulationBenchmark.YEARS)
            .seed(42)
            .build()
            .run(
                List.of(
                    LossScenario.builder()
                        .id("risk")
                        .lossEventFrequency(Frequency.poisson(LossSimulationBenchmark.RATE))
                        .primaryLoss(
                            Distribution.lognormal90(
                                LossSimulationBenchmark.LOW, LossSimulationBenchmark.HIGH))
                        .build()));
    assertThat(peer).isCloseTo(expected, within(expected * 0.01));
    assertThat(ours.annualLoss().mean()).isCloseTo(expected, within(expected * 0.01));
  }
}
