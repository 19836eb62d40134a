package dev.governance.benchmarks;

import dev.governance.core.model.GovernanceModel;
import dev.governance.testkit.GovernanceModelGenerator;
import dev.governance.testkit.ModelSize;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long building a {@link GovernanceModel} takes, including its referential-integrity check, for
 * models of growing size ({@link ModelSize#scaled(int)}: factor 1 is 12 people, 8 risks, 6 KPIs;
 * factor 100 is 1,200 people, 800 risks, 600 KPIs with 72,000 observations). No peer library builds
 * a governance model, so this one has no peer; it is the baseline later engines build on.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ModelBuildingBenchmark {

  /** The {@link ModelSize#scaled(int)} factor. */
  @Param({"1", "10", "100"})
  public int scale;

  private GovernanceModel model;

  /** Generates the model whose parts each benchmark rebuilds. */
  @Setup
  public void generate() {
    model =
        GovernanceModelGenerator.of(ModelSize.scaled(scale)).generate(new SplittableRandom(2026));
  }

  /**
   * Rebuilds the model with another name: a new model of every part, every id and reference checked
   * again (a {@code with} copy validates like a build, and lists no part by hand to forget).
   */
  @Benchmark
  public GovernanceModel buildWithIntegrityCheck() {
    return model.withName(model.name() + " (rebuilt)");
  }

  /**
   * Generates a new model of this size with the testkit: value construction and checks throughout.
   */
  @Benchmark
  public GovernanceModel generateWithTestkit() {
    return GovernanceModelGenerator.of(ModelSize.scaled(scale))
        .generate(new SplittableRandom(scale));
  }
}
