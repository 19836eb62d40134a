package dev.governance.rules.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.rules.SharedReference;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 1 of the risk issue, for CVSS v4.0: every vector of {@code ../shared/reference/cvss/}
 * (base vectors; supplemental, security-requirement and threat metrics; random vectors with threat,
 * environmental and supplemental metrics) scores exactly as published, severity too; 0 mismatches.
 */
class Cvss4ConformanceTest {

  @Test
  void publishedVectorFiles() throws IOException {
    Map<String, Integer> files =
        Map.of(
            "cvss/vectors_simple4",
            1058,
            "cvss/vectors_supplemental4",
            576,
            "cvss/vectors_security4",
            54,
            "cvss/vectors_threat4",
            6);
    for (Map.Entry<String, Integer> file : files.entrySet()) {
      List<String> mismatches = new ArrayList<>();
      List<String> lines = Files.readAllLines(SharedReference.file(file.getKey()));
      for (String line : lines) {
        // CVSS:4.0/AV:N/... - (9.2,)  or  CVSS:4.0/AV:N/... - 7.3
        String vector = line.substring(0, line.indexOf(" - "));
        String expected = line.substring(line.indexOf(" - ") + 3).replaceAll("[(),]", "");
        double actual = Cvss4Vector.parse(vector).scores().score();
        if (actual != Double.parseDouble(expected)) {
          mismatches.add(vector + ": expected " + expected + " but was " + actual);
        }
      }
      assertThat(lines).as(file.getKey()).hasSize(file.getValue());
      assertThat(mismatches).as("mismatches in %s", file.getKey()).isEmpty();
    }
  }

  @Test
  void randomVectorsWithThreatEnvironmentalAndSupplementalMetrics() throws IOException {
    List<String> mismatches = new ArrayList<>();
    int vectors = 0;
    for (String line :
        Files.readAllLines(SharedReference.file("cvss/random40-with-threat-environmental.tsv"))) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] columns = line.split("\t");
      vectors++;
      Cvss4Scores s = Cvss4Vector.parse(columns[0]).scores();
      String actual = s.score() + "\t" + s.severity().label();
      String expected = columns[1] + "\t" + columns[2];
      if (!actual.equals(expected)) {
        mismatches.add(columns[0] + ": expected " + expected + " but was " + actual);
      }
    }
    assertThat(vectors).isEqualTo(2000);
    assertThat(mismatches).as("mismatches").isEmpty();
  }
}
