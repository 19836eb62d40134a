package dev.governance.rules.kpi;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.kpi.Aggregation;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The KPI sums against Python's {@code math.fsum} (Shewchuk's partials and a correctly rounded
 * result, an implementation independent of ours and of {@link java.math.BigDecimal}): {@code
 * fsum.py} sums each batch of a generated corpus of adversarial terms, and {@link KpiAccumulator}'s
 * SUM must give the same double for every batch, as must the BigDecimal sum the other properties
 * check against. fsum stops at an intermediate sum beyond the double range, so the corpus scales
 * terms above 1e300 down by 2<sup>-100</sup>.
 *
 * <p>Without python3 the test is skipped with a message, unless the environment variable {@code
 * GOVERNANCE_PYTHON_REQUIRED} is set (as {@code .ci/run} sets it), where it fails. The system
 * property {@code governance.fsum.seed} changes the corpus.
 */
class PythonFsumTest {

  private static final int BATCHES = 2_000;

  @Test
  void everyBatchSumsToTheDoubleMathFsumGives(@TempDir Path dir)
      throws IOException, InterruptedException, URISyntaxException {
    assumePython();
    SplittableRandom random = new SplittableRandom(Long.getLong("governance.fsum.seed", 25));
    List<List<Double>> batches = new ArrayList<>();
    for (int b = 0; b < BATCHES; b++) {
      List<Double> batch = new ArrayList<>();
      for (double term : AdversarialTerms.draw(random, random.nextInt(0, 120))) {
        batch.add(Math.abs(term) > 1e300 ? Math.scalb(term, -100) : term);
      }
      batches.add(batch);
    }
    String input =
        batches.stream()
            .map(
                batch ->
                    batch.stream().map(Double::toHexString).collect(Collectors.joining(" ")) + "\n")
            .collect(Collectors.joining());
    List<String> sums = fsum(input, dir);
    assertThat(sums).as("fsum's lines, one per batch").hasSize(BATCHES);
    List<String> mismatches = new ArrayList<>();
    for (int b = 0; b < BATCHES; b++) {
      double theirs = Double.parseDouble(sums.get(b));
      KpiAccumulator accumulator = new KpiAccumulator();
      batches.get(b).forEach(term -> accumulator.add(term, 1, 0));
      double ours = accumulator.value(Aggregation.SUM).orElse(0);
      double bigDecimal = AdversarialTerms.exactSum(batches.get(b));
      if (Double.compare(ours, theirs) != 0 || Double.compare(bigDecimal, theirs) != 0) {
        mismatches.add(
            batches.get(b)
                + "\n  ours: "
                + ours
                + "\n  fsum: "
                + theirs
                + "\n  BigDecimal: "
                + bigDecimal);
      }
    }
    assertThat(mismatches).as("batches whose sums differ from fsum's").isEmpty();
  }

  /** Skips the test, or fails it where CI requires python3, if there is no python3 with fsum. */
  private static void assumePython() throws InterruptedException {
    boolean present;
    try {
      Process probe =
          new ProcessBuilder("python3", "-c", "import math; math.fsum([1.0])")
              .redirectErrorStream(true)
              .start();
      probe.getInputStream().transferTo(OutputStream.nullOutputStream());
      present = probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0;
    } catch (IOException e) {
      present = false;
    }
    if (!present && System.getenv("GOVERNANCE_PYTHON_REQUIRED") == null) {
      Assumptions.abort(
          "python3 is not installed (apt-get install python3);"
              + " skipping the comparison of the KPI sums with math.fsum");
    }
    assertThat(present).as("python3 on the PATH").isTrue();
  }

  private static List<String> fsum(String input, Path dir)
      throws IOException, InterruptedException, URISyntaxException {
    Path script =
        Path.of(Objects.requireNonNull(PythonFsumTest.class.getResource("fsum.py")).toURI());
    Path in = Files.writeString(dir.resolve("batches.txt"), input, UTF_8);
    Path err = dir.resolve("fsum.err");
    Process python =
        new ProcessBuilder("python3", script.toString())
            .redirectInput(in.toFile())
            .redirectError(err.toFile())
            .start();
    String out = new String(python.getInputStream().readAllBytes(), UTF_8);
    assertThat(python.waitFor(5, TimeUnit.MINUTES)).as("fsum finished").isTrue();
    assertThat(python.exitValue()).as(Files.readString(err, UTF_8)).isZero();
    return out.lines().toList();
  }
}
