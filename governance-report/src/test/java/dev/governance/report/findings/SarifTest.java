package dev.governance.report.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.governance.report.ReportFixtures;
import dev.governance.rules.FindingLocator;
import dev.governance.rules.RuleCode;
import dev.governance.rules.Severity;
import dev.governance.rules.SourceRegion;
import dev.governance.rules.ValidationReport;
import dev.governance.rules.health.RuleCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * SARIF 2.1.0 output checked against the OASIS SARIF 2.1.0 JSON Schema ({@code
 * src/test/resources/sarif}, whose README names its source) and against the spec's rules on levels,
 * rule metadata, regions and artifact URIs.
 */
class SarifTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchema SCHEMA = schema();

  private static JsonSchema schema() {
    try (InputStream in = SarifTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static void assertValidSarif(String sarif) throws IOException {
    assertThat(SCHEMA.validate(JSON.readTree(sarif))).isEmpty();
  }

  @Test
  void everyRuleFoundHasItsCatalogMetadataAndEveryResultItsRuleAndRegion() throws Exception {
    String sarif =
        Sarif.render(
            "models/omni channel.json", FindingsFixtures.REPORT, FindingsFixtures.LOCATOR, "1.2.3");
    assertValidSarif(sarif);
    JsonNode run = JSON.readTree(sarif).get("runs").get(0);
    assertThat(run.at("/tool/driver/version").asText()).isEqualTo("1.2.3");
    assertThat(run.get("columnKind").asText()).isEqualTo("utf16CodeUnits");
    JsonNode rules = run.at("/tool/driver/rules");
    assertThat(rules.findValuesAsText("id"))
        .containsExactly("ACME-001", "KPI-002", "RACI-002", "RISK-001");
    RuleCode accountable = RuleCatalog.find("RACI-002").orElseThrow();
    JsonNode rule = rules.get(2);
    assertThat(rule.at("/shortDescription/text").asText()).isEqualTo(accountable.title());
    assertThat(rule.at("/fullDescription/text").asText()).isEqualTo(accountable.description());
    assertThat(rule.get("helpUri").asText()).isEqualTo(accountable.helpUri()).endsWith("#raci-002");
    assertThat(rule.at("/defaultConfiguration/level").asText()).isEqualTo("error");
    assertThat(rules.get(0).has("shortDescription"))
        .as("a code outside the catalog still has a rule")
        .isFalse();
    assertThat(rules.get(0).at("/defaultConfiguration/level").asText()).isEqualTo("warning");
    for (JsonNode result : run.get("results")) {
      assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText())
          .isEqualTo(result.get("ruleId").asText());
      assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
          .isEqualTo("models/omni%20channel.json");
      assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText())
          .isEqualTo("%SRCROOT%");
    }
    JsonNode first = run.get("results").get(0);
    assertThat(first.get("ruleId").asText()).isEqualTo("RACI-002");
    assertThat(first.at("/locations/0/physicalLocation/region").toString())
        .isEqualTo("{\"startLine\":7,\"startColumn\":3}");
    assertThat(first.at("/properties/activity").asText()).isEqualTo("release");
    assertThat(first.at("/properties/fix").asText()).isEqualTo("Keep one Accountable");
    assertThat(first.at("/message/text").asText())
        .isEqualTo(FindingsFixtures.ACCOUNTABLE.message());
  }

  @Test
  void aRegionInAWorkbookKeepsLineAndColumnAndNamesTheCellInItsPropertyBag() throws Exception {
    String sarif =
        Sarif.render("raci.xlsx", FindingsFixtures.REPORT, FindingsFixtures.IN_WORKBOOK, "0.1.0");
    assertValidSarif(sarif);
    JsonNode first = JSON.readTree(sarif).at("/runs/0/results/0");
    assertThat(first.get("ruleId").asText()).isEqualTo("RACI-002");
    assertThat(first.at("/locations/0/physicalLocation/region").toString())
        .isEqualTo(
            "{\"startLine\":7,\"startColumn\":3,\"properties\":{\"sheet\":\"Release"
                + " plan\",\"cell\":\"'Release plan'!C7\"}}");
  }

  @Test
  void theDashboardsFindingsAreValidSarifWithARegionEach() throws Exception {
    ValidationReport findings = ReportFixtures.dashboard().health().findings();
    String sarif =
        Sarif.render("model.json", findings, f -> Optional.of(SourceRegion.of(1, 1)), "0.1.0");
    assertValidSarif(sarif);
    JsonNode results = JSON.readTree(sarif).at("/runs/0/results");
    assertThat(results).hasSize(findings.findings().size());
    results.forEach(
        r ->
            assertThat(r.at("/locations/0/physicalLocation/region/startLine").asInt())
                .isEqualTo(1));
  }

  @Test
  void aWaivedFindingIsAnAcceptedExternalSuppressionJustifiedByTheWaiversReason() throws Exception {
    String sarif =
        Sarif.render(
            "model.json",
            ValidationReport.of(
                java.util.List.of(FindingsFixtures.WAIVED, FindingsFixtures.ACCOUNTABLE)),
            FindingLocator.NOWHERE,
            "1.2.3");
    assertValidSarif(sarif);
    JsonNode results = JSON.readTree(sarif).at("/runs/0/results");
    JsonNode waived = results.get(0);
    assertThat(waived.get("ruleId").asText()).isEqualTo("GOV-005");
    assertThat(waived.get("suppressions").toString())
        .isEqualTo(
            "[{\"kind\":\"external\",\"status\":\"accepted\",\"justification\":\"Go live with"
                + " hypercare, as the steering committee decided\"}]");
    assertThat(waived.at("/properties/waived/id").asText()).isEqualTo("go-live-accepted");
    assertThat(results.get(1).has("suppressions")).isFalse();
  }

  @Test
  void noFindingsIsAValidRunWithoutResults() throws Exception {
    String sarif =
        Sarif.render(
            "m.json", ValidationReport.of(java.util.List.of()), FindingLocator.NOWHERE, "0.1.0");
    assertValidSarif(sarif);
    assertThat(JSON.readTree(sarif).at("/runs/0/results")).isEmpty();
  }

  @Test
  void theSchemaCatchesWhatSarifForbids() throws Exception {
    assertThat(
            SCHEMA.validate(JSON.readTree("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {}}]}")))
        .isNotEmpty();
    assertThat(
            SCHEMA.validate(
                JSON.readTree(
                    "{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\":"
                        + " \"g\"}}, \"results\": [{\"message\": {\"text\": \"m\"}, \"level\":"
                        + " \"fatal\"}]}]}")))
        .isNotEmpty();
  }

  @Test
  void levelsAreSarifs() {
    assertThat(Sarif.level(Severity.ERROR)).isEqualTo("error");
    assertThat(Sarif.level(Severity.WARNING)).isEqualTo("warning");
    assertThat(Sarif.level(Severity.INFO)).isEqualTo("note");
  }

  @Test
  void artifactUrisArePercentEncodedRelativeReferencesOrFileUris() {
    assertThat(Sarif.artifactUri("model.json")).isEqualTo("model.json");
    assertThat(Sarif.artifactUri("my models/été #1?.json"))
        .isEqualTo("my%20models/%C3%A9t%C3%A9%20%231%3F.json");
    assertThat(Sarif.artifactUri("dir\\sub\\m.json")).isEqualTo("dir/sub/m.json");
    assertThat(Sarif.artifactUri("<stdin>")).isEqualTo("%3Cstdin%3E");
    assertThat(Sarif.artifactUri("/tmp/a b.json"))
        .isEqualTo(Path.of("/tmp/a b.json").toUri().toASCIIString())
        .isEqualTo("file:///tmp/a%20b.json");
    assertThat(Sarif.artifactUri("C:\\Users\\ann\\m 1.json"))
        .isEqualTo("file:///C:/Users/ann/m%201.json");
    assertThat(Sarif.relative("models/m.json")).isTrue();
    assertThat(Sarif.relative("file:///tmp/m.json")).isFalse();
  }
}
