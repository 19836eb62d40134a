package dev.governance.spark.example;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.kpi.Observation;
import dev.governance.core.risk.LossSpec;
import dev.governance.rules.kpi.NodeResult;
import dev.governance.rules.kpi.ObservationAggregator;
import dev.governance.rules.kpi.PartialAggregation;
import dev.governance.rules.kpi.ScorecardEngine;
import dev.governance.rules.risk.quant.LossDistribution;
import dev.governance.rules.risk.quant.LossScenario;
import dev.governance.rules.risk.quant.LossSimulation;
import dev.governance.rules.risk.quant.LossSpecs;
import dev.governance.rules.risk.quant.RiskContribution;
import dev.governance.rules.risk.quant.SimulationResult;
import dev.governance.spark.SparkScorecards;
import dev.governance.spark.SparkSimulation;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * The Spark jobs on generated data, runnable in local mode or submitted to a cluster: a scorecard
 * over a generated KPI feed, aggregated across the cluster and compared with the local engine, and
 * a portfolio loss simulation split by trial range, whose percentiles are those {@code governance
 * simulate} prints for the same scenario and seed.
 *
 * <pre>
 * java [Spark's --add-opens] -cp governance-spark.jar:SPARK_JARS dev.governance.spark.example.SparkExample \
 *     [--master local[2]] [--observations 2000000] [--partitions 8] \
 *     [--trials 1000000] [--seed 1] [--frequency poisson:2] [--magnitude lognormal90:10000,200000]
 * </pre>
 *
 * <p>Under {@code spark-submit} leave {@code --master} out: the submission's master is used.
 */
public final class SparkExample {

  /** The observations a local thread generates and aggregates at a time. */
  private static final int BATCH = 65_536;

  private SparkExample() {}

  /**
   * Runs the example.
   *
   * @param args {@code --name value} pairs: master, observations, partitions, trials, seed,
   *     frequency, magnitude
   */
  public static void main(String[] args) {
    Options options = Options.parse(args);
    SparkSession.Builder builder = SparkSession.builder().appName("governance-spark example");
    if (options.master() != null) {
      builder.master(options.master()).config("spark.ui.enabled", "false");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      run(spark, options, System.out);
    } finally {
      spark.stop();
    }
  }

  /** The example's options, as {@code --name value} pairs give them. */
  record Options(
      @Nullable String master,
      long observations,
      int partitions,
      int trials,
      long seed,
      String frequency,
      String magnitude) {

    private static final List<String> NAMES =
        List.of(
            "--master",
            "--observations",
            "--partitions",
            "--trials",
            "--seed",
            "--frequency",
            "--magnitude");

    /**
     * Reads {@code --name value} pairs; by default 2 million observations in 8 partitions and a
     * million years of {@code poisson:2} and {@code lognormal90:10000,200000} from seed 1.
     *
     * @throws GovernanceValidationException naming an unknown option, one without a value or a
     *     number that is not one
     */
    static Options parse(String[] args) {
      Map<String, String> given = new HashMap<>();
      for (int i = 0; i < args.length; i += 2) {
        if (!NAMES.contains(args[i])) {
          throw GovernanceValidationException.of(
              "args[" + i + "]", args[i], "one of " + String.join(", ", NAMES));
        }
        if (i + 1 >= args.length) {
          throw GovernanceValidationException.of(args[i], "nothing", "a value after it");
        }
        given.put(args[i], args[i + 1]);
      }
      return new Options(
          given.get("--master"),
          number(given, "--observations", 2_000_000),
          (int) number(given, "--partitions", 8),
          (int) number(given, "--trials", 1_000_000),
          number(given, "--seed", 1),
          text(given, "--frequency", "poisson:2"),
          text(given, "--magnitude", "lognormal90:10000,200000"));
    }

    private static String text(Map<String, String> given, String name, String otherwise) {
      String value = given.get(name);
      return value == null ? otherwise : value;
    }

    private static long number(Map<String, String> given, String name, long otherwise) {
      String value = given.get(name);
      try {
        return value == null ? otherwise : Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw GovernanceValidationException.of(name, value, "a whole number");
      }
    }
  }

  /** Runs both jobs on {@code spark}, printing to {@code out}. */
  static void run(SparkSession spark, Options options, PrintStream out) {
    long count = options.observations();
    int partitions = options.partitions();
    long seed = options.seed();
    GeneratedKpiFeed feed = GeneratedKpiFeed.of(seed);
    ScorecardEngine engine = ScorecardEngine.standard();
    long start = System.nanoTime();
    NodeResult result =
        SparkScorecards.evaluate(
            engine,
            GeneratedKpiFeed.scorecard(),
            GeneratedKpiFeed.kpis(),
            feed.rows(spark, count, partitions),
            GeneratedKpiFeed.AS_OF);
    out.printf(
        Locale.ROOT,
        "scorecard %s over %d generated observations in %d partitions, as of %s: score %s (%s),"
            + " %.1f s%n",
        result.id(),
        count,
        partitions,
        GeneratedKpiFeed.AS_OF,
        result.score().getAsDouble(),
        result.status(),
        (System.nanoTime() - start) / 1e9);
    for (int threads = 1; threads <= 2; threads++) {
      start = System.nanoTime();
      NodeResult local = locally(engine, feed, count, threads);
      double seconds = (System.nanoTime() - start) / 1e9;
      out.printf(
          Locale.ROOT,
          "the local engine on %d thread%s: %s, %.1f s (%.1f million observations a second)%n",
          threads,
          threads == 1 ? "" : "s",
          local.equals(result) ? "the same result, to the last bit" : "ANOTHER RESULT",
          seconds,
          count / seconds / 1e6);
    }
    start = System.nanoTime();
    SimulationResult simulated = simulate(spark, options);
    LossDistribution loss = simulated.annualLoss();
    out.printf(
        Locale.ROOT,
        "%d years, seed %d, %.1f s%nportfolio: mean %s, stddev %s, P50 %s, P90 %s, P95 %s, P99 %s,"
            + " P99.9 %s%n",
        options.trials(),
        seed,
        (System.nanoTime() - start) / 1e9,
        loss.mean(),
        loss.standardDeviation(),
        loss.percentile(50),
        loss.percentile(90),
        loss.percentile(95),
        loss.percentile(99),
        loss.percentile(99.9));
    for (RiskContribution c : simulated.contributions()) {
      out.printf(
          Locale.ROOT, "%s: mean %s (%.1f %%)%n", c.id(), c.meanAnnualLoss(), 100 * c.share());
    }
  }

  /**
   * Evaluates the scorecard over the feed's first {@code count} observations on this machine, on
   * {@code threads} threads, each aggregating its share of the observations in batches into a part
   * of the engine's aggregator, the parts merged: memory is bounded by the batch, not the count.
   */
  static NodeResult locally(
      ScorecardEngine engine, GeneratedKpiFeed feed, long count, int threads) {
    ObservationAggregator aggregator =
        engine.aggregator(GeneratedKpiFeed.kpis(), GeneratedKpiFeed.AS_OF);
    List<CompletableFuture<PartialAggregation>> parts = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int t = 0; t < threads; t++) {
        long from = count * t / threads;
        long to = count * (t + 1) / threads;
        parts.add(
            CompletableFuture.supplyAsync(
                () -> {
                  PartialAggregation part = aggregator.partial();
                  List<Observation> batch = new ArrayList<>(BATCH);
                  for (long i = from; i < to; i += BATCH) {
                    batch.clear();
                    for (long j = i; j < Math.min(to, i + BATCH); j++) {
                      batch.add(feed.observation(j));
                    }
                    part.addAll(batch);
                  }
                  return part;
                },
                pool));
      }
      PartialAggregation all = aggregator.partial();
      parts.forEach(part -> all.merge(part.join()));
      return engine.evaluate(
          GeneratedKpiFeed.scorecard(),
          GeneratedKpiFeed.kpis(),
          all.values(),
          GeneratedKpiFeed.AS_OF);
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Simulates the scenario of the options as {@code governance simulate --frequency F --magnitude M
   * --trials N --seed S} does (one risk, {@code risk}), in as many tasks as the simulation has
   * chunks, at most 64.
   */
  static SimulationResult simulate(SparkSession spark, Options options) {
    LossScenario risk =
        LossSpecs.scenario(
            "risk",
            LossSpec.frequency(options.frequency(), "frequency"),
            LossSpec.magnitude(options.magnitude(), "magnitude"));
    LossSimulation simulation =
        LossSimulation.builder().years(options.trials()).seed(options.seed()).build();
    return SparkSimulation.run(spark, simulation, List.of(risk), Math.min(simulation.chunks(), 64));
  }
}
