package dev.governance.benchmarks.raci;

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
 * RACI validation of 100,000 activities x 50 roles (5 million cells, about a million filled) with
 * 1,000 people, on one thread: the library's engine and the same rules in Drools 10, in one
 * harness. The score is cells validated per second (one operation is one cell).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx8g"})
@Threads(1)
public class RaciValidationBenchmark {

  private static final int ACTIVITIES = 100_000;
  private static final int ROLES = 50;
  private static final int PEOPLE = 1_000;
  private static final int CELLS = ACTIVITIES * ROLES;

  /** Which implementation validates. */
  @Param({"governance", "drools"})
  public String engine;

  private RaciWorkload workload;
  private RaciEngine implementation;

  /** Builds the workload and the engine once per trial. */
  @Setup
  public void setUp() {
    workload = RaciWorkload.of(ACTIVITIES, ROLES, PEOPLE);
    implementation = engine.equals("drools") ? new DroolsRaciEngine() : new GovernanceRaciEngine();
  }

  /** Validates the whole matrix once; the score counts each of its cells as one operation. */
  @Benchmark
  @OperationsPerInvocation(CELLS)
  public int validate() {
    return implementation.findings(workload.matrix(), workload.holders()).size();
  }
}
