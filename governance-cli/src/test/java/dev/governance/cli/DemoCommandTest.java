package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchema SARIF = sarifSchema();

  @TempDir Path dir;

  @Test
  void writesTheSixFilesAndAOneScreenSummary() {
    Cli.Result result = Cli.run("demo", "--out", dir.toString());
    assertThat(result.code()).isZero();
    for (String file :
        new String[] {
          "dashboard.html",
          "report.md",
          "model.json",
          "findings.json",
          "findings.sarif",
          "deadlines.ics"
        }) {
      assertThat(dir.resolve(file)).as(file).isNotEmptyFile();
    }
    assertThat(result.out())
        .startsWith("Global retailer: omni-channel program, as of 2025-12-31\n")
        .contains(
            "12 projects, 5 systems, 18 people, 3 RACI matrices, 5 risks, 6 KPIs, 5 obligations")
        .contains("findings: 6 ERROR, 3 WARNING, 0 INFO, 1 waived")
        .contains("ERROR CAL-001 [obligation=risk-review]")
        .contains("ERROR GOV-004 [system=pos, change=cr-pos-terminals]")
        .contains("ERROR RACI-002 [activity=release, matrix=mobile-raci]");
    assertThat(result.out().lines()).hasSizeLessThan(25);
  }

  @Test
  void theDemosOwnModelValidatedWithNoOptionGivesTheDemosFindings() throws Exception {
    assertThat(Cli.run("demo", "--out", dir.toString()).code()).isZero();
    Path model = dir.resolve("model.json");
    Cli.Result json = Cli.run("validate", model.toString(), "--format", "json");
    assertThat(json.out()).isEqualTo(Files.readString(dir.resolve("findings.json")));
    Cli.Result sarif = Cli.run("validate", model.toString(), "--format", "sarif");
    assertThat(sarif.code()).isEqualTo(GovernanceCli.FINDINGS);
    JsonNode document = JSON.readTree(sarif.out());
    assertThat(SARIF.validate(document)).isEmpty();
    JsonNode results = document.at("/runs/0/results");
    assertThat(results).hasSize(9);
    results.forEach(
        r ->
            assertThat(r.at("/locations/0/physicalLocation/region/startLine").asInt())
                .isPositive());
    String demo = Files.readString(dir.resolve("findings.sarif"));
    assertThat(SARIF.validate(JSON.readTree(demo))).isEmpty();
    assertThat(JSON.readTree(demo).at("/runs/0/results").findValuesAsText("startLine"))
        .isEqualTo(results.findValuesAsText("startLine"));
  }

  @Test
  void theDemosModelFeedsMetricsAndSimulateFromItsRecords() throws Exception {
    assertThat(Cli.run("demo", "--out", dir.toString()).code()).isZero();
    String model = dir.resolve("model.json").toString();
    Cli.Result simulate = Cli.run("simulate", model, "--trials", "2000");
    assertThat(simulate.code()).isZero();
    assertThat(simulate.out())
        .startsWith("2000 years, seed 1\n")
        .contains("privacy-fine: mean ")
        .contains("peak-payment-outage: mean ")
        .contains("store-disruption: mean ");
    JsonNode quarter =
        JSON.readTree(
            Cli.run(
                    "metrics",
                    model,
                    "--from",
                    "2025-10-01",
                    "--to",
                    "2025-12-31",
                    "--format",
                    "json")
                .out());
    assertThat(quarter.at("/systems/0/id").asText()).isEqualTo("commerce");
    assertThat(quarter.at("/systems/0/availability").asDouble()).isCloseTo(99.96, within(0.0005));
    assertThat(quarter.at("/programs/0/bac").asDouble()).isEqualTo(45_000_000.0);
  }

  /**
   * The OASIS SARIF 2.1.0 schema the report module's tests keep (its README there names its
   * source).
   */
  private static JsonSchema sarifSchema() {
    Path schema =
        Path.of(
            "..",
            "governance-report",
            "src",
            "test",
            "resources",
            "sarif",
            "sarif-schema-2.1.0.json");
    try (InputStream in = Files.newInputStream(schema)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    } catch (IOException e) {
      throw new AssertionError("the SARIF schema is kept at " + schema.toAbsolutePath(), e);
    }
  }
}
