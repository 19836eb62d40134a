package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;

  private static Path model;
  private static Path sheet;
  private static Path people;

  @BeforeAll
  static void files() throws Exception {
    model = Files.write(dir.resolve("omni.json"), DemoCommand.embedded());
    sheet =
        Files.writeString(
            dir.resolve("release.csv"),
            "Activity,Critical,Owner,Lead\nPlan,yes,A,\nBuild,,R,A/R\n");
    people = Files.writeString(dir.resolve("people.csv"), "role,person\nOwner,ann\nLead,bo\n");
  }

  @Test
  void aModelsFindingsAsTextExit1OnErrors() {
    Cli.Result result = Cli.run("validate", model.toString(), "--as-of", "2025-12-31");
    assertThat(result.code()).isEqualTo(GovernanceCli.FINDINGS);
    String at = Pattern.quote(model.toString()) + ":\\d+:\\d+: ";
    assertThat(result.out())
        .containsPattern(
            at
                + Pattern.quote(
                    "ERROR RACI-002 [activity=release, matrix=mobile-raci] Activity 'Approve app"
                        + " store release' has 2 Accountables: mobile-owner, program-manager"
                        + " (tell: Ana Lima)\n"))
        .containsPattern(
            at
                + Pattern.quote(
                    "ERROR GOV-005 [program=omni, system=commerce, milestone=click-collect-go-live]"
                        + " Go-live 'Click and collect go-live' on 2025-12-08 falls inside"
                        + " commerce's freeze window 2025-11-24 to 2025-12-28 (waived by"
                        + " click-collect-freeze-accepted until 2026-01-15) (tell: Ana Lima, Cy"
                        + " Wei)\n"))
        .containsPattern(
            at
                + Pattern.quote(
                    "WARNING GOV-006 [person=fay, system=mobile, document=mobile-runbook] The"
                        + " runbook of 'Mobile app' was due for review on 2025-09-30"))
        .containsPattern(
            at
                + Pattern.quote(
                    "WARNING RISK-008 [risk=privacy-law] mitigation action retention-purge"
                        + " ('Automate retention purges on the e-commerce platform') was due on"
                        + " 2025-11-30 and is in progress"))
        .endsWith("6 errors, 3 warnings, 0 infos (1 waived)\n");
    assertThat(Cli.run("validate", model.toString()).out())
        .as("the model's own asOf is the default day")
        .isEqualTo(result.out());
  }

  @Test
  void jsonOutputHasTheDocumentedShape() throws Exception {
    Cli.Result result =
        Cli.run("validate", model.toString(), "--as-of", "2025-12-31", "--format", "json");
    JsonNode json = JSON.readTree(result.out());
    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly("findings", "counts", "activeCounts", "people");
    JsonNode first = json.get("findings").get(0);
    assertThat(first.fieldNames())
        .toIterable()
        .containsExactly(
            "code", "severity", "message", "subject", "notify", "people", "fix", "location");
    assertThat(first.get("fix").asText()).isEqualTo("Complete it and record the completion");
    assertThat(first.at("/location/line").asInt()).isPositive();
    assertThat(first.get("code").asText()).isEqualTo("CAL-001");
    assertThat(first.get("subject").fieldNames()).toIterable().containsExactly("obligation");
    assertThat(first.get("notify").toString())
        .isEqualTo("[\"program-manager\",\"steering-committee\"]");
    assertThat(first.get("people").toString()).isEqualTo("[\"ana\",\"kai\",\"lea\"]");
    JsonNode change = json.get("findings").get(1);
    assertThat(change.get("code").asText()).isEqualTo("GOV-004");
    assertThat(change.get("subject").fieldNames()).toIterable().containsExactly("system", "change");
    assertThat(change.get("notify").toString()).isEqualTo("[\"program-manager\",\"system-owner\"]");
    assertThat(change.get("people").toString())
        .as("the owner of the changed system, the manager of its program")
        .isEqualTo("[\"ana\",\"eli\"]");
    JsonNode raci = json.get("findings").get(3);
    assertThat(raci.get("code").asText()).isEqualTo("RACI-002");
    assertThat(raci.fieldNames())
        .toIterable()
        .containsExactly(
            "code", "severity", "message", "subject", "notify", "people", "fix", "location");
    assertThat(raci.get("people").toString()).isEqualTo("[\"ana\"]");
    JsonNode action = json.get("findings").get(7);
    assertThat(action.get("code").asText()).isEqualTo("RISK-008");
    assertThat(action.get("notifyPeople").toString())
        .as("the risk's program and system owners, then the action's owners not already named")
        .isEqualTo("[\"ana\",\"cy\"]");
    assertThat(action.get("people").toString()).isEqualTo("[\"ana\",\"cy\"]");
    assertThat(json.get("people").get("ana").toString())
        .isEqualTo("{\"name\":\"Ana Lima\",\"findings\":7}");
    assertThat(json.get("people").fieldNames())
        .toIterable()
        .containsExactly("ana", "cy", "eli", "fay", "kai", "lea");
    assertThat(json.get("counts").toString()).isEqualTo("{\"ERROR\":6,\"WARNING\":3,\"INFO\":0}");
  }

  @Test
  void aPolicyReachesValidateTheDashboardAndTheJsonFindingsAlike() throws Exception {
    Path policy =
        Files.writeString(
            dir.resolve("governance-policy.json"), "{\"raci\": {\"consultedLimit\": 1}}");
    Cli.Result standard = Cli.run("validate", model.toString(), "--format", "json");
    Cli.Result strict =
        Cli.run("validate", model.toString(), "--policy", policy.toString(), "--format", "json");
    assertThat(codes(JSON.readTree(standard.out()))).doesNotContain("RACI-007");
    List<String> consulted =
        codes(JSON.readTree(strict.out())).stream().filter("RACI-007"::equals).toList();
    assertThat(consulted).hasSize(4);
    assertThat(Cli.run("validate", model.toString(), "--policy", policy.toString()).out())
        .contains(
            "WARNING RACI-007 [activity=build, matrix=checkout-raci] Activity 'Build and test"
                + " checkout' has 2 Consulted, more than the limit of 1");
    Path report = dir.resolve("dashboard.json");
    assertThat(
            Cli.run(
                    "report",
                    model.toString(),
                    "--policy",
                    policy.toString(),
                    "--json",
                    report.toString())
                .code())
        .isZero();
    JsonNode table =
        JSON.readTree(report.toFile()).findParents("id").stream()
            .filter(n -> n.get("id").asText().equals("findings-all"))
            .findFirst()
            .orElseThrow();
    assertThat(table.toString().split("\"RACI-007\"", -1).length - 1)
        .as("the dashboard lists the same RACI-007 findings")
        .isEqualTo(consulted.size());
    Cli.Result typo =
        Cli.run(
            "validate",
            model.toString(),
            "--policy",
            Files.writeString(dir.resolve("typo.json"), "{\"raci\": {\"consultedLimt\": 1}}")
                .toString());
    assertThat(typo.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(typo.err())
        .isEqualTo(
            "governance: "
                + dir.resolve("typo.json")
                + ":1:11: $.raci.consultedLimt: unknown field; expected one of the fields of"
                + " RaciPolicy: accountableLimit, conflictingRoles, consultedLimit,"
                + " criticalRequiredRoles, disabled, responsibleLimit, severities\n");
    Cli.Result calendar = Cli.run("validate", model.toString(), "--calendar", "XX-NOPE");
    assertThat(calendar.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(calendar.err())
        .startsWith(
            "governance: Invalid governance data: calendar = 'XX-NOPE': expected ids such as US,"
                + " DE-BY or GB+US");
  }

  private static List<String> codes(JsonNode findings) {
    return findings.get("findings").findValuesAsText("code");
  }

  @Test
  void aSpreadsheetsJsonFindingsHaveAnEmptyPeopleObject() throws Exception {
    JsonNode json =
        JSON.readTree(
            Cli.run("validate", sheet.toString(), "--people", people.toString(), "--format", "json")
                .out());
    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly("findings", "counts", "activeCounts", "people");
    assertThat(json.get("people").toString())
        .as("a RACI sheet alone says who holds a role, not which findings reach whom")
        .isEqualTo("{}");
  }

  @Test
  void sarifOutputIsSarif210WithLocationsForASpreadsheet() throws Exception {
    Cli.Result result =
        Cli.run("validate", sheet.toString(), "--people", people.toString(), "--format", "sarif");
    assertThat(result.code()).isEqualTo(GovernanceCli.FINDINGS);
    JsonNode sarif = JSON.readTree(result.out());
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    JsonNode run = sarif.get("runs").get(0);
    assertThat(run.at("/tool/driver/name").asText()).isEqualTo("governance");
    JsonNode finding = run.get("results").get(0);
    assertThat(finding.get("ruleId").asText()).isEqualTo("RACI-003");
    assertThat(finding.get("level").asText()).isEqualTo("error");
    assertThat(finding.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo(sheet.toUri().toString());
    assertThat(finding.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(2);
    assertThat(run.at("/tool/driver/rules").findValuesAsText("id"))
        .contains("RACI-003", "RACI-004");
  }

  @Test
  void aSpreadsheetsFindingsPointAtTheirCells() {
    Cli.Result result = Cli.run("validate", sheet.toString(), "--people", people.toString());
    assertThat(result.out())
        .contains(sheet + ":2:4: ERROR RACI-004 [activity=plan, role=lead, matrix=release]");
  }

  @Test
  void unreadableOrMalformedInputExits2WithItsLocation() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\n  \"name\": 5\n}\n");
    Cli.Result malformed = Cli.run("validate", bad.toString());
    assertThat(malformed.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(malformed.err())
        .isEqualTo("governance: " + bad + ":2:11: $.name: expected a string, but found 5\n");
    Cli.Result missing = Cli.run("validate", dir.resolve("none.json").toString());
    assertThat(missing.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(missing.err())
        .isEqualTo("governance: cannot read " + dir.resolve("none.json") + ": no such file\n");
    Path badSheet = Files.writeString(dir.resolve("bad.csv"), "Activity,Owner\nPlan,A?\n");
    assertThat(Cli.run("validate", badSheet.toString()).err())
        .isEqualTo(
            "governance: "
                + badSheet
                + ":2:6: line 2, role owner: expected RACI letters such as A or A/R, found 'A?'\n");
    Cli.Result people =
        Cli.run("validate", model.toString(), "--people", ValidateCommandTest.people.toString());
    assertThat(people.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(people.err()).startsWith("--people goes with a CSV matrix, not a JSON model");
    Cli.Result dated = Cli.run("validate", sheet.toString(), "--as-of", "2026-01-01");
    assertThat(dated.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(dated.err())
        .startsWith("--as-of and --calendar judge a JSON model; a RACI matrix has no dates");
  }

  @Test
  void aMeetingDatedPastTheYear9999IsALocatedLoadError() throws Exception {
    Path far = edited("far-meeting.json", "\"heldOn\" : \"2025-01-10\"", "\"+999999999-12-31\"");
    Cli.Result result = Cli.run("validate", far.toString());
    assertThat(result.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(result.err())
        .matches(
            "governance: "
                + Pattern.quote(far.toString())
                + ":\\d+:18: "
                + Pattern.quote(
                    "$.meetings[0].heldOn: expected an ISO-8601 date in the years 1 to 9999, such"
                        + " as 2026-03-31, but found '+999999999-12-31'")
                + "\n");
  }

  @Test
  void aKpiWhoseBaselineIsItsTargetIsALocatedLoadError() throws Exception {
    Path flat = edited("flat-kpi.json", "\"baseline\" : 240.0", "45.0");
    for (List<String> args :
        List.of(
            List.of("validate", flat.toString()),
            List.of("scorecard", flat.toString()),
            List.of("report", flat.toString(), "--md", dir.resolve("r.md").toString()))) {
      String command = args.get(0);
      Cli.Result result = Cli.run(args.toArray(String[]::new));
      assertThat(result.code()).as(command).isEqualTo(GovernanceCli.USAGE);
      assertThat(result.err())
          .as(command)
          .matches(
              "governance: "
                  + Pattern.quote(flat.toString())
                  + ":\\d+:20: "
                  + Pattern.quote(
                      "$.kpis[3].baseline: found 45.0, expected a value other than the target"
                          + " 45.0: without a minimum and maximum, a KPI is scored by its progress"
                          + " from the baseline to the target")
                  + "\n");
    }
  }

  /** Writes the demo model with the first {@code field} given {@code value} instead. */
  private static Path edited(String name, String field, String value) throws Exception {
    String json = new String(DemoCommand.embedded(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(json).contains(field);
    String key = field.substring(0, field.indexOf(':') + 2);
    return Files.writeString(
        dir.resolve(name), json.replaceFirst(Pattern.quote(field), key + value));
  }
}
