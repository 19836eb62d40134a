package dev.governance.rules.risk.quant;

import static dev.governance.rules.risk.quant.DistributionTest.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.governance.core.GovernanceValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LossSimulationTest {

  static LossScenario lognormalPoisson(String id, double rate, double low, double high) {
    return LossScenario.builder()
        .id(id)
        .lossEventFrequency(Frequency.poisson(rate))
        .primaryLoss(Distribution.lognormal90(low, high))
        .build();
  }

  @Test
  void meanAnnualLossMatchesTheCompoundPoissonMeanAtAMillionYears() {
    // worked-examples.md: lambda 0.1 and 3.0 with interval (1, 10): 0.4040012826945718 and
    // 12.120038480837177
    LossSimulation simulation = LossSimulation.builder().years(1_000_000).seed(2026).build();
    double rare = simulation.run(List.of(lognormalPoisson("rare", 0.1, 1, 10))).annualLoss().mean();
    double frequent =
        simulation.run(List.of(lognormalPoisson("frequent", 3.0, 1, 10))).annualLoss().mean();
    assertThat(rare).isCloseTo(0.4040012826945718, within(0.4040012826945718 * 0.01));
    assertThat(frequent).isCloseTo(12.120038480837177, within(12.120038480837177 * 0.01));
    // and from (mu, sigma): lambda exp(mu + sigma^2 / 2)
    LossScenario fromMuSigma =
        LossScenario.builder()
            .id("mu-sigma")
            .lossEventFrequency(Frequency.poisson(0.5))
            .primaryLoss(Distribution.lognormal(10, 1.2))
            .build();
    assertThat(simulation.run(List.of(fromMuSigma)).annualLoss().mean())
        .isCloseTo(0.5 * Math.exp(10 + 0.72), within(0.5 * Math.exp(10.72) * 0.01));
  }

  @Test
  void sameSeedGivesBitIdenticalResultsWhateverTheThreadCount() {
    List<LossScenario> risks =
        List.of(lognormalPoisson("a", 0.5, 1_000, 50_000), lognormalPoisson("b", 4, 10, 900));
    LossSimulation one =
        LossSimulation.builder().years(200_000).seed(99).threads(1).chunkYears(10_000).build();
    SimulationResult single = one.run(risks);
    for (int threads : new int[] {2, 3, 7}) {
      SimulationResult parallel = one.withThreads(threads).run(risks);
      assertThat(parallel.annualLoss().mean()).isEqualTo(single.annualLoss().mean());
      assertThat(parallel.annualLoss().percentiles()).isEqualTo(single.annualLoss().percentiles());
      assertThat(parallel.contributions()).isEqualTo(single.contributions());
    }
    // chunk size only groups the work: the years are the same
    assertThat(one.withChunkYears(3_333).run(risks).annualLoss().percentiles())
        .isEqualTo(single.annualLoss().percentiles());
    assertThat(one.withSeed(100).run(risks).annualLoss().mean())
        .isNotEqualTo(single.annualLoss().mean());
  }

  @Test
  void reportsProgressAndStopsWhenCancelled() {
    List<LossScenario> risks =
        List.of(lognormalPoisson("a", 0.5, 1_000, 50_000), lognormalPoisson("b", 1, 1, 10));
    LossSimulation simulation =
        LossSimulation.builder().years(100_000).threads(2).chunkYears(10_000).build();
    List<Long> reported = new ArrayList<>();
    AtomicLong total = new AtomicLong();
    var unused =
        simulation.run(
            risks,
            (done, all) -> {
              synchronized (reported) {
                reported.add(done);
              }
              total.set(all);
            },
            () -> false);
    assertThat(total.get()).isEqualTo(200_000);
    assertThat(reported).hasSize(10).contains(200_000L);
    AtomicInteger asked = new AtomicInteger();
    assertThatThrownBy(
            () ->
                simulation
                    .withThreads(1)
                    .run(risks, SimulationProgress.NONE, () -> asked.incrementAndGet() > 3))
        .isInstanceOf(CancellationException.class)
        .hasMessage("simulation cancelled after 60000 of 200000 risk-years");
  }

  @Test
  void aFailingRiskStopsTheSimulationWithItsError() {
    Distribution broken = failing(new IllegalStateException("broken magnitude"));
    LossScenario risk =
        LossScenario.builder()
            .id("broken")
            .lossEventFrequency(Frequency.poisson(5))
            .primaryLoss(broken)
            .build();
    assertThatThrownBy(
            () -> LossSimulation.builder().years(100_000).threads(2).build().run(List.of(risk)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("broken magnitude");
  }

  @Test
  void raisingAFrequencyOrAMagnitudeBoundNeverLowersAPercentile() {
    LossSimulation simulation = LossSimulation.builder().years(5_000).seed(17).threads(1).build();
    qt().withExamples(40)
        .forAll(
            doubles().between(0.05, 5),
            doubles().between(0, 3),
            doubles().between(1, 1000),
            integers().between(0, 2))
        .checkAssert(
            (rate, raise, high, kind) -> {
              Distribution magnitude =
                  switch (kind) {
                    case 0 -> Distribution.uniform(0, high);
                    case 1 -> Distribution.triangular(0, high / 2, high);
                    default -> Distribution.lognormal(Math.log(high), 1);
                  };
              Distribution higher =
                  switch (kind) {
                    case 0 -> Distribution.uniform(0, high * (1 + raise));
                    case 1 -> Distribution.triangular(0, high / 2, high * (1 + raise));
                    default -> Distribution.lognormal(Math.log(high * (1 + raise)), 1);
                  };
              Map<String, Double> base =
                  percentiles(simulation, Frequency.poisson(rate), magnitude);
              Map<String, Double> moreOften =
                  percentiles(simulation, Frequency.poisson(rate + raise), magnitude);
              Map<String, Double> larger = percentiles(simulation, Frequency.poisson(rate), higher);
              base.forEach(
                  (name, value) -> {
                    assertThat(moreOften.get(name))
                        .as("%s with rate %s + %s", name, rate, raise)
                        .isGreaterThanOrEqualTo(value);
                    assertThat(larger.get(name))
                        .as("%s with a larger magnitude", name)
                        .isGreaterThanOrEqualTo(value);
                  });
            });
  }

  private static Map<String, Double> percentiles(
      LossSimulation simulation, Frequency frequency, Distribution magnitude) {
    LossScenario risk =
        LossScenario.builder().id("r").lossEventFrequency(frequency).primaryLoss(magnitude).build();
    return simulation.run(List.of(risk)).annualLoss().percentiles();
  }

  @Test
  void anErrorInARiskStopsTheSimulationAsItIs() {
    Distribution failing = failing(new AssertionError("failing magnitude"));
    LossScenario risk =
        LossScenario.builder()
            .id("failing")
            .lossEventFrequency(Frequency.poisson(5))
            .primaryLoss(failing)
            .build();
    assertThatThrownBy(
            () -> LossSimulation.builder().years(1_000).threads(1).build().run(List.of(risk)))
        .isInstanceOf(AssertionError.class)
        .hasMessage("failing magnitude");
  }

  @Test
  void anInterruptedCallerCancelsTheSimulationAndKeepsItsInterrupt() {
    LossSimulation simulation =
        LossSimulation.builder().years(300_000).threads(2).chunkYears(1_000).build();
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> simulation.run(List.of(lognormalPoisson("a", 0.5, 1, 10))))
          .isInstanceOf(CancellationException.class)
          .hasMessage("simulation interrupted");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  /** A magnitude whose every draw throws {@code failure}, an unchecked exception or an error. */
  private static Distribution failing(Throwable failure) {
    return new Distribution() {
      @Override
      public double sample(java.util.random.RandomGenerator random) {
        if (failure instanceof RuntimeException e) {
          throw e;
        }
        throw (Error) failure;
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
  }

  @Test
  void rejectsSimulationsOfNoYearsOrThreads() {
    assertRejected(
        () -> LossSimulation.builder().years(0).build(),
        "simulation.years = 0: expected an integer >= 1");
    assertRejected(
        () -> LossSimulation.builder().years(10).threads(0).build(),
        "simulation.threads = 0: expected an integer from 1 to 1024");
    assertRejected(
        () -> LossSimulation.builder().years(10).threads(Integer.MAX_VALUE).build(),
        "simulation.threads = 2147483647: expected an integer from 1 to 1024");
  }

  /** Issue 20, point 7: runs the machine cannot hold or finish are rejected before they start. */
  @Test
  void rejectsRunsTooLargeForMemoryOrTimeBeforeAllocating() {
    LossScenario modest =
        LossScenario.builder()
            .id("modest")
            .lossEventFrequency(Frequency.poisson(1))
            .primaryLoss(Distribution.lognormal90(1_000, 10_000))
            .build();
    assertThatThrownBy(
            () ->
                LossSimulation.builder()
                    .years(Integer.MAX_VALUE)
                    .threads(1)
                    .build()
                    .run(List.of(modest)))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageStartingWith(
            "Invalid governance data: simulation.years = 2147483647: expected at most ")
        .hasMessageEndingWith(
            "years in this JVM's free memory (16 bytes a year; raise -Xmx for more)");
    LossScenario frequent =
        modest.withLossEventFrequency(Frequency.poisson(10_000_000)).withId("frequent");
    assertRejected(
        () -> LossSimulation.builder().years(10_000).threads(1).build().run(List.of(frequent)),
        "simulation.years = 10000: expected at most 1e10 expected loss events a run: 10000 years x"
            + " 1.0E7 events a year is 1.00e+11");
  }

  /** Issue 20, point 7: a magnitude whose losses overflow a double printed Infinity and NaN. */
  @Test
  void rejectsAScenarioWhoseLossesADoubleCannotHold() {
    LossScenario huge =
        LossScenario.builder()
            .id("huge")
            .lossEventFrequency(Frequency.poisson(1))
            .primaryLoss(Distribution.lognormal90(1, 1e300))
            .build();
    assertRejected(
        () -> LossSimulation.builder().years(1_000).threads(1).build().run(List.of(huge)),
        "risks[0] = 'huge': expected a loss scenario whose simulated losses a double can hold; its"
            + " annual losses (squared, for the standard deviation) pass 1.7976931348623157E308");
  }
}
