package dev.governance.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Merges a JMH JSON result into the accumulated results and writes them as the Markdown table of
 * {@code BENCHMARKS.md}. A run of some benchmarks replaces only their rows, so the file always
 * holds the latest figure of every benchmark.
 *
 * <p>Usage: {@code BenchmarkTable NEW.json ACCUMULATED.json BENCHMARKS.md}.
 */
public final class BenchmarkTable {

  /** The field of a result that names the run it came from, added when it is merged. */
  static final String RUN = "governanceRun";

  /**
   * The library's side of a comparison: the value of the {@code engine} parameter or the method.
   */
  private static final String LIBRARY = "governance";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private BenchmarkTable() {}

  /**
   * Merges and writes.
   *
   * @param args the new JMH JSON file, the accumulated JSON file (created if absent) and the
   *     Markdown file to write
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException(
          "usage: BenchmarkTable NEW.json ACCUMULATED.json BENCHMARKS.md, got "
              + args.length
              + " arguments");
    }
    Path fresh = Path.of(args[0]);
    Path accumulated = Path.of(args[1]);
    ArrayNode merged =
        merge(
            read(accumulated),
            read(fresh),
            Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    Files.createDirectories(accumulated.toAbsolutePath().getParent());
    JSON.writeValue(accumulated.toFile(), merged);
    Path markdown = Path.of(args[2]);
    String kept =
        Files.exists(markdown)
            ? sectionsBelowTheTable(Files.readString(markdown, StandardCharsets.UTF_8))
            : "";
    Files.writeString(markdown, markdown(merged) + kept, StandardCharsets.UTF_8);
  }

  /**
   * Returns the sections written by other means below the table (such as "Whole command start",
   * measured with the command's launcher), from the first {@code ## } heading on, after a blank
   * line; empty when there is none. A run keeps them.
   *
   * @param existing the current {@code BENCHMARKS.md}
   * @return the sections to keep
   */
  static String sectionsBelowTheTable(String existing) {
    int at = existing.startsWith("## ") ? 0 : existing.indexOf("\n## ");
    return at < 0 ? "" : "\n" + existing.substring(at == 0 ? 0 : at + 1);
  }

  /**
   * Returns {@code earlier} with each result of {@code later} replacing the one of the same
   * benchmark and parameters, ordered by benchmark name and parameters. Each result of {@code
   * later} is stamped with {@code run} (field {@value #RUN}), so that a ratio is only ever taken
   * between results of one run.
   *
   * @param earlier accumulated JMH results
   * @param later new JMH results
   * @param run what identifies the run of {@code later} (the time it was merged)
   * @return the merged results
   */
  static ArrayNode merge(ArrayNode earlier, ArrayNode later, String run) {
    Map<String, JsonNode> byKey = new TreeMap<>();
    earlier.forEach(r -> byKey.put(key(r), r));
    later.forEach(r -> byKey.put(key(r), ((ObjectNode) r.deepCopy()).put(RUN, run)));
    ArrayNode merged = JSON.createArrayNode();
    byKey.values().forEach(merged::add);
    return merged;
  }

  /**
   * Returns the Markdown document for {@code results}: one row per benchmark and parameter set.
   *
   * @param results JMH results
   * @return the document
   */
  static String markdown(ArrayNode results) {
    StringBuilder md = new StringBuilder();
    md.append("# Benchmarks\n\n")
        .append("Written by `governance-benchmarks/run` from JMH results ")
        .append(
            "(`governance-benchmarks/results/jmh-result.json`); do not edit the table by hand"
                + " (sections")
        .append(" below it, from a `## ` heading on, are kept).\n")
        .append(
            "Each row is the latest run of that benchmark. Mode `avgt` is time per operation (lower"
                + " is better), ")
        .append(
            "`thrpt` operations per second (higher is better); what one operation is, each"
                + " benchmark's javadoc says ")
        .append(
            "(in `RaciValidationBenchmark` it is one cell of the matrix). Rows that differ only in"
                + " an `engine` ")
        .append("parameter ran in the same harness: the library beside its peer. The column ")
        .append("`library / peer` says how many times faster the library was than each peer ")
        .append("of the same run (the library's throughput over the peer's, or the peer's ")
        .append("time over the library's); the peer is the row of the same benchmark with ")
        .append("another `engine` (or, where the peer is its own method, that method with ")
        .append("no parameter the library's row lacks).\n\n")
        .append(
            "| benchmark | parameters | mode | score | error (99.9 %) | unit | library / peer |"
                + " JDK | forks x iterations |\n")
        .append("|---|---|---|---:|---:|---|---|---|---|\n");
    for (JsonNode r : results) {
      JsonNode metric = r.path("primaryMetric");
      md.append("| ")
          .append(shortName(r.path("benchmark").asText()))
          .append(" | ")
          .append(params(r))
          .append(" | ")
          .append(r.path("mode").asText())
          .append(" | ")
          .append(number(metric.path("score").asDouble()))
          .append(" | ")
          .append(number(metric.path("scoreError").asDouble()))
          .append(" | ")
          .append(metric.path("scoreUnit").asText())
          .append(" | ")
          .append(ratios(r, results))
          .append(" | ")
          .append(r.path("jdkVersion").asText())
          .append(" | ")
          .append(r.path("forks").asInt())
          .append(" x ")
          .append(r.path("measurementIterations").asInt())
          .append(" |\n");
    }
    return md.toString();
  }

  /**
   * Returns how many times faster the library's result {@code r} was than each of its peers in
   * {@code results} from the same run, as {@code "5.27 x springett"}; empty for a peer's row and
   * for a result without a peer of its run.
   */
  static String ratios(JsonNode r, ArrayNode results) {
    if (!isLibrary(r)) {
      return "";
    }
    List<String> ratios = new ArrayList<>();
    for (JsonNode peer : results) {
      if (isPeerOf(peer, r)) {
        double library = score(r);
        double other = score(peer);
        double ratio = r.path("mode").asText().equals("avgt") ? other / library : library / other;
        ratios.add(String.format(Locale.ROOT, "%.2f x %s", ratio, side(peer)));
      }
    }
    return String.join(", ", ratios);
  }

  private static boolean isLibrary(JsonNode r) {
    return side(r).equals(LIBRARY);
  }

  /** Returns the side of a comparison a result is on: its engine parameter, else its method. */
  private static String side(JsonNode r) {
    JsonNode engine = r.path("params").path("engine");
    return engine.isMissingNode() ? method(r) : engine.asText();
  }

  private static boolean isPeerOf(JsonNode peer, JsonNode library) {
    if (isLibrary(peer)
        || !peer.path(RUN).isTextual()
        || !peer.path(RUN).equals(library.path(RUN))
        || !peer.path("mode").equals(library.path("mode"))
        || !benchmarkClass(peer).equals(benchmarkClass(library))) {
      return false;
    }
    Map<String, String> peerParams = paramMap(peer);
    Map<String, String> libraryParams = paramMap(library);
    if (libraryParams.containsKey("engine")) {
      peerParams.remove("engine");
      libraryParams.remove("engine");
      return method(peer).equals(method(library)) && peerParams.equals(libraryParams);
    }
    return libraryParams.entrySet().containsAll(peerParams.entrySet());
  }

  private static double score(JsonNode r) {
    return r.path("primaryMetric").path("score").asDouble();
  }

  private static String method(JsonNode r) {
    String name = r.path("benchmark").asText();
    return name.substring(name.lastIndexOf('.') + 1);
  }

  private static String benchmarkClass(JsonNode r) {
    String name = r.path("benchmark").asText();
    return name.substring(0, Math.max(0, name.lastIndexOf('.')));
  }

  private static String key(JsonNode result) {
    return result.path("benchmark").asText() + " " + params(result);
  }

  private static Map<String, String> paramMap(JsonNode result) {
    Map<String, String> params = new TreeMap<>();
    result.path("params").properties().forEach(p -> params.put(p.getKey(), p.getValue().asText()));
    return params;
  }

  private static String params(JsonNode result) {
    List<String> parts = new ArrayList<>();
    paramMap(result).forEach((name, value) -> parts.add(name + "=" + value));
    return parts.isEmpty() ? "-" : String.join(", ", parts);
  }

  private static String shortName(String benchmark) {
    return benchmark.replaceFirst("^dev\\.governance\\.benchmarks\\.", "");
  }

  private static String number(double value) {
    if (Double.isNaN(value)) {
      return "-";
    }
    return value >= 100
        ? String.format(Locale.ROOT, "%,.0f", value)
        : String.format(Locale.ROOT, "%.3f", value);
  }

  private static ArrayNode read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return JSON.createArrayNode();
    }
    JsonNode node = JSON.readTree(file.toFile());
    if (!node.isArray()) {
      throw new IOException(
          file + ": expected a JSON array of JMH results, found " + node.getNodeType());
    }
    return (ArrayNode) node;
  }
}
