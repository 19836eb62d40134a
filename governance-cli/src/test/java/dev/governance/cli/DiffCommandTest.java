package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, acceptance 2: {@code governance diff} between the demo model and a copy with one RACI
 * cell emptied, one risk's residual raised and one KPI observation changed reports exactly those
 * changes and the findings they cause, in text, JSON and Markdown.
 */
class DiffCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;

  private static Path old;
  private static Path changed;

  @BeforeAll
  static void files() throws Exception {
    old = Files.write(dir.resolve("old.json"), DemoCommand.embedded());
    ObjectNode model = (ObjectNode) JSON.readTree(DemoCommand.embedded());
    // the RACI cell: checkout-raci, pci-assessment, commerce-owner (A) emptied
    ArrayNode assignments = (ArrayNode) matrix(model, "checkout-raci").get("assignments");
    for (int i = 0; i < assignments.size(); i++) {
      JsonNode a = assignments.get(i);
      if (a.get("activity").asText().equals("pci-assessment")
          && a.get("role").asText().equals("commerce-owner")) {
        assignments.remove(i);
        break;
      }
    }
    // the risk: stock-accuracy's residual raised from likelihood 3, impact 2 to 5 and 4
    for (JsonNode risk : model.get("risks")) {
      if (risk.get("id").asText().equals("stock-accuracy")) {
        for (JsonNode a : risk.get("assessments")) {
          if (a.get("stage").asText().equals("RESIDUAL")) {
            ((ObjectNode) a).put("likelihood", 5).put("impact", 4);
          }
        }
      }
    }
    // the KPI observation: online sales in December 2025, 12 % becomes 4 %
    for (JsonNode o : model.get("observations")) {
      if (o.get("kpi").asText().equals("online-sales")
          && o.at("/period/start").asText().equals("2025-12-01")) {
        ((ObjectNode) o).put("value", 4.0);
      }
    }
    changed =
        Files.writeString(
            dir.resolve("new.json"),
            JSON.writerWithDefaultPrettyPrinter().writeValueAsString(model));
  }

  private static JsonNode matrix(JsonNode model, String id) {
    for (JsonNode m : model.get("raciMatrices")) {
      if (m.get("id").asText().equals(id)) {
        return m;
      }
    }
    throw new AssertionError("no matrix " + id);
  }

  /** Returns {@code out} with every finding's {@code :LINE:COLUMN} as {@code :L:C}. */
  private static String unlocated(String out) {
    return out.replaceAll(":\\d+:\\d+: ", ":L:C: ");
  }

  @Test
  void textReportsExactlyTheThreeChangesAndTheFindingsTheyCauseExit1() {
    Cli.Result result = Cli.run("diff", old.toString(), changed.toString());
    assertThat(result.code()).isEqualTo(GovernanceCli.FINDINGS);
    assertThat(result.err()).isEmpty();
    String now = changed + ":L:C: ";
    assertThat(unlocated(result.out()))
        .isEqualTo(
            "+ "
                + now
                + "ERROR RACI-001 [activity=pci-assessment, matrix=checkout-raci] Activity 'PCI DSS"
                + " assessment' has no Accountable\n"
                + "+ "
                + now
                + "ERROR RACI-004 [activity=pci-assessment, role=commerce-owner,"
                + " matrix=checkout-raci] Critical activity 'PCI DSS assessment' has no letter for"
                + " role 'commerce-owner'\n"
                + "+ "
                + now
                + "ERROR RISK-001 [risk=stock-accuracy] residual level High is above the inherent"
                + " level Moderate\n"
                + "+ "
                + now
                + "WARNING RISK-009 [risk=stock-accuracy] residual score is above the appetite"
                + " (outside tolerance) and no mitigation action is planned or in progress\n"
                + "risk stock-accuracy residual level: Low -> High\n"
                + "kpi online-sales: 12 GREEN -> 4 RED\n"
                + "raci checkout-raci pci-assessment commerce-owner: A -> (empty)\n"
                + "4 findings added, 0 resolved, 0 changed; risk changes 1, KPI changes 1, RACI"
                + " changes 1, milestone changes 0\n");
    assertThat(Cli.run("diff", old.toString(), changed.toString(), "--as-of", "2025-12-31").out())
        .as("the new model's asOf is the default day")
        .isEqualTo(result.out());
  }

  @Test
  void jsonHasTheDocumentedShapeAndExactlyTheChanges() throws Exception {
    Cli.Result result = Cli.run("diff", old.toString(), changed.toString(), "--format", "json");
    assertThat(result.code()).isEqualTo(GovernanceCli.FINDINGS);
    JsonNode json = JSON.readTree(result.out());
    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly("findings", "risks", "kpis", "raci", "milestones");
    assertThat(json.get("findings").fieldNames())
        .toIterable()
        .containsExactly("added", "resolved", "changed");
    JsonNode added = json.at("/findings/added");
    assertThat(added.findValuesAsText("code"))
        .containsExactly("RACI-001", "RACI-004", "RISK-001", "RISK-009");
    assertThat(added.get(0).fieldNames())
        .as("the findings JSON's own object, located in the new file")
        .toIterable()
        .containsExactly(
            "code", "severity", "message", "subject", "notify", "people", "fix", "location");
    assertThat(added.get(0).get("subject").toString())
        .isEqualTo("{\"activity\":\"pci-assessment\",\"matrix\":\"checkout-raci\"}");
    assertThat(json.at("/findings/resolved").size()).isZero();
    assertThat(json.at("/findings/changed").size()).isZero();
    assertThat(json.get("risks").toString())
        .isEqualTo(
            "[{\"id\":\"stock-accuracy\",\"field\":\"residualLevel\",\"before\":\"Low\","
                + "\"after\":\"High\"}]");
    assertThat(json.get("kpis").toString())
        .isEqualTo(
            "[{\"id\":\"online-sales\",\"before\":{\"value\":12.0,\"status\":\"GREEN\"},"
                + "\"after\":{\"value\":4.0,\"status\":\"RED\"}}]");
    assertThat(json.get("raci").toString())
        .isEqualTo(
            "[{\"matrix\":\"checkout-raci\",\"activity\":\"pci-assessment\","
                + "\"role\":\"commerce-owner\",\"before\":\"A\",\"after\":\"\"}]");
    assertThat(json.get("milestones").toString()).isEqualTo("[]");
  }

  @Test
  void markdownIsTheSinceTheLastMeetingPage() {
    Cli.Result result = Cli.run("diff", old.toString(), changed.toString(), "--format", "md");
    assertThat(result.code()).isEqualTo(GovernanceCli.FINDINGS);
    assertThat(result.out())
        .startsWith("# Since the last meeting\n")
        .contains(
            "## Findings\n\n4 new, 0 resolved, 0 changed.\n\n### New findings (4)\n\n"
                + "| Severity | Code | Subject | Message | Waived |\n",
            "| ERROR | RACI-001 | activity=pci-assessment, matrix=checkout-raci | Activity 'PCI DSS"
                + " assessment' has no Accountable |  |\n",
            "| ERROR | RISK-001 | risk=stock-accuracy | residual level High is above the inherent"
                + " level Moderate |  |\n",
            "## Risks\n\n1 changed.\n\n### Risk changes (1)\n\n"
                + "| Risk | Field | Before | After |\n| --- | --- | --- | --- |\n"
                + "| stock-accuracy | residual level | Low | High |\n",
            "## KPIs\n\n1 changed.\n\n### KPI changes (1)\n\n| KPI | Before | After |\n"
                + "| --- | --- | --- |\n| online-sales | 12 GREEN | 4 RED |\n",
            "| checkout-raci | pci-assessment | commerce-owner | A | (empty) |\n",
            "## Milestones\n\nNo milestone changed.\n")
        .doesNotContain("Resolved findings", "Changed findings");
  }

  @Test
  void theSameModelTwiceIsNoChangeExit0() {
    Cli.Result result = Cli.run("diff", old.toString(), old.toString());
    assertThat(result.code()).isEqualTo(GovernanceCli.OK);
    assertThat(result.out())
        .isEqualTo(
            "0 findings added, 0 resolved, 0 changed; risk changes 0, KPI changes 0, RACI"
                + " changes 0, milestone changes 0\n");
  }

  @Test
  void anUnreadableModelOrAMissingOneIsExit2WithTheFileNamed() throws Exception {
    Path broken =
        Files.writeString(dir.resolve("broken.json"), "{\"name\": \"x\",\n  \"people\": 5}");
    Cli.Result result = Cli.run("diff", old.toString(), broken.toString());
    assertThat(result.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("governance: ").contains(broken.toString());
    Cli.Result missing = Cli.run("diff", old.toString(), dir.resolve("nowhere.json").toString());
    assertThat(missing.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(missing.err()).contains("nowhere.json").contains("no such file");
    Cli.Result usage = Cli.run("diff", old.toString());
    assertThat(usage.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(usage.err()).contains("Missing required parameter: 'NEW'");
    Cli.Result format = Cli.run("diff", old.toString(), old.toString(), "--format", "sarif");
    assertThat(format.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(format.err()).contains("--format").contains("sarif");
  }

  @Test
  void helpListsTheExitCodesAsDiffDoes() {
    Cli.Result result = Cli.run("diff", "--help");
    assertThat(result.code()).isZero();
    assertThat(result.out())
        .contains("Exit codes:", "  0   no change", "  1   changes found", "  2   usage error")
        .contains("governance diff november.json december.json");
  }
}
