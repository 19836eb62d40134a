package dev.governance.rules.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.rules.SharedReference;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 1 of the risk issue, for CVSS v3: every vector of {@code ../shared/reference/cvss/}
 * (v3.0 and v3.1 base combinations, and random v3.1 vectors with temporal and environmental
 * metrics) scores exactly as published; 0 mismatches.
 */
class Cvss3ConformanceTest {

  @Test
  void everyBaseCombinationOfV30AndV31() throws IOException {
    for (String file : List.of("cvss/vectors_simple3", "cvss/vectors_simple31")) {
      List<String> mismatches = new ArrayList<>();
      List<String> lines = Files.readAllLines(SharedReference.file(file));
      for (String line : lines) {
        // CVSS:3.1/AV:N/.../A:H - (10.0, 10.0, 10.0): base, temporal, environmental
        String vector = line.substring(0, line.indexOf(" - "));
        String[] scores = line.substring(line.indexOf('(') + 1, line.indexOf(')')).split(", ");
        Cvss3Scores s = Cvss3Vector.parse(vector).scores();
        String actual = s.base() + ", " + s.temporal() + ", " + s.environmental();
        if (!actual.equals(String.join(", ", scores))) {
          mismatches.add(vector + ": expected " + String.join(", ", scores) + " but was " + actual);
        }
      }
      assertThat(lines).as(file).hasSize(2592);
      assertThat(mismatches).as("mismatches in %s", file).isEmpty();
    }
  }

  @Test
  void randomV31VectorsWithTemporalAndEnvironmentalMetrics() throws IOException {
    List<String> mismatches = new ArrayList<>();
    int vectors = 0;
    for (String line :
        Files.readAllLines(SharedReference.file("cvss/random31-with-temporal-environmental.tsv"))) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] columns = line.split("\t");
      vectors++;
      Cvss3Scores s = Cvss3Vector.parse(columns[0]).scores();
      String actual =
          s.base()
              + "\t"
              + s.temporal()
              + "\t"
              + s.environmental()
              + "\t"
              + s.baseSeverity().label();
      String expected = columns[1] + "\t" + columns[2] + "\t" + columns[3] + "\t" + columns[4];
      if (!actual.equals(expected)) {
        mismatches.add(columns[0] + ": expected " + expected + " but was " + actual);
      }
    }
    assertThat(vectors).isEqualTo(2000);
    assertThat(mismatches).as("mismatches").isEmpty();
  }
}
