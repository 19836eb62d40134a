package dev.governance.report.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.governance.report.findings.FindingsJson;
import dev.governance.rules.FindingLocator;
import dev.governance.rules.ValidationReport;
import dev.governance.rules.diff.SnapshotDiff;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void hasTheDocumentedShape() throws Exception {
    JsonNode json =
        JSON.readTree(
            DiffJson.render(DiffFixtures.DIFF, FindingLocator.NOWHERE, DiffFixtures.AFTER));
    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly("findings", "risks", "kpis", "raci", "milestones");
    assertThat(json.get("risks").toString())
        .isEqualTo(
            "[{\"id\":\"new-risk\",\"field\":\"risk\",\"before\":null,\"after\":\"A *new* risk\"},"
                + "{\"id\":\"stock\",\"field\":\"residualLevel\",\"before\":\"Low\",\"after\":\"High\"}]");
    assertThat(json.get("kpis").toString())
        .isEqualTo(
            "[{\"id\":\"sales\",\"before\":{\"value\":null,\"status\":\"GREY\"},"
                + "\"after\":{\"value\":4.5,\"status\":\"RED\"}},"
                + "{\"id\":\"visits\",\"before\":{\"value\":1.0,\"status\":\"GREEN\"},\"after\":null}]");
    assertThat(json.get("raci").toString())
        .isEqualTo(
            "[{\"matrix\":\"checkout\",\"activity\":\"pci\",\"role\":\"owner\",\"before\":\"A/R\","
                + "\"after\":\"\"}]");
    assertThat(json.get("milestones").toString())
        .isEqualTo("[{\"id\":\"go-live\",\"before\":\"2026-03-02\",\"after\":\"2026-03-16\"}]");
  }

  @Test
  void aFindingIsTheFindingsJsonsObjectLocatedInItsOwnSnapshotsFile() throws Exception {
    JsonNode json =
        JSON.readTree(
            DiffJson.render(DiffFixtures.DIFF, FindingLocator.NOWHERE, DiffFixtures.AFTER));
    JsonNode findings =
        JSON.readTree(
            FindingsJson.render(
                ValidationReport.of(List.of(DiffFixtures.ADDED)), DiffFixtures.AFTER));
    assertThat(json.at("/findings/added/0")).isEqualTo(findings.at("/findings/0"));
    assertThat(json.at("/findings/added/0/location/line").asInt()).isEqualTo(7);
    assertThat(json.at("/findings/added/0/message").asText())
        .isEqualTo(DiffFixtures.ADDED.message());
    assertThat(json.at("/findings/resolved/0/code").asText()).isEqualTo("KPI-001");
    assertThat(json.at("/findings/changed/0").fieldNames())
        .toIterable()
        .containsExactly("before", "after");
    assertThat(json.at("/findings/changed/0/before/code").asText()).isEqualTo("GOV-005");
  }

  @Test
  void anEmptyDiffHasEveryListEmpty() {
    SnapshotDiff empty =
        SnapshotDiff.builder()
            .beforeAsOf(LocalDate.of(2025, 1, 1))
            .afterAsOf(LocalDate.of(2025, 1, 1))
            .build();
    assertThat(DiffJson.render(empty, FindingLocator.NOWHERE, FindingLocator.NOWHERE))
        .isEqualTo(
            "{\n  \"findings\" : {\n    \"added\" : [ ],\n    \"resolved\" : [ ],\n"
                + "    \"changed\" : [ ]\n  },\n  \"risks\" : [ ],\n  \"kpis\" : [ ],\n"
                + "  \"raci\" : [ ],\n  \"milestones\" : [ ]\n}\n");
  }
}
