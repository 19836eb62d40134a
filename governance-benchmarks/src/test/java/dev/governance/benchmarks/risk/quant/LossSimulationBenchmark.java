package dev.governance.benchmarks.risk.quant;

import dev.governance.rules.risk.quant.Distribution;
import dev.governance.rules.risk.quant.Frequency;
import dev.governance.rules.risk.quant.LossScenario;
import dev.governance.rules.risk.quant.LossSimulation;
import dev.governance.rules.risk.quant.PartialSimulation;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.DiscreteDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Simulated risk-years per second for the workload: one risk, lognormal magnitude (90 %
 * interval 10,000 to 1,000,000) at Poisson rate 0.5, 4,194,304 years per operation. The library on
 * 1 and 2 threads ({@code threads}), beside the same loop written with Apache Commons Statistics
 * samplers (Poisson and lognormal) on one SplitMix64 stream, single-threaded ({@code
 * commonsStatistics}). One operation is one simulated year of one risk; each engine keeps the
 * year's loss.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LossSimulationBenchmark {

  static final int YEARS = 1 << 22;
  static final double RATE = 0.5;
  static final double LOW = 10_000;
  static final double HIGH = 1_000_000;

  private final double[] peerLosses = new double[YEARS];

  /** The library's simulation on a number of threads. */
  @State(Scope.Benchmark)
  public static class Library {

    /** The library's threads. */
    @Param({"1", "2"})
    public int threads;

    private LossSimulation simulation;
    private List<LossScenario> risk;

    /** Builds the simulation. */
    @Setup
    public void setUp() {
      simulation = LossSimulation.builder().years(YEARS).seed(42).threads(threads).build();
      risk =
          List.of(
              LossScenario.builder()
                  .id("risk")
                  .lossEventFrequency(Frequency.poisson(RATE))
                  .primaryLoss(Distribution.lognormal90(LOW, HIGH))
                  .build());
    }
  }

  /** The library simulates the years (no statistics: the work measured is the simulation). */
  @Benchmark
  @OperationsPerInvocation(YEARS)
  public PartialSimulation governance(Library library) {
    return library.simulation.runChunks(library.risk, 0, library.simulation.chunks());
  }

  /** The peer simulates the years on one thread. */
  @Benchmark
  @OperationsPerInvocation(YEARS)
  public double commonsStatistics() {
    return peerSimulate(42, peerLosses);
  }

  /**
   * The peer: the textbook loop with Apache Commons Statistics samplers; returns the mean annual
   * loss.
   */
  static double peerSimulate(long seed, double[] losses) {
    var random = RandomSource.SPLIT_MIX_64.create(seed);
    DiscreteDistribution.Sampler count = PoissonDistribution.of(RATE).createSampler(random);
    double mu = (Math.log(LOW) + Math.log(HIGH)) / 2;
    double sigma = (Math.log(HIGH) - Math.log(LOW)) / (2 * 1.6448536269514722);
    ContinuousDistribution.Sampler magnitude =
        LogNormalDistribution.of(mu, sigma).createSampler(random);
    double sum = 0;
    for (int t = 0; t < losses.length; t++) {
      double loss = 0;
      for (int e = count.sample(); e > 0; e--) {
        loss += magnitude.sample();
      }
      losses[t] = loss;
      sum += loss;
    }
    return sum / losses.length;
  }
}
