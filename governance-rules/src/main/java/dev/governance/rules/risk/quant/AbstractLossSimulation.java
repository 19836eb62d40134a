package dev.governance.rules.risk.quant;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.inRange;
import static dev.governance.core.ArgChecker.positive;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.immutables.value.Value;

/**
 * A Monte Carlo simulation of annual loss: so many years, from a seed, on so many threads. Each
 * year of each risk draws from its own random stream, derived from the seed, the risk's place in
 * the portfolio and the year's number, so the result is bit-identical whatever the thread count or
 * the split into chunks, and two simulations with the same seed compare risks on the same random
 * numbers (inherent against residual, for instance). The years are simulated in chunks of {@link
 * #chunkYears()}: the unit of parallel work, progress, cancellation and, through {@link
 * #runChunks}, of work split across machines.
 *
 * <p>Memory: 8 bytes per simulated year for the portfolio's totals (twice that while the result is
 * assembled), and a few numbers per risk and chunk; never years times risks.
 *
 * <p>For example, a risk that strikes one year in five:
 *
 * <pre>{@code
 * LossScenario outage =
 *     LossScenario.builder()
 *         .id("outage")
 *         .lossEventFrequency(Frequency.annualProbability(0.2)) // one year in five
 *         .primaryLoss(Distribution.pert(10_000, 40_000, 300_000))
 *         .build();
 * SimulationResult result =
 *     LossSimulation.builder().years(100_000).seed(42).build().run(List.of(outage));
 * double mean = result.annualLoss().mean(); // 15,650: about 0.2 x the PERT mean 78,333
 * double var99 = result.annualLoss().valueAtRisk(0.99); // 167,910, exceeded 1 year in 100
 * }</pre>
 */
@Value.Immutable
abstract class AbstractLossSimulation implements java.io.Serializable {

  /**
   * The most threads a simulation starts. Results never depend on the count; more threads than
   * chunks or processors only wait.
   */
  public static final int MOST_THREADS = 1024;

  /**
   * The most loss events a run may expect to draw (years times the portfolio's mean events a year):
   * about a minute and a half per core at the sampler's speed, so that every run is predictable.
   */
  public static final double MOST_EXPECTED_EVENTS = 1e10;

  /** The bytes a simulated year holds while a run assembles and sorts the annual losses. */
  static final long BYTES_PER_YEAR = 16;

  /** Returns the number of simulated years (trials). */
  public abstract int years();

  /** Returns the seed. */
  @Value.Default
  public long seed() {
    return 1;
  }

  /** Returns the number of threads, by default the available processors. */
  @Value.Default
  public int threads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** Returns the years per chunk, 65,536 by default. */
  @Value.Default
  public int chunkYears() {
    return 1 << 16;
  }

  @Value.Check
  protected void validate() {
    positive(years(), "simulation.years");
    inRange(threads(), 1, MOST_THREADS, "simulation.threads");
    positive(chunkYears(), "simulation.chunkYears");
  }

  /** Returns the number of chunks. */
  public int chunks() {
    return (int) ((years() + (long) chunkYears() - 1) / chunkYears());
  }

  /** Simulates a portfolio of risks (or one). */
  public SimulationResult run(List<LossScenario> risks) {
    return run(risks, SimulationProgress.NONE, () -> false);
  }

  /**
   * Simulates a portfolio of risks, reporting progress, stopping when {@code cancelled} says so.
   *
   * @throws CancellationException if cancelled, saying how far it came
   */
  public SimulationResult run(
      List<LossScenario> risks, SimulationProgress progress, BooleanSupplier cancelled) {
    ImmutableList<LossScenario> portfolio = ImmutableList.copyOf(risks);
    return PartialSimulation.result(
        (LossSimulation) this,
        portfolio,
        simulateChunks(portfolio, 0, chunks(), progress, cancelled),
        true);
  }

  /**
   * Simulates the chunks from {@code from} (inclusive) to {@code to} (exclusive) only; merge the
   * parts with {@link PartialSimulation#merge} in any grouping.
   */
  public PartialSimulation runChunks(List<LossScenario> risks, int from, int to) {
    return runChunks(risks, from, to, SimulationProgress.NONE, () -> false);
  }

  /**
   * Simulates some chunks, reporting progress, stopping before the next chunk when {@code
   * cancelled} says so or the calling thread is interrupted (which stays interrupted).
   *
   * @throws CancellationException if cancelled or interrupted, saying how far it came
   */
  public PartialSimulation runChunks(
      List<LossScenario> risks,
      int from,
      int to,
      SimulationProgress progress,
      BooleanSupplier cancelled) {
    ImmutableList<LossScenario> portfolio = ImmutableList.copyOf(risks);
    return PartialSimulation.of(
        (LossSimulation) this,
        portfolio,
        from,
        simulateChunks(portfolio, from, to, progress, cancelled));
  }

  /** Simulates the chunks from {@code from} to {@code to} of a portfolio, as {@link #runChunks}. */
  private PartialSimulation.Chunk[] simulateChunks(
      ImmutableList<LossScenario> portfolio,
      int from,
      int to,
      SimulationProgress progress,
      BooleanSupplier cancelled) {
    check(!portfolio.isEmpty(), "risks", portfolio, "at least one loss scenario");
    check(
        from >= 0 && from < to && to <= chunks(),
        "chunks",
        from + ".." + to,
        "a range of chunks within 0.." + chunks());
    bounded(portfolio, years(from, to));
    PartialSimulation.Chunk[] chunks = new PartialSimulation.Chunk[to - from];
    long total = years(from, to) * portfolio.size();
    AtomicInteger next = new AtomicInteger(from);
    AtomicLong done = new AtomicLong();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread caller = Thread.currentThread();
    Runnable worker =
        () -> {
          TrialRandom random = new TrialRandom();
          Block block = new Block();
          for (int c = next.getAndIncrement();
              c < to && failure.get() == null;
              c = next.getAndIncrement()) {
            if (caller.isInterrupted()) {
              failure.compareAndSet(null, new CancellationException("simulation interrupted"));
              break;
            }
            if (cancelled.getAsBoolean()) {
              failure.compareAndSet(
                  null,
                  new CancellationException(
                      "simulation cancelled after " + done.get() + " of " + total + " risk-years"));
              break;
            }
            chunks[c - from] = simulate(portfolio, c, random, block);
            progress.update(
                done.addAndGet(chunks[c - from].totals().length * (long) portfolio.size()), total);
          }
        };
    runOnThreads(worker, failure);
    if (failure.get() instanceof RuntimeException e) {
      throw e;
    }
    if (failure.get() instanceof Error e) {
      throw e;
    }
    return chunks;
  }

  /**
   * Rejects, before anything is allocated, a run this JVM cannot hold (16 bytes a simulated year)
   * or whose expected loss events exceed {@link #MOST_EXPECTED_EVENTS}.
   */
  private static void bounded(List<LossScenario> portfolio, long years) {
    Runtime runtime = Runtime.getRuntime();
    long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    long most = free / BYTES_PER_YEAR;
    check(
        years <= most,
        "simulation.years",
        years,
        "at most "
            + most
            + " years in this JVM's free memory ("
            + BYTES_PER_YEAR
            + " bytes a year; raise -Xmx for more)");
    double events = 0;
    for (LossScenario risk : portfolio) {
      events +=
          risk.lossEventFrequency().or(risk::threatEventFrequency).map(Frequency::mean).orElse(0.0);
    }
    check(
        events * years <= MOST_EXPECTED_EVENTS,
        "simulation.years",
        years,
        "at most 1e10 expected loss events a run: "
            + years
            + " years x "
            + events
            + " events a year is "
            + String.format(Locale.ROOT, "%.3g", events * years));
  }

  private long years(int fromChunk, int toChunk) {
    return Math.min((long) toChunk * chunkYears(), years()) - (long) fromChunk * chunkYears();
  }

  private void runOnThreads(Runnable worker, AtomicReference<Throwable> failure) {
    Runnable guarded =
        () -> {
          try {
            worker.run();
          } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
          }
        };
    Thread[] helpers = new Thread[threads() - 1];
    for (int t = 0; t < helpers.length; t++) {
      helpers[t] = new Thread(guarded, "loss-simulation-" + (t + 1));
      helpers[t].start();
    }
    guarded.run();
    boolean interrupted = false;
    for (Thread helper : helpers) {
      while (helper.isAlive()) {
        try {
          helper.join();
        } catch (InterruptedException e) {
          interrupted = true;
          failure.compareAndSet(null, new CancellationException("simulation interrupted"));
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Simulates chunk {@code c}: every year of every risk, risk by risk, in blocks of {@link
   * Block#YEARS} years: first each year's count of events (the first number of its stream), then
   * the losses of the years that have events, in year order. The numbers drawn and the order of
   * every addition are those of one year after the other (a year without events adds nothing: its
   * loss is +0.0, and adding +0.0 changes no sum, none being -0.0); only the work is grouped.
   *
   * <p>Why the two loops: in the loop of one year after the other, whether a year has events at all
   * (three years in five, at the rate 0.5 of {@code LossSimulationBenchmark}) is a branch the
   * processor cannot predict, and each mispredicted branch discards the work it began on the next
   * years. The counting loop has no such branch, so the processor overlaps the years' hashing; the
   * loss loop only sees years with events. Measured in {@code LossSimulationBenchmark} (issue 23).
   */
  private PartialSimulation.Chunk simulate(
      List<LossScenario> portfolio, int c, TrialRandom random, Block block) {
    long first = (long) c * chunkYears();
    int length = (int) years(c, c + 1);
    long seed = seed();
    double[] totals = new double[length];
    double[] sums = new double[portfolio.size()];
    double[] squares = new double[portfolio.size()];
    int[] years = block.years;
    long[] states = block.states;
    int[] counts = block.counts;
    for (int r = 0; r < portfolio.size(); r++) {
      RiskYear risk = RiskYear.of(portfolio.get(r));
      double sum = 0;
      double square = 0;
      for (int from = 0; from < length; from += Block.YEARS) {
        int to = Math.min(length, from + Block.YEARS);
        int eventful = 0;
        for (int t = from; t < to; t++) {
          int count = risk.count(random.start(seed, r, first + t));
          years[eventful] = t;
          states[eventful] = random.state();
          counts[eventful] = count;
          eventful += (-count) >>> 31; // 1 if it has events: no branch
        }
        for (int k = 0; k < eventful; k++) {
          double loss = risk.losses(counts[k], random.resume(states[k]));
          totals[years[k]] += loss;
          sum += loss;
          square += loss * loss;
        }
      }
      check(
          Double.isFinite(square),
          "risks[" + r + "]",
          portfolio.get(r).id(),
          "a loss scenario whose simulated losses a double can hold; its annual losses (squared,"
              + " for the standard deviation) pass "
              + Double.MAX_VALUE);
      sums[r] = sum;
      squares[r] = square;
    }
    return new PartialSimulation.Chunk(totals, sums, squares);
  }

  /** A thread's room for one block of years: each eventful year, its stream's state and count. */
  static final class Block {

    /** The years in a block: small enough for the first-level cache. */
    static final int YEARS = 512;

    final int[] years = new int[YEARS];
    final long[] states = new long[YEARS];
    final int[] counts = new int[YEARS];
  }
}
