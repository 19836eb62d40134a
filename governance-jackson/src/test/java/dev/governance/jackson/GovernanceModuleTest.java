package dev.governance.jackson;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.governance.core.kpi.KpiSource;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.party.Person;
import dev.governance.core.raci.RaciCell;
import dev.governance.core.risk.Risk;
import dev.governance.io.GovernanceJson;
import dev.governance.io.GovernancePolicy;
import dev.governance.io.LoadException;
import dev.governance.io.PolicyJson;
import dev.governance.report.Report;
import dev.governance.report.dashboard.Dashboard;
import dev.governance.report.findings.FindingsJson;
import dev.governance.report.text.JsonRenderer;
import dev.governance.rules.FindingLocator;
import dev.governance.rules.ValidationReport;
import dev.governance.rules.health.GovernanceHealth;
import dev.governance.rules.health.HealthReport;
import dev.governance.testkit.GovernanceModelGenerator;
import dev.governance.testkit.HostileModelGenerator;
import dev.governance.testkit.ModelSize;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GovernanceModuleTest {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new GovernanceModule());

  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 15);

  /** An application's transfer object holding governance values among its own. */
  record Submission(String requestId, GovernanceModel model, List<Risk> risks) {}

  /** The issue's acceptance: a plain mapper's round trip is governance-io's, byte for byte. */
  @Test
  void aPlainMapperWritesTheBytesOfGovernanceJsonAndReadsWhatItLoads() throws Exception {
    for (long seed = 1; seed <= 100; seed++) {
      GovernanceModel model = GovernanceModelGenerator.small().generate(new SplittableRandom(seed));
      assertRoundTrip(model);
    }
    for (long seed = 1; seed <= 10; seed++) {
      assertRoundTrip(
          GovernanceModelGenerator.of(ModelSize.scaled(2)).generate(new SplittableRandom(seed)));
    }
  }

  private static void assertRoundTrip(GovernanceModel model) throws Exception {
    byte[] expected = GovernanceJson.toBytes(model);
    byte[] written = MAPPER.writeValueAsBytes(model);
    assertThat(written).isEqualTo(expected);
    GovernanceModel read = MAPPER.readValue(written, GovernanceModel.class);
    assertThat(read).isEqualTo(GovernanceJson.load("m.json", expected)).isEqualTo(model);
    assertThat(MAPPER.writeValueAsBytes(read)).isEqualTo(expected);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(model), GovernanceModel.class))
        .as("through characters, where Jackson writes characters beyond U+FFFF as they are")
        .isEqualTo(model);
  }

  @Test
  void theServiceLoaderFindsTheModuleForFindAndRegisterModules() throws Exception {
    assertThat(ObjectMapper.findModules()).hasAtLeastOneElementOfType(GovernanceModule.class);
    GovernanceModel model = GovernanceModelGenerator.small().generate(new SplittableRandom(7));
    assertThat(new ObjectMapper().findAndRegisterModules().writeValueAsBytes(model))
        .isEqualTo(GovernanceJson.toBytes(model));
  }

  @Test
  void modelsFullOfHostileTextWriteAsGovernanceJsonAndReadAsItLoads() throws Exception {
    for (long seed = 1; seed <= 50; seed++) {
      GovernanceModel model = HostileModelGenerator.small().generate(new SplittableRandom(seed));
      byte[] expected = GovernanceJson.toBytes(model);
      assertThat(MAPPER.writeValueAsBytes(model)).isEqualTo(expected);
      String loaded;
      try {
        loaded = GovernanceJson.load(GovernanceModule.DEFAULT_SOURCE, expected).toString();
      } catch (LoadException e) {
        loaded = e.getMessage();
      }
      String read;
      try {
        read = MAPPER.readValue(expected, GovernanceModel.class).toString();
      } catch (MismatchedInputException e) {
        read = e.getOriginalMessage();
      }
      assertThat(read).isEqualTo(loaded);
    }
  }

  @Test
  void theMappersOwnIndentationDoesNotChangeAWholeDocument() throws Exception {
    GovernanceModel model = GovernanceModelGenerator.small().generate(new SplittableRandom(7));
    ObjectMapper indenting =
        new ObjectMapper()
            .registerModule(new GovernanceModule())
            .enable(SerializationFeature.INDENT_OUTPUT);
    assertThat(indenting.writeValueAsBytes(model)).isEqualTo(GovernanceJson.toBytes(model));
  }

  @Test
  void insideAnApplicationsObjectValuesKeepTheirShapeAndTheMappersFormatting() throws Exception {
    GovernanceModel model = GovernanceModelGenerator.small().generate(new SplittableRandom(11));
    Submission submission = new Submission("r-1", model, model.risks());
    String json = MAPPER.writeValueAsString(submission);
    assertThat(json)
        .startsWith("{\"requestId\":\"r-1\",\"model\":{\"$schema\":")
        .doesNotContain("\n");
    JsonNode tree = MAPPER.readTree(json);
    JsonNode file = MAPPER.readTree(GovernanceJson.toBytes(model));
    assertThat(tree.get("model")).isEqualTo(file);
    assertThat(tree.get("risks")).isEqualTo(file.get("risks"));
    assertThat(MAPPER.readValue(json, Submission.class)).isEqualTo(submission);
  }

  @Test
  void partsOfTheModelAreWrittenAndReadAsInsideIt() throws Exception {
    GovernanceModel model = GovernanceModelGenerator.small().generate(new SplittableRandom(3));
    JsonNode file = MAPPER.readTree(GovernanceJson.toBytes(model));
    Risk risk = model.risks().get(0);
    Person person = model.people().get(0);
    assertThat(MAPPER.readTree(MAPPER.writeValueAsBytes(risk))).isEqualTo(file.get("risks").get(0));
    assertThat(MAPPER.readTree(MAPPER.writeValueAsBytes(person)))
        .isEqualTo(file.get("people").get(0));
    assertThat(MAPPER.readValue(MAPPER.writeValueAsBytes(risk), Risk.class)).isEqualTo(risk);
    assertThat(MAPPER.writeValueAsString(RaciCell.parse("A/R"))).isEqualTo("\"A/R\"");
    assertThat(MAPPER.readValue("\"a / r\"", RaciCell.class)).isEqualTo(RaciCell.parse("A/R"));
    assertThat(MAPPER.writeValueAsString(KpiSource.SCHEDULE_VARIANCE_DAYS))
        .as("an enum with a code is written by its code, as in the model's files")
        .isEqualTo("\"scheduleVarianceDays\"");
    assertThat(MAPPER.readValue("\"mtbf\"", KpiSource.class)).isEqualTo(KpiSource.MTBF);
  }

  @Test
  void thePolicyIsWrittenAsPolicyJsonAndReadBack() throws Exception {
    GovernancePolicy policy = GovernancePolicy.builder().build();
    byte[] written = MAPPER.writeValueAsBytes(policy);
    assertThat(written).isEqualTo(PolicyJson.toBytes(policy));
    assertThat(MAPPER.readValue(written, GovernancePolicy.class)).isEqualTo(policy);
  }

  @Test
  void reportsAndFindingsAreWrittenByTheReportRenderers() throws Exception {
    GovernanceModel model = GovernanceModelGenerator.small().generate(new SplittableRandom(5));
    HealthReport health = GovernanceHealth.standard().check(model, AS_OF);
    Report report = Dashboard.of(health).report();
    assertThat(MAPPER.writeValueAsBytes(report)).isEqualTo(JsonRenderer.render(report));
    assertThat(MAPPER.writeValueAsBytes(health))
        .as("a health report as its dashboard, what governance report --json writes")
        .isEqualTo(JsonRenderer.render(report));
    ValidationReport findings = health.findings();
    assertThat(findings.findings()).isNotEmpty();
    String rendered = FindingsJson.render(findings, FindingLocator.NOWHERE);
    assertThat(MAPPER.writeValueAsString(findings)).isEqualTo(rendered);
    assertThat(MAPPER.readTree(MAPPER.writeValueAsBytes(findings.findings().get(0))))
        .isEqualTo(MAPPER.readTree(rendered).get("findings").get(0));
  }

  @Test
  void rejectedInputGivesTheLoadersMessageAsAJacksonException() {
    List<String> documents =
        List.of(
            "{\"name\": 5}",
            "{\"name\": null}",
            "{\"name\": \"x\", \"name\": \"y\"}",
            "{\"name\": \"a\\u0000b\"}",
            "{\"name\": \"x\",\n"
                + " \"people\": [{\"id\": \"ann\", \"name\": \"Ann\", \"colour\": 1}]}",
            "[]");
    for (String document : documents) {
      String expected = loadError(document);
      assertThatThrownBy(() -> MAPPER.readValue(document, GovernanceModel.class))
          .as(document)
          .isInstanceOfSatisfying(
              MismatchedInputException.class,
              e -> {
                assertThat(e.getOriginalMessage()).isEqualTo(expected);
                assertThat(e.getTargetType()).isEqualTo(GovernanceModel.class);
                assertThat(e.getCause()).isInstanceOf(LoadException.class);
              });
    }
    assertThat(loadError("{\"name\": 5}"))
        .isEqualTo("<json>:1:10: $.name: expected a string, but found 5");
  }

  @Test
  void valuesTheModelRejectsAfterReadingArePlacedAtTheirObjectWithTheirPath() {
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    "{\"name\": \"x\",\n \"people\": [\n  {\"id\": \"ann\", \"name\": \" \"}]}",
                    GovernanceModel.class))
        .as("GovernanceJson.load reads the document again to place it at 3:25, the name's value")
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith(
            "<json>:3:3: $.people[0].name: found ' ', expected a non-blank text");
    String json =
        "{\"name\": \"x\",\n \"roles\": [{\"id\": \"owner\", \"name\": \"Owner\"}],\n"
            + " \"roleAssignments\": [{\"role\": \"owner\", \"people\": [\"bob\"]}]}";
    assertThatThrownBy(() -> MAPPER.readValue(json, GovernanceModel.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith(
            "<json>:1:1: $.roleAssignments[0].people[0]: found 'bob', expected the id of a defined"
                + " person");
  }

  @Test
  void errorsInsideAnApplicationsObjectNameTheSourceLineColumnAndBothPaths() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new GovernanceModule("request body"));
    String json =
        "{\"requestId\": \"r\",\n \"model\": {\"name\": \"x\", \"asOf\": \"2025-13-01\"}}";
    assertThatThrownBy(() -> mapper.readValue(json, Submission.class))
        .isInstanceOfSatisfying(
            MismatchedInputException.class,
            e -> {
              assertThat(e.getOriginalMessage())
                  .isEqualTo(
                      "request body:2:33: $.asOf: expected an ISO-8601 date in the years 1 to 9999,"
                          + " such as 2026-03-31, but found '2025-13-01'");
              assertThat(e.getPath()).extracting(r -> r.getFieldName()).containsExactly("model");
            });
  }

  @Test
  void malformedJsonIsTheMappersOwnParseError() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"name\": \"x\",}", GovernanceModel.class))
        .isInstanceOf(JsonParseException.class)
        .hasMessageContaining("Unexpected character ('}'");
  }

  /** The example of docs/jackson.md, as it is written there. */
  @Test
  void theDocumentedExampleRuns() throws Exception {
    GovernanceModel sent = GovernanceModelGenerator.small().generate(new SplittableRandom(21));
    String body =
        "{\"requestId\": \"r-7\", \"model\": "
            + new String(GovernanceJson.toBytes(sent), UTF_8)
            + "}";

    ObjectMapper mapper =
        JsonMapper.builder().addModule(new GovernanceModule("request body")).build();

    record Upload(String requestId, GovernanceModel model) {}

    Upload upload = mapper.readValue(body, Upload.class);
    HealthReport health =
        GovernanceHealth.standard().check(upload.model(), LocalDate.of(2026, 3, 15));
    String findings = mapper.writeValueAsString(health.findings());
    byte[] model = mapper.writeValueAsBytes(upload.model());

    assertThat(upload.model()).isEqualTo(sent);
    assertThat(findings).isEqualTo(FindingsJson.render(health.findings(), FindingLocator.NOWHERE));
    assertThat(model).isEqualTo(GovernanceJson.toBytes(sent));
  }

  @Test
  void theTypesAreTheLibrarysOwnOfTheThreeDocuments() {
    assertThat(GovernanceModule.TYPES)
        .contains(
            GovernanceModel.class,
            GovernancePolicy.class,
            Risk.class,
            Person.class,
            RaciCell.class,
            KpiSource.class)
        .doesNotContain(String.class, LocalDate.class, Report.class);
  }

  @Test
  void aBlankSourceIsRejected() {
    assertThatThrownBy(() -> new GovernanceModule(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "source: expected a name for the documents in errors, such as 'request body', but found"
                + " ' '");
  }

  private static String loadError(String document) {
    try {
      var unused = GovernanceJson.load(GovernanceModule.DEFAULT_SOURCE, document.getBytes(UTF_8));
    } catch (LoadException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected a LoadException for " + document);
  }
}
