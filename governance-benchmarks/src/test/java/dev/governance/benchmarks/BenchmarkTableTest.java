package dev.governance.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkTableTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static ArrayNode results(String json) throws IOException {
    return (ArrayNode) JSON.readTree(json);
  }

  private static String result(String name, int scale, double score) {
    return "{\"benchmark\":\"dev.governance.benchmarks."
        + name
        + "\",\"mode\":\"avgt\",\"forks\":1,"
        + "\"measurementIterations\":5,\"jdkVersion\":\"17.0.15\",\"params\":{\"scale\":\""
        + scale
        + "\"},"
        + "\"primaryMetric\":{\"score\":"
        + score
        + ",\"scoreError\":1.25,\"scoreUnit\":\"us/op\"}}";
  }

  @Test
  void laterResultsReplaceEarlierOnesOfTheSameBenchmarkAndParameters() throws IOException {
    ArrayNode earlier = results("[" + result("A.x", 1, 10) + "," + result("A.x", 10, 100) + "]");
    ArrayNode later = results("[" + result("A.x", 1, 12) + "," + result("B.y", 1, 5) + "]");
    ArrayNode merged = BenchmarkTable.merge(earlier, later, "run-2");
    assertThat(merged).hasSize(3);
    assertThat(merged.get(0).path("primaryMetric").path("score").asDouble()).isEqualTo(12);
    assertThat(merged.get(1).path("params").path("scale").asText()).isEqualTo("10");
    assertThat(merged.get(0).path(BenchmarkTable.RUN).asText()).isEqualTo("run-2");
    assertThat(merged.get(1).path(BenchmarkTable.RUN).isMissingNode()).isTrue();
  }

  private static String run(String name, String mode, String params, double score, String run) {
    return "{\"benchmark\":\"dev.governance.benchmarks."
        + name
        + "\",\"mode\":\""
        + mode
        + "\",\"forks\":3,\"measurementIterations\":10,\"jdkVersion\":\"17.0.15\",\"params\":{"
        + params
        + "},\"primaryMetric\":{\"score\":"
        + score
        + ",\"scoreError\":1.0,\"scoreUnit\":\"ops/s\"},\""
        + BenchmarkTable.RUN
        + "\":\""
        + run
        + "\"}";
  }

  @Test
  void ratioOfTheLibraryToEachPeerOfTheSameRun() throws IOException {
    ArrayNode results =
        results(
            "["
                + run("C.parse", "thrpt", "\"engine\":\"governance\",\"v\":\"3\"", 1000, "r1")
                + ","
                + run("C.parse", "thrpt", "\"engine\":\"peer\",\"v\":\"3\"", 100, "r1")
                + ","
                + run("C.parse", "thrpt", "\"engine\":\"peer\",\"v\":\"4\"", 1, "r1")
                + ","
                + run("C.parse", "thrpt", "\"engine\":\"other\",\"v\":\"3\"", 400, "r1")
                + ","
                + run("J.governance", "avgt", "", 50, "r1")
                + ","
                + run("J.jacksonTree", "avgt", "", 75, "r1")
                + ","
                + run("L.governance", "thrpt", "\"threads\":\"2\"", 84, "r2")
                + ","
                + run("L.commons", "thrpt", "", 40, "r2")
                + ","
                + run("L.slow", "thrpt", "\"threads\":\"1\"", 40, "r2")
                + ","
                + run("S.governance", "thrpt", "", 84, "r3")
                + ","
                + run("S.commons", "thrpt", "", 40, "r2")
                + "]");
    assertThat(BenchmarkTable.ratios(results.get(0), results))
        .isEqualTo("10.00 x peer, 2.50 x other");
    assertThat(BenchmarkTable.ratios(results.get(1), results)).isEmpty();
    assertThat(BenchmarkTable.ratios(results.get(4), results)).isEqualTo("1.50 x jacksonTree");
    assertThat(BenchmarkTable.ratios(results.get(6), results)).isEqualTo("2.10 x commons");
    assertThat(BenchmarkTable.ratios(results.get(9), results)).as("another run").isEmpty();
    assertThat(BenchmarkTable.markdown(results))
        .contains(
            "| C.parse | engine=governance, v=3 | thrpt | 1,000 | 1.000 | ops/s | 10.00 x peer,"
                + " 2.50 x other | 17.0.15 | 3 x 10 |");
  }

  @Test
  void writesOneRowPerResult() throws IOException {
    String md =
        BenchmarkTable.markdown(
            results(
                "["
                    + result("ModelBuildingBenchmark.buildWithIntegrityCheck", 100, 12345.678)
                    + "]"));
    assertThat(md)
        .contains(
            "| ModelBuildingBenchmark.buildWithIntegrityCheck | scale=100 | avgt | 12,346 | 1.250 |"
                + " us/op |  | 17.0.15 | 1 x 5 |");
  }

  @Test
  void mergesFilesAndWritesTheTable(@TempDir Path dir) throws IOException {
    Path fresh = dir.resolve("new.json");
    Files.writeString(fresh, "[" + result("A.x", 1, 10) + "]");
    Path accumulated = dir.resolve("results/all.json");
    Path md = dir.resolve("BENCHMARKS.md");
    BenchmarkTable.main(new String[] {fresh.toString(), accumulated.toString(), md.toString()});
    BenchmarkTable.main(new String[] {fresh.toString(), accumulated.toString(), md.toString()});
    assertThat(results(Files.readString(accumulated))).hasSize(1);
    assertThat(Files.readString(md)).contains("| A.x | scale=1 | avgt | 10.000 |");
  }

  @Test
  void keepsTheSectionsBelowTheTable(@TempDir Path dir) throws IOException {
    Path fresh = dir.resolve("new.json");
    Files.writeString(fresh, "[" + result("A.x", 1, 10) + "]");
    Path md = dir.resolve("BENCHMARKS.md");
    Files.writeString(md, "# Benchmarks\n\n| old table |\n\n## Whole command start\n\nfigures\n");
    BenchmarkTable.main(
        new String[] {fresh.toString(), dir.resolve("acc.json").toString(), md.toString()});
    String written = Files.readString(md);
    assertThat(written).doesNotContain("old table").contains("| A.x |");
    assertThat(written).endsWith(" |\n\n## Whole command start\n\nfigures\n");
    assertThat(BenchmarkTable.sectionsBelowTheTable("# Benchmarks\n| table |\n")).isEmpty();
  }

  @Test
  void rejectsWrongArgumentsAndFiles(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> BenchmarkTable.main(new String[] {"a"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "usage: BenchmarkTable NEW.json ACCUMULATED.json BENCHMARKS.md, got 1 arguments");
    Path notArray = dir.resolve("bad.json");
    Files.writeString(notArray, "{}");
    assertThatThrownBy(
            () ->
                BenchmarkTable.main(
                    new String[] {
                      notArray.toString(),
                      dir.resolve("acc.json").toString(),
                      dir.resolve("b.md").toString()
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage(notArray + ": expected a JSON array of JMH results, found OBJECT");
  }
}
