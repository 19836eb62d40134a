package dev.governance.rules.risk.quant;

import static dev.governance.rules.risk.quant.DistributionTest.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LossSimulationTest {

  private static LossScenario lognormalPoisson(String id, double rate, double low, double high) {
    return LossScenario.builder().id(id).lossEventFrequency(Frequency.poisson(rate)).primaryLoss(Distribution.lognormal90(low, high)).build();
  }

  @Test
  void meanAnnualLossMatchesTheCompoundPoissonMeanAtAMillionYears() {
    // worked-examples.md: lambda 0.1 and 3.0 with interval (1, 10): 0.4040012826945718 and 12.120038480837177
    LossSimulation simulation = LossSimulation.builder().years(1_000_000).seed(2026).build();
    double rare = simulation.run(List.of(lognormalPoisson("rare", 0.1, 1, 10))).annualLoss().mean();
    double frequent = simulation.run(List.of(lognormalPoisson("frequent", 3.0, 1, 10))).annualLoss().mean();
    assertThat(rare).isCloseTo(0.4040012826945718, within(0.4040012826945718 * 0.01));
    assertThat(frequent).isCloseTo(12.120038480837177, within(12.120038480837177 * 0.01));
    // and from (mu, sigma): lambda exp(mu + sigma^2 / 2)
    LossScenario fromMuSigma = LossScenario.builder().id("mu-sigma").lossEventFrequency(Frequency.poisson(0.5))
        .primaryLoss(Distribution.lognormal(10, 1.2)).build();
    assertThat(simulation.run(List.of(fromMuSigma)).annualLoss().mean()).isCloseTo(0.5 * Math.exp(10 + 0.72), within(0.5 * Math.exp(10.72) * 0.01));
  }

  @Test
  void openFairThreatEventsBecomeLossEventsByVulnerability() {
    LossSimulation simulation = LossSimulation.builder().years(400_000).seed(5).build();
    LossScenario given = LossScenario.builder().id("phishing").threatEventFrequency(Frequency.poisson(12))
        .vulnerability(Vulnerability.probability(0.25)).primaryLoss(Distribution.constant(1000)).build();
    assertThat(simulation.run(List.of(given)).annualLoss().mean()).isCloseTo(12 * 0.25 * 1000, within(30.0));
    // capability uniform on 0-100 against a resistance of 70: P = 0.3
    LossScenario contest = LossScenario.builder().id("intrusion").threatEventFrequency(Frequency.poisson(10))
        .vulnerability(Vulnerability.capabilityAgainstResistance(Distribution.uniform(0, 100), Distribution.constant(70)))
        .primaryLoss(Distribution.pert(100, 200, 600)).secondaryLossProbability(0.5).secondaryLoss(Distribution.triangular(0, 300, 600)).build();
    // 10 x 0.3 x (250 + 0.5 x 300) = 1200
    assertThat(simulation.run(List.of(contest)).annualLoss().mean()).isCloseTo(1200, within(12.0));
    assertThat(Vulnerability.probability(0.25).toString()).isEqualTo("vulnerability 0.25");
    assertThat(Vulnerability.capabilityAgainstResistance(Distribution.uniform(0, 100), Distribution.constant(70)).toString())
        .isEqualTo("P(threat capability uniform(0.0, 100.0) > resistance strength constant 70.0)");
  }

  @Test
  void aPortfolioSumsItsRisksYearByYearAndSaysWhatEachContributes() {
    LossScenario outage = lognormalPoisson("outage", 2, 10_000, 200_000);
    LossScenario breach = LossScenario.builder().id("breach").lossEventFrequency(Frequency.annualProbability(0.1))
        .primaryLoss(Distribution.lognormal90(635_000, 19_000_000)).build();
    LossSimulation simulation = LossSimulation.builder().years(300_000).seed(11).build();
    SimulationResult portfolio = simulation.run(List.of(outage, breach));
    SimulationResult outageAlone = simulation.run(List.of(outage));
    assertThat(portfolio.contributions()).extracting(RiskContribution::id).containsExactly("outage", "breach");
    assertThat(portfolio.contribution("outage").meanAnnualLoss()).isEqualTo(outageAlone.annualLoss().mean(), within(1e-6));
    assertThat(portfolio.contribution("outage").standardDeviation()).isCloseTo(outageAlone.annualLoss().standardDeviation(), within(1.0));
    assertThat(portfolio.contribution("breach").meanAnnualLoss()).isCloseTo(0.1 * 5_922_706.8, within(0.1 * 5_922_706.8 * 0.03));
    assertThat(portfolio.contribution("outage").share() + portfolio.contribution("breach").share()).isCloseTo(1, within(1e-9));
    assertThat(portfolio.annualLoss().mean())
        .isCloseTo(portfolio.contribution("outage").meanAnnualLoss() + portfolio.contribution("breach").meanAnnualLoss(), within(1e-3));
    assertThat(portfolio.explain().render()).contains("portfolio mean annual loss").contains("300000 simulated years (seed 11)")
        .contains("breach mean annual loss");
    assertRejected(() -> portfolio.contribution("fraud"), "risk = 'fraud': expected one of the simulated risks [outage, breach]");
  }

  @Test
  void sameSeedGivesBitIdenticalResultsWhateverTheThreadCount() {
    List<LossScenario> risks = List.of(lognormalPoisson("a", 0.5, 1_000, 50_000), lognormalPoisson("b", 4, 10, 900));
    LossSimulation one = LossSimulation.builder().years(200_000).seed(99).threads(1).chunkYears(10_000).build();
    SimulationResult single = one.run(risks);
    for (int threads : new int[] {2, 3, 7}) {
      SimulationResult parallel = one.withThreads(threads).run(risks);
      assertThat(parallel.annualLoss().mean()).isEqualTo(single.annualLoss().mean());
      assertThat(parallel.annualLoss().percentiles()).isEqualTo(single.annualLoss().percentiles());
      assertThat(parallel.contributions()).isEqualTo(single.contributions());
    }
    // chunk size only groups the work: the years are the same
    assertThat(one.withChunkYears(3_333).run(risks).annualLoss().percentiles()).isEqualTo(single.annualLoss().percentiles());
    assertThat(one.withSeed(100).run(risks).annualLoss().mean()).isNotEqualTo(single.annualLoss().mean());
  }

  @Test
  void chunksSimulatedApartMergeInAnyGroupingIntoTheSingleRun() {
    List<LossScenario> risks = List.of(lognormalPoisson("a", 0.5, 1_000, 50_000), lognormalPoisson("b", 1.5, 10, 900));
    LossSimulation simulation = LossSimulation.builder().years(50_000).seed(3).threads(1).chunkYears(4_000).build();
    SimulationResult single = simulation.run(risks);
    qt().withExamples(20).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      List<PartialSimulation> parts = new ArrayList<>();
      for (int from = 0; from < simulation.chunks(); ) {
        int to = Math.min(simulation.chunks(), from + 1 + random.nextInt(4));
        parts.add(simulation.runChunks(risks, from, to));
        from = to;
      }
      while (parts.size() > 1) {   // merge random neighbours or strangers, in either order
        PartialSimulation a = parts.remove(random.nextInt(parts.size()));
        PartialSimulation b = parts.remove(random.nextInt(parts.size()));
        parts.add(random.nextBoolean() ? a.merge(b) : b.merge(a));
      }
      SimulationResult merged = parts.get(0).result();
      assertThat(merged.annualLoss().mean()).isEqualTo(single.annualLoss().mean());
      assertThat(merged.annualLoss().standardDeviation()).isEqualTo(single.annualLoss().standardDeviation());
      assertThat(merged.annualLoss().percentiles()).isEqualTo(single.annualLoss().percentiles());
      assertThat(merged.contributions()).isEqualTo(single.contributions());
    });
  }

  @Test
  void mergingRefusesPartsOfOtherSimulationsAndIncompleteResults() {
    List<LossScenario> risks = List.of(lognormalPoisson("a", 0.5, 1_000, 50_000));
    LossSimulation simulation = LossSimulation.builder().years(10_000).seed(3).threads(1).chunkYears(4_000).build();
    PartialSimulation first = simulation.runChunks(risks, 0, 1);
    assertThat(first.chunks()).containsExactly(0);
    assertThat(first.isComplete()).isFalse();
    assertRejected(first::result, "partialSimulation.chunks = '1 of 3': expected every chunk before the result");
    assertRejected(() -> first.merge(first), "partialSimulation.chunks = 0: expected each chunk in one part only");
    assertThatThrownBy(() -> first.merge(simulation.withSeed(4).runChunks(risks, 1, 2))).hasMessageContaining("expected the same simulation");
    assertRejected(() -> first.merge(simulation.runChunks(List.of(lognormalPoisson("b", 1, 1, 2)), 1, 2)),
        "partialSimulation.risks = '1 risks': expected the same portfolio of 1 risks");
    assertRejected(() -> simulation.runChunks(risks, 2, 4), "chunks = '2..4': expected a range of chunks within 0..3");
    assertRejected(() -> simulation.run(List.of()), "risks = []: expected at least one loss scenario");
  }

  @Test
  void reportsProgressAndStopsWhenCancelled() {
    List<LossScenario> risks = List.of(lognormalPoisson("a", 0.5, 1_000, 50_000), lognormalPoisson("b", 1, 1, 10));
    LossSimulation simulation = LossSimulation.builder().years(100_000).threads(2).chunkYears(10_000).build();
    List<Long> reported = new ArrayList<>();
    AtomicLong total = new AtomicLong();
    simulation.run(risks, (done, all) -> {
      synchronized (reported) {
        reported.add(done);
      }
      total.set(all);
    }, () -> false);
    assertThat(total.get()).isEqualTo(200_000);
    assertThat(reported).hasSize(10).contains(200_000L);
    AtomicInteger asked = new AtomicInteger();
    assertThatThrownBy(() -> simulation.withThreads(1).run(risks, SimulationProgress.NONE, () -> asked.incrementAndGet() > 3))
        .isInstanceOf(CancellationException.class).hasMessage("simulation cancelled after 60000 of 200000 risk-years");
  }

  @Test
  void aFailingRiskStopsTheSimulationWithItsError() {
    Distribution broken = new Distribution() {
      @Override
      public double sample(java.util.random.RandomGenerator random) {
        throw new IllegalStateException("broken magnitude");
      }

      @Override
      public double mean() {
        return 1;
      }

      @Override
      public double minimum() {
        return 0;
      }
    };
    LossScenario risk = LossScenario.builder().id("broken").lossEventFrequency(Frequency.poisson(5)).primaryLoss(broken).build();
    assertThatThrownBy(() -> LossSimulation.builder().years(100_000).threads(2).build().run(List.of(risk)))
        .isInstanceOf(IllegalStateException.class).hasMessage("broken magnitude");
  }

  @Test
  void raisingAFrequencyOrAMagnitudeBoundNeverLowersAPercentile() {
    LossSimulation simulation = LossSimulation.builder().years(5_000).seed(17).threads(1).build();
    qt().withExamples(40).forAll(doubles().between(0.05, 5), doubles().between(0, 3), doubles().between(1, 1000), integers().between(0, 2))
        .checkAssert((rate, raise, high, kind) -> {
          Distribution magnitude = switch (kind) {
            case 0 -> Distribution.uniform(0, high);
            case 1 -> Distribution.triangular(0, high / 2, high);
            default -> Distribution.lognormal(Math.log(high), 1);
          };
          Distribution higher = switch (kind) {
            case 0 -> Distribution.uniform(0, high * (1 + raise));
            case 1 -> Distribution.triangular(0, high / 2, high * (1 + raise));
            default -> Distribution.lognormal(Math.log(high * (1 + raise)), 1);
          };
          Map<String, Double> base = percentiles(simulation, Frequency.poisson(rate), magnitude);
          Map<String, Double> moreOften = percentiles(simulation, Frequency.poisson(rate + raise), magnitude);
          Map<String, Double> larger = percentiles(simulation, Frequency.poisson(rate), higher);
          base.forEach((name, value) -> {
            assertThat(moreOften.get(name)).as("%s with rate %s + %s", name, rate, raise).isGreaterThanOrEqualTo(value);
            assertThat(larger.get(name)).as("%s with a larger magnitude", name).isGreaterThanOrEqualTo(value);
          });
        });
  }

  private static Map<String, Double> percentiles(LossSimulation simulation, Frequency frequency, Distribution magnitude) {
    LossScenario risk = LossScenario.builder().id("r").lossEventFrequency(frequency).primaryLoss(magnitude).build();
    return simulation.run(List.of(risk)).annualLoss().percentiles();
  }

  @Test
  void rejectsIncompleteOrContradictoryScenariosAndSimulations() {
    Distribution magnitude = Distribution.constant(1);
    assertRejected(() -> LossScenario.builder().id("r").primaryLoss(magnitude).build(),
        "lossScenario[r].lossEventFrequency = Optional.empty: expected either a loss event frequency or a threat event frequency, exactly one");
    assertRejected(() -> LossScenario.builder().id("r").threatEventFrequency(Frequency.poisson(1)).primaryLoss(magnitude).build(),
        "lossScenario[r].vulnerability = Optional.empty: expected a vulnerability exactly when a threat event frequency is given");
    assertRejected(() -> LossScenario.builder().id("r").lossEventFrequency(Frequency.poisson(1)).primaryLoss(Distribution.uniform(-5, 5)).build(),
        "lossScenario[r].primaryLoss = uniform(-5.0, 5.0): expected a magnitude distribution with no values below 0");
    assertRejected(() -> LossScenario.builder().id("r").lossEventFrequency(Frequency.poisson(1)).primaryLoss(magnitude)
        .secondaryLossProbability(1.2).secondaryLoss(magnitude).build(), "lossScenario[r].secondaryLossProbability = 1.2: expected a number from 0 to 1");
    assertRejected(() -> LossScenario.builder().id("r").lossEventFrequency(Frequency.poisson(1)).primaryLoss(magnitude)
        .secondaryLossProbability(0.2).build(),
        "lossScenario[r].secondaryLoss = Optional.empty: expected a secondary loss magnitude exactly when the secondary loss probability is above 0");
    assertRejected(() -> LossScenario.builder().id("r").lossEventFrequency(Frequency.poisson(1)).primaryLoss(magnitude)
        .secondaryLossProbability(0.2).secondaryLoss(Distribution.constant(-1)).build(),
        "lossScenario[r].secondaryLoss = Optional[constant -1.0]: expected a magnitude distribution with no values below 0");
    assertRejected(() -> LossSimulation.builder().years(0).build(), "simulation.years = 0: expected an integer >= 1");
    assertRejected(() -> LossSimulation.builder().years(10).threads(0).build(), "simulation.threads = 0: expected an integer >= 1");
  }

  @Test
  void aControlIsWorthTheLossItAvoidsLessItsCost() {
    LossSimulation simulation = LossSimulation.builder().years(200_000).seed(8).build();
    SimulationResult inherent = simulation.run(List.of(lognormalPoisson("ransomware", 0.4, 50_000, 2_000_000)));
    SimulationResult residual = simulation.run(List.of(lognormalPoisson("ransomware", 0.1, 50_000, 2_000_000)));
    ControlReturn backups = ControlReturn.of(inherent, residual, 60_000);
    assertThat(backups.lossReduction()).isEqualTo(inherent.annualLoss().mean() - residual.annualLoss().mean());
    assertThat(backups.lossReduction()).isCloseTo(0.3 * Distribution.lognormal90(50_000, 2_000_000).mean(), within(15_000.0));
    assertThat(backups.netReturn()).isEqualTo(backups.lossReduction() - 60_000);
    assertThat(backups.returnOnInvestment().getAsDouble()).isEqualTo(backups.netReturn() / 60_000);
    assertThat(ControlReturn.of(inherent, residual, 0).returnOnInvestment()).isEmpty();
    assertThat(backups.explain().formula()).isEqualTo("(inherent mean annual loss - residual mean annual loss) - annual cost");
    assertRejected(() -> ControlReturn.of(inherent, residual, -1), "annualCost = -1.0: expected a finite number >= 0");
    assertThatThrownBy(() -> ControlReturn.of(inherent, simulation.withSeed(9).run(List.of(lognormalPoisson("r", 0.1, 1, 2))), 1))
        .hasMessageContaining("expected the inherent simulation's seed and years");
  }
}
