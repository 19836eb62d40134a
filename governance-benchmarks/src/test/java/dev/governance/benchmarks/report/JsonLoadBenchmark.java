package dev.governance.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.governance.core.model.GovernanceModel;
import dev.governance.io.GovernanceJson;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the JSON of the 10,000-risk, 100,000-activity model ({@link LargeModel}; the document's
 * size is printed at setup, so MB/s = size / time per operation): {@code governance} is {@link
 * GovernanceJson#load}, every value built and checked and the model's references resolved; the peer
 * {@code jacksonTree} is Jackson databind's {@code readTree}, the same bytes parsed into a generic
 * tree with no domain checks. The target is at least 50 MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class JsonLoadBenchmark {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private byte[] json;

  /** Saves the model as JSON. */
  @Setup
  public void save() {
    json = GovernanceJson.toBytes(LargeModel.generate());
    System.out.printf("%nJSON document: %,d bytes%n", json.length);
  }

  /** Loads the model. */
  @Benchmark
  public GovernanceModel governance() {
    return GovernanceJson.load("model.json", json);
  }

  /** Parses the same bytes into Jackson's generic tree. */
  @Benchmark
  public JsonNode jacksonTree() throws IOException {
    return MAPPER.readTree(json);
  }
}
