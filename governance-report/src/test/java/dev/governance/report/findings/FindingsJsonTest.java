package dev.governance.report.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.governance.json.ModelWriter;
import dev.governance.rules.Finding;
import dev.governance.rules.FindingLocator;
import dev.governance.rules.Severity;
import dev.governance.rules.Subject;
import dev.governance.rules.ValidationReport;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aLocationInAWorkbookKeepsLineAndColumnAndAddsSheetAndCell() throws Exception {
    JsonNode json =
        JSON.readTree(FindingsJson.render(FindingsFixtures.REPORT, FindingsFixtures.IN_WORKBOOK));
    assertThat(byCode(json, "RACI-002").get("location").toString())
        .isEqualTo(
            "{\"line\":7,\"column\":3,\"sheet\":\"Release plan\",\"cell\":\"'Release plan'!C7\"}");
    assertThat(byCode(json, "KPI-002").has("location")).isFalse();
  }

  @Test
  void keepsTheDocumentedShapeAndAddsNotifyFixExplanationAndLocationWhenPresent() throws Exception {
    JsonNode json =
        JSON.readTree(FindingsJson.render(FindingsFixtures.REPORT, FindingsFixtures.LOCATOR));
    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly("findings", "counts", "activeCounts");
    JsonNode accountable = byCode(json, "RACI-002");
    assertThat(accountable.fieldNames())
        .toIterable()
        .containsExactly("code", "severity", "message", "subject", "fix", "location");
    assertThat(accountable.get("message").asText())
        .isEqualTo(FindingsFixtures.ACCOUNTABLE.message());
    assertThat(accountable.get("fix").asText()).isEqualTo("Keep one Accountable");
    assertThat(accountable.get("location").toString()).isEqualTo("{\"line\":7,\"column\":3}");
    JsonNode stale = byCode(json, "KPI-002");
    assertThat(stale.fieldNames())
        .toIterable()
        .containsExactly("code", "severity", "message", "subject", "notify");
    assertThat(stale.get("notify").toString()).isEqualTo("[\"program-manager\",\"system-owner\"]");
    JsonNode scored = byCode(json, "RISK-001");
    assertThat(scored.get("explanation").toString())
        .isEqualTo(
            "{\"quantity\":\"score\",\"result\":12.0,\"formula\":\"12 = 3 * 4\","
                + "\"text\":\""
                + FindingsFixtures.SCORED.explanation().orElseThrow()
                + "\",\"inputs\":{\"likelihood\":3.0,\"impact\":4.0}}");
    assertThat(json.get("counts").toString()).isEqualTo("{\"ERROR\":1,\"WARNING\":2,\"INFO\":1}");
  }

  @Test
  void aWaivedFindingNamesItsWaiverAndLastDayAndStillCounts() throws Exception {
    JsonNode json =
        JSON.readTree(
            FindingsJson.render(
                ValidationReport.of(List.of(FindingsFixtures.WAIVED, FindingsFixtures.STALE)),
                FindingLocator.NOWHERE));
    JsonNode waived = byCode(json, "GOV-005");
    assertThat(waived.fieldNames())
        .toIterable()
        .containsExactly("code", "severity", "message", "subject", "waived");
    assertThat(waived.get("waived").toString())
        .isEqualTo("{\"id\":\"go-live-accepted\",\"until\":\"2026-01-15\"}");
    assertThat(byCode(json, "KPI-002").has("waived")).isFalse();
    assertThat(json.get("counts").toString()).isEqualTo("{\"ERROR\":1,\"WARNING\":1,\"INFO\":0}");
    assertThat(json.get("activeCounts").toString())
        .as("what an exit code counts: the waived error left out")
        .isEqualTo("{\"ERROR\":0,\"WARNING\":1,\"INFO\":0}");
  }

  @Test
  void addsEachFindingsPeopleAndThePeopleToldWithTheirNamesAndCounts() throws Exception {
    ValidationReport report =
        ValidationReport.of(
            List.of(
                FindingsFixtures.STALE.withPeople(List.of("cy", "ana")),
                FindingsFixtures.ACCOUNTABLE.withPeople(List.of("ana")),
                FindingsFixtures.CUSTOM));
    JsonNode json =
        JSON.readTree(
            FindingsJson.render(
                report, FindingLocator.NOWHERE, java.util.Map.of("ana", "Ana Lima")));
    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly("findings", "counts", "activeCounts", "people");
    JsonNode stale = byCode(json, "KPI-002");
    assertThat(stale.fieldNames())
        .toIterable()
        .containsExactly("code", "severity", "message", "subject", "notify", "people");
    assertThat(stale.get("people").toString()).isEqualTo("[\"ana\",\"cy\"]");
    assertThat(byCode(json, "ACME-001").has("people")).as("only when it has people").isFalse();
    assertThat(json.get("people").toString())
        .as("a person the names do not know is named by their id")
        .isEqualTo(
            "{\"ana\":{\"name\":\"Ana Lima\",\"findings\":2},"
                + "\"cy\":{\"name\":\"cy\",\"findings\":1}}");
    assertThat(JSON.readTree(FindingsJson.render(report, FindingLocator.NOWHERE)).fieldNames())
        .toIterable()
        .as("without names, the documented shape as it was")
        .containsExactly("findings", "counts", "activeCounts");
  }

  @Test
  void writesThroughAGivenGeneratorWhatItRendersAndEachFindingAsItsObject() throws Exception {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
      g.setPrettyPrinter(ModelWriter.documentPrinter());
      FindingsJson.write(FindingsFixtures.REPORT, FindingsFixtures.LOCATOR, g);
    }
    assertThat(text + "\n")
        .isEqualTo(FindingsJson.render(FindingsFixtures.REPORT, FindingsFixtures.LOCATOR));
    StringWriter one = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(one)) {
      FindingsJson.write(FindingsFixtures.ACCOUNTABLE, FindingsFixtures.LOCATOR, g);
    }
    assertThat(JSON.readTree(one.toString()))
        .isEqualTo(
            byCode(
                JSON.readTree(
                    FindingsJson.render(FindingsFixtures.REPORT, FindingsFixtures.LOCATOR)),
                "RACI-002"));
  }

  static JsonNode byCode(JsonNode json, String code) {
    for (JsonNode f : json.get("findings")) {
      if (f.get("code").asText().equals(code)) {
        return f;
      }
    }
    throw new AssertionError("no finding " + code);
  }

  @Test
  void theSameFindingsGiveTheSameBytes() {
    assertThat(FindingsJson.render(FindingsFixtures.REPORT, FindingLocator.NOWHERE))
        .isEqualTo(FindingsJson.render(FindingsFixtures.REPORT, FindingLocator.NOWHERE))
        .endsWith("}\n")
        .doesNotContain("\"location\"");
  }

  @Test
  void nulAndUnpairedSurrogatesInAMessageAreReplacementCharacters() throws Exception {
    Finding hostile =
        Finding.builder()
            .code("RISK-001")
            .severity(Severity.ERROR)
            .subject(Subject.builder().risk("r").build())
            .message("nul\u0000 lone \uDC00 pair \uD83D\uDE00")
            .build();
    String json =
        FindingsJson.render(ValidationReport.of(List.of(hostile)), FindingLocator.NOWHERE);
    assertThat(json).doesNotContain("\\u0000").doesNotContain("\uDC00 ");
    assertThat(JSON.readTree(json).get("findings").get(0).get("message").textValue())
        .isEqualTo("nul\uFFFD lone \uFFFD pair \uD83D\uDE00");
    String sarif =
        Sarif.render("m.json", ValidationReport.of(List.of(hostile)), FindingLocator.NOWHERE, "1");
    assertThat(
            JSON.readTree(sarif)
                .get("runs")
                .get(0)
                .get("results")
                .get(0)
                .get("message")
                .get("text")
                .textValue())
        .isEqualTo("nul\uFFFD lone \uFFFD pair \uD83D\uDE00");
  }
}
