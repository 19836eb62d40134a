package dev.governance.benchmarks.risk;

import dev.governance.rules.risk.cvss.Cvss3Scores;
import dev.governance.rules.risk.cvss.Cvss3Vector;
import dev.governance.rules.risk.cvss.Cvss4Vector;
import java.util.List;
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
import us.springett.cvss.Cvss;
import us.springett.cvss.Score;

/**
 * Parsing and scoring CVSS vectors: the library's {@link Cvss3Vector} and {@link Cvss4Vector}
 * beside {@code us.springett:cvss-calculator}, over 2,048 random vectors of each version; v3.1 with
 * temporal and environmental metrics (base, temporal and environmental scores), v4.0 with threat,
 * environmental and supplemental metrics (its one score). One operation is one vector parsed and
 * scored.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class CvssBenchmark {

  private static final int VECTORS = 2048;

  /** Which implementation parses and scores. */
  @Param({"governance", "springett"})
  public String engine;

  /** Which CVSS version. */
  @Param({"3.1", "4.0"})
  public String version;

  private List<String> vectors;

  /** Draws the vectors. */
  @Setup
  public void setUp() {
    vectors =
        version.equals("3.1")
            ? CvssWorkload.vectors(VECTORS, 31)
            : CvssWorkload.vectors4(VECTORS, 40);
  }

  /** Parses and scores every vector; the sum of the scores keeps the work alive. */
  @Benchmark
  @OperationsPerInvocation(VECTORS)
  public double parseAndScore() {
    double sum = 0;
    if (engine.equals("springett")) {
      for (String vector : vectors) {
        Score score = Cvss.fromVector(vector).calculateScore();
        sum += score.getBaseScore() + score.getTemporalScore() + score.getEnvironmentalScore();
      }
      return sum;
    }
    if (version.equals("4.0")) {
      for (String vector : vectors) {
        sum += Cvss4Vector.parse(vector).scores().score();
      }
      return sum;
    }
    for (String vector : vectors) {
      Cvss3Scores scores = Cvss3Vector.parse(vector).scores();
      sum += scores.base() + scores.temporal() + scores.environmental();
    }
    return sum;
  }
}
