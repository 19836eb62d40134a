package dev.governance.rules.risk.quant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Golden outputs of the simulation: every number a {@link SimulationResult} gives (mean, standard
 * deviation, percentiles, value at risk, expected shortfall, probability of exceeding, loss
 * exceedance curve, each risk's contribution), written with {@link Double#toString} (which names
 * one double exactly), for several portfolios, seeds, thread counts and chunk sizes, as the engine
 * gave them before its speed work (issue 23). A change of the random stream or of the order of the
 * double arithmetic shows here as a changed digit. {@code simulation-golden.txt} was written by
 * running this class's {@link #main} on the engine of commit 506ee5d; it is never regenerated to
 * make a change pass.
 */
class SimulationGoldenTest {

  private static final String GOLDEN = "simulation-golden.txt";

  /** The portfolios: every distribution, frequency and vulnerability the engine samples. */
  static Map<String, List<LossScenario>> portfolios() {
    LossScenario cli =
        LossScenario.builder()
            .id("risk")
            .lossEventFrequency(Frequency.poisson(2))
            .primaryLoss(Distribution.lognormal90(10_000, 200_000))
            .build();
    LossScenario benchmark =
        LossScenario.builder()
            .id("benchmark")
            .lossEventFrequency(Frequency.poisson(0.5))
            .primaryLoss(Distribution.lognormal90(10_000, 1_000_000))
            .build();
    LossScenario outage =
        LossScenario.builder()
            .id("outage")
            .lossEventFrequency(Frequency.annualProbability(0.2))
            .primaryLoss(Distribution.pert(10_000, 40_000, 300_000))
            .build();
    LossScenario phishing =
        LossScenario.builder()
            .id("phishing")
            .threatEventFrequency(Frequency.poisson(3))
            .vulnerability(Vulnerability.probability(0.3))
            .primaryLoss(Distribution.triangular(1_000, 5_000, 50_000))
            .secondaryLossProbability(0.4)
            .secondaryLoss(Distribution.pert(2_000, 10_000, 80_000, 6))
            .build();
    LossScenario intrusion =
        LossScenario.builder()
            .id("intrusion")
            .threatEventFrequency(Frequency.poisson(12))
            .vulnerability(
                Vulnerability.capabilityAgainstResistance(
                    Distribution.uniform(0, 100), Distribution.truncatedNormal(70, 15)))
            .primaryLoss(Distribution.lognormal(9, 1.1))
            .secondaryLossProbability(1)
            .secondaryLoss(Distribution.constant(2_500))
            .build();
    LossScenario frequent =
        LossScenario.builder()
            .id("frequent")
            .lossEventFrequency(Frequency.poisson(60))
            .primaryLoss(Distribution.uniform(10, 900))
            .build();
    return Map.of(
        "cli", List.of(cli),
        "benchmark", List.of(benchmark),
        "outage", List.of(outage),
        "portfolio", List.of(cli, outage, phishing, intrusion, frequent),
        "rare", List.of(lognormalRare()));
  }

  private static LossScenario lognormalRare() {
    return LossScenario.builder()
        .id("rare")
        .lossEventFrequency(Frequency.poisson(0.01))
        .primaryLoss(Distribution.lognormal90(1, 10))
        .build();
  }

  /** The simulations: seeds, years, thread counts and chunk sizes. */
  static List<LossSimulation> simulations() {
    return List.of(
        LossSimulation.builder().years(100_000).seed(1).threads(1).build(),
        LossSimulation.builder().years(100_000).seed(1).threads(2).chunkYears(7_777).build(),
        LossSimulation.builder().years(150_001).seed(42).threads(3).chunkYears(65_536).build(),
        LossSimulation.builder().years(1).seed(5).threads(1).build(),
        LossSimulation.builder().years(2_000).seed(-9).threads(2).chunkYears(100).build());
  }

  /** Returns every number of every simulation of every portfolio, one line each. */
  static List<String> lines() {
    List<String> lines = new ArrayList<>();
    portfolios().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            portfolio -> {
              for (LossSimulation simulation : simulations()) {
                String name =
                    portfolio.getKey()
                        + " years="
                        + simulation.years()
                        + " seed="
                        + simulation.seed()
                        + " threads="
                        + simulation.threads()
                        + " chunk="
                        + simulation.chunkYears();
                lines.addAll(describe(name, simulation.run(portfolio.getValue())));
              }
            });
    return lines;
  }

  private static List<String> describe(String name, SimulationResult result) {
    List<String> lines = new ArrayList<>();
    LossDistribution loss = result.annualLoss();
    lines.add(name + " mean " + loss.mean() + " sd " + loss.standardDeviation());
    lines.add(name + " percentiles " + loss.percentiles());
    lines.add(
        name
            + " P0 "
            + loss.percentile(0)
            + " P12.5 "
            + loss.percentile(12.5)
            + " P100 "
            + loss.percentile(100)
            + " VaR95 "
            + loss.valueAtRisk(0.95)
            + " ES99 "
            + loss.expectedShortfall(0.99)
            + " ES50 "
            + loss.expectedShortfall(0.5)
            + " P(>100000) "
            + loss.probabilityOfExceeding(100_000));
    lines.add(name + " curve " + loss.exceedanceCurve(12));
    for (RiskContribution c : result.contributions()) {
      lines.add(name + " contribution " + c);
    }
    return lines;
  }

  @Test
  void everyNumberIsTheOneTheEngineGaveBeforeItsSpeedWork() {
    assertThat(lines()).containsExactlyElementsOf(golden());
  }

  private static List<String> golden() {
    try (InputStream in =
        Objects.requireNonNull(SimulationGoldenTest.class.getResourceAsStream(GOLDEN), GOLDEN)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the golden file from the engine on the class path (once, before a change of engine).
   *
   * @param args the file to write
   * @throws IOException if it cannot be written
   */
  public static void main(String[] args) throws IOException {
    Files.write(Path.of(args[0]), lines(), StandardCharsets.UTF_8);
  }
}
