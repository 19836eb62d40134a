package dev.governance.benchmarks.kpi;

import dev.governance.rules.kpi.ObservationAggregator;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Aggregating 10 million observations into the period values of 10,000 scorecards (100,000 KPIs,
 * three months) on one thread: the library's {@link ObservationAggregator} beside a straightforward
 * {@code Collectors.groupingBy}. The score is observations per second (one operation is one
 * observation). With {@code mix=MEAN} every KPI is a mean of period observations, and the peer
 * keeps {@code summarizingDouble}'s count, sum, minimum and maximum; with {@code mix=MIXED} the
 * KPIs take turns at a mean, a weighted mean, a minimum, a maximum and a latest value, the last two
 * of observations at instants ({@link ObservationWorkload.Mix}), and the peer keeps all that any of
 * them reads ({@link GroupingByAggregation#aggregateAll}). Roll-up is not part of this figure. The
 * heap is fixed and touched in advance, so that neither engine pays the operating system for the
 * first touch of fresh heap pages (the library would otherwise pay it for its 5 MB accumulator
 * table in every operation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch", "-XX:+UseParallelGC"})
@Threads(1)
public class ObservationAggregationBenchmark {

  private static final int SCORECARDS = 10_000;
  private static final int PER_KPI = 100;
  private static final int OBSERVATIONS = SCORECARDS * 10 * PER_KPI;

  /** Which implementation aggregates. */
  @Param({"governance", "groupingBy"})
  public String engine;

  /** Which aggregations the KPIs use: a constant of {@link ObservationWorkload.Mix}. */
  @Param({"MEAN", "MIXED"})
  public String mix;

  private ObservationWorkload workload;
  private ObservationAggregator aggregator;

  /**
   * Builds the observations once per trial, then settles the heap: a full collection compacts the
   * observations in the order they were built, as long-lived data ends up, so that both engines
   * read the same layout rather than whatever the young collections happened to leave.
   */
  @Setup
  public void setUp() {
    workload = new ObservationWorkload(SCORECARDS, PER_KPI, ObservationWorkload.Mix.valueOf(mix));
    aggregator =
        ObservationAggregator.of(
            workload.kpis, ObservationWorkload.PERIODS, ZoneOffset.UTC, ObservationWorkload.AS_OF);
    System.gc();
  }

  /**
   * Aggregates every observation once with an aggregator built in advance, as a service keeps one
   * for its KPI catalogue; the peer has nothing to build. The score counts each observation as one
   * operation.
   */
  @Benchmark
  @OperationsPerInvocation(OBSERVATIONS)
  public Object aggregateWithPreparedAggregator() {
    if (engine.equals("groupingBy")) {
      return peer();
    }
    return aggregator.aggregate(workload.observations);
  }

  /**
   * Builds the aggregator and aggregates every observation once; the score counts each observation
   * as one operation.
   */
  @Benchmark
  @OperationsPerInvocation(OBSERVATIONS)
  public Object aggregate() {
    if (engine.equals("groupingBy")) {
      return peer();
    }
    return ObservationAggregator.of(
            workload.kpis, ObservationWorkload.PERIODS, ZoneOffset.UTC, ObservationWorkload.AS_OF)
        .aggregate(workload.observations);
  }

  private Object peer() {
    return mix.equals("MEAN")
        ? GroupingByAggregation.aggregate(
            workload.observations, ObservationWorkload.PERIODS, ObservationWorkload.AS_OF)
        : GroupingByAggregation.aggregateAll(
            workload.observations, ObservationWorkload.PERIODS, ObservationWorkload.AS_OF);
  }
}
