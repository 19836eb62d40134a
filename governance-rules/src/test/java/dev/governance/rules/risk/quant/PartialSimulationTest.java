package dev.governance.rules.risk.quant;

import static dev.governance.rules.risk.quant.DistributionTest.assertRejected;
import static dev.governance.rules.risk.quant.LossSimulationTest.lognormalPoisson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PartialSimulationTest {

  @Test
  void chunksSimulatedApartMergeInAnyGroupingIntoTheSingleRun() {
    List<LossScenario> risks =
        List.of(lognormalPoisson("a", 0.5, 1_000, 50_000), lognormalPoisson("b", 1.5, 10, 900));
    LossSimulation simulation =
        LossSimulation.builder().years(50_000).seed(3).threads(1).chunkYears(4_000).build();
    SimulationResult single = simulation.run(risks);
    qt().withExamples(20)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom random = new SplittableRandom(seed);
              List<PartialSimulation> parts = new ArrayList<>();
              for (int from = 0; from < simulation.chunks(); ) {
                int to = Math.min(simulation.chunks(), from + 1 + random.nextInt(4));
                parts.add(simulation.runChunks(risks, from, to));
                from = to;
              }
              while (parts.size() > 1) { // merge random neighbours or strangers, in either order
                PartialSimulation a = parts.remove(random.nextInt(parts.size()));
                PartialSimulation b = parts.remove(random.nextInt(parts.size()));
                parts.add(random.nextBoolean() ? a.merge(b) : b.merge(a));
              }
              SimulationResult merged = parts.get(0).result();
              assertThat(merged.annualLoss().mean()).isEqualTo(single.annualLoss().mean());
              assertThat(merged.annualLoss().standardDeviation())
                  .isEqualTo(single.annualLoss().standardDeviation());
              assertThat(merged.annualLoss().percentiles())
                  .isEqualTo(single.annualLoss().percentiles());
              assertThat(merged.contributions()).isEqualTo(single.contributions());
            });
  }

  @Test
  void mergingRefusesPartsOfOtherSimulationsAndIncompleteResults() {
    List<LossScenario> risks = List.of(lognormalPoisson("a", 0.5, 1_000, 50_000));
    LossSimulation simulation =
        LossSimulation.builder().years(10_000).seed(3).threads(1).chunkYears(4_000).build();
    PartialSimulation first = simulation.runChunks(risks, 0, 1);
    assertThat(first.chunks()).containsExactly(0);
    assertThat(first.isComplete()).isFalse();
    assertRejected(
        first::result,
        "partialSimulation.chunks = '1 of 3': expected every chunk before the result");
    assertRejected(
        () -> first.merge(first),
        "partialSimulation.chunks = 0: expected each chunk in one part only");
    assertThatThrownBy(() -> first.merge(simulation.withSeed(4).runChunks(risks, 1, 2)))
        .hasMessageContaining("expected the same simulation");
    assertRejected(
        () -> first.merge(simulation.runChunks(List.of(lognormalPoisson("b", 1, 1, 2)), 1, 2)),
        "partialSimulation.risks = '1 risks': expected the same portfolio of 1 risks");
    assertRejected(
        () -> simulation.runChunks(risks, 2, 4),
        "chunks = '2..4': expected a range of chunks within 0..3");
    assertRejected(
        () -> simulation.run(List.of()), "risks = []: expected at least one loss scenario");
  }
}
