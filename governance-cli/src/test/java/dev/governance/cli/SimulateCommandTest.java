package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.party.Person;
import dev.governance.core.risk.Risk;
import dev.governance.core.risk.RiskScenario;
import dev.governance.io.GovernanceJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

  @TempDir Path dir;

  @Test
  void jsonOutputHasTheDocumentedShapeAndIsReproducible() throws Exception {
    String[] args = {
      "simulate",
      "--frequency",
      "poisson:2",
      "--magnitude",
      "lognormal90:10000,200000",
      "--trials",
      "20000",
      "--seed",
      "7",
      "--format",
      "json"
    };
    Cli.Result result = Cli.run(args);
    assertThat(result.code()).isZero();
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly("trials", "seed", "portfolio", "risks");
    assertThat(json.get("trials").asInt()).isEqualTo(20000);
    assertThat(json.get("portfolio").fieldNames())
        .toIterable()
        .containsExactly("mean", "stddev", "p50", "p90", "p95", "p99", "p999");
    assertThat(json.at("/risks/0/id").asText()).isEqualTo("risk");
    assertThat(Cli.run(args).out()).isEqualTo(result.out());
    args[args.length - 3] = "8";
    assertThat(Cli.run(args).out()).isNotEqualTo(result.out());
  }

  @Test
  void simulatesAScenariosFileAsText() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("s.json"),
            "{\"scenarios\": [{\"id\": \"outage\", \"frequency\": \"poisson:2\", \"magnitude\":"
                + " \"lognormal90:10000,200000\"}, {\"id\": \"breach\", \"frequency\":"
                + " \"probability:0.1\", \"magnitude\": \"pert:100000,600000,5000000\"}]}");
    Cli.Result result = Cli.run("simulate", file.toString(), "--trials", "10000", "--threads", "2");
    assertThat(result.code()).isZero();
    assertThat(result.out())
        .startsWith("10000 years, seed 1\nportfolio: mean ")
        .contains("\noutage: mean ")
        .contains("\nbreach: mean ");
  }

  @Test
  void badSpecsAndFilesExit2() throws Exception {
    Cli.Result spec =
        Cli.run("simulate", "--frequency", "poisson:x", "--magnitude", "lognormal90:1,2");
    assertThat(spec.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(spec.err())
        .isEqualTo(
            "governance: Invalid governance data: frequency = 'poisson:x': expected poisson:RATE or"
                + " probability:P\n");
    Path file =
        Files.writeString(
            dir.resolve("s.json"), "{\"scenarios\": [{\"id\": \"a\", \"colour\": \"red\"}]}");
    Cli.Result bad = Cli.run("simulate", file.toString());
    assertThat(bad.err())
        .isEqualTo(
            "governance: "
                + file
                + ":1:28: $.scenarios[0].colour: unknown field; expected one of the fields of"
                + " ScenarioSpec: id, frequency, magnitude\n");
    assertThat(Cli.run("simulate").code()).isEqualTo(GovernanceCli.USAGE);
  }

  @Test
  void aScenariosFileIsReadAsStrictlyAsAModel() throws Exception {
    String scenario =
        "{\"id\": \"a\", \"frequency\": \"poisson:2\", \"magnitude\": \"lognormal90:1,10\"}";
    assertThat(error("truncated.json", "{\"scenarios\": [" + scenario))
        .endsWith(
            ":1:86: $.scenarios: Unexpected end-of-input: expected close marker for Array (start"
                + " marker at [line: 1, column: 15])\n")
        .doesNotContain("REDACTED");
    assertThat(error("twice.json", "{\"scenarios\": [{\"id\": \"a\", \"id\": \"b\"}]}"))
        .endsWith(
            ":1:28: $.scenarios[0].id: duplicate field; expected each field once in an object\n");
    assertThat(error("same.json", "{\"scenarios\": [" + scenario + ", " + scenario + "]}"))
        .endsWith(
            ":1:95: $.scenarios[1].id: found 'a', expected an id not already used by"
                + " scenarios[0]\n");
    assertThat(error("after.json", "{\"scenarios\": [" + scenario + "], \"more\": 1}"))
        .endsWith(
            ":1:89: $.more: unknown field; expected one of the fields of ScenarioFile:"
                + " scenarios\n");
    assertThat(error("none.json", "{\"scenarios\": []}"))
        .endsWith(":1:15: $.scenarios: found 'none', expected at least one scenario\n");
    assertThat(error("null.json", "{\"scenarios\": [{\"id\": null}]}"))
        .endsWith(
            ":1:23: $.scenarios[0].id: expected a string, but found null (leave the field out"
                + " instead)\n");
    assertThat(
            error(
                "spec.json",
                "{\"scenarios\": [{\"id\": \"a\", \"frequency\": \"poisson:2\",\n \"magnitude\":"
                    + " \"lognormal90:300,200\"}]}"))
        .endsWith(
            ":2:15: $.scenarios[0].magnitude: found 'lognormal90:300,200', expected"
                + " lognormal90:LOW,HIGH or pert:MIN,MODE,MAX, 0 < LOW < HIGH\n");
    assertThat(error("nul.json", "{\"scenarios\": [{\"id\": \"a\\u0000\"}]}"))
        .endsWith(
            ":1:23: $.scenarios[0].id: expected text without NUL characters or unpaired"
                + " surrogates, but found U+0000 at character 2\n");
  }

  @Test
  void aScenariosFileThatIsNotUtf8IsALocatedError() throws Exception {
    byte[] latin1 =
        "{\"scenarios\": [{\"id\": \"caf\u00e9\"}]}".getBytes(StandardCharsets.ISO_8859_1);
    Path file = Files.write(dir.resolve("latin1.json"), latin1);
    Cli.Result result = Cli.run("simulate", file.toString());
    assertThat(result.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(result.err())
        .isEqualTo(
            "governance: "
                + file
                + ":1:27: $: expected JSON text in UTF-8, but found the byte 0xE9 at byte 27,"
                + " which is not UTF-8 there\n");
  }

  private static Risk risk(String id) {
    return Risk.builder()
        .id(id)
        .title("Risk " + id)
        .category("operational")
        .programOwner("ann")
        .systemOwner("ann")
        .identifiedOn(LocalDate.of(2025, 1, 1))
        .build();
  }

  /** A model with two risks and, when asked, a loss scenario for each. */
  private Path model(boolean withScenarios) throws Exception {
    GovernanceModel.Builder model =
        GovernanceModel.builder()
            .name("risks")
            .addPeople(Person.of("ann", "Ann"))
            .addRisks(risk("R-1"), risk("R-2"));
    if (withScenarios) {
      model.addLossScenarios(
          RiskScenario.builder()
              .id("web-outage")
              .risk("R-1")
              .frequency("poisson:2")
              .magnitude("lognormal90:10000,200000")
              .build(),
          RiskScenario.builder()
              .id("data-breach")
              .risk("R-2")
              .frequency("probability:0.1")
              .magnitude("pert:100000,600000,5000000")
              .build());
    }
    return Files.write(
        dir.resolve(withScenarios ? "scenarios-model.json" : "bare-model.json"),
        GovernanceJson.toBytes(model.build()));
  }

  @Test
  void simulatesAModelsLossScenariosByTheirIds() throws Exception {
    Path model = model(true);
    Cli.Result result =
        Cli.run(
            "simulate", model.toString(), "--trials", "5000", "--seed", "3", "--format", "json");
    assertThat(result.code()).as(result.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertThat(json.get("trials").asInt()).isEqualTo(5000);
    assertThat(json.get("risks").findValuesAsText("id"))
        .containsExactly("web-outage", "data-breach");
    assertThat(json.at("/portfolio/mean").asDouble()).isPositive();
    // the same scenarios in a scenarios file simulate to the same figures
    Path file =
        Files.writeString(
            dir.resolve("same.json"),
            "{\"scenarios\": [{\"id\": \"web-outage\", \"frequency\": \"poisson:2\","
                + " \"magnitude\": \"lognormal90:10000,200000\"}, {\"id\": \"data-breach\","
                + " \"frequency\": \"probability:0.1\", \"magnitude\":"
                + " \"pert:100000,600000,5000000\"}]}");
    assertThat(
            Cli.run(
                    "simulate",
                    file.toString(),
                    "--trials",
                    "5000",
                    "--seed",
                    "3",
                    "--format",
                    "json")
                .out())
        .isEqualTo(result.out());
    Cli.Result text = Cli.run("simulate", model.toString(), "--trials", "2000");
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("\nweb-outage: mean ").contains("\ndata-breach: mean ");
    assertThat(text.out()).doesNotContain("R-1").doesNotContain("R-2");
  }

  @Test
  void aModelWithoutLossScenariosIsAUsageError() throws Exception {
    Path model = model(false);
    Cli.Result result = Cli.run("simulate", model.toString(), "--trials", "100");
    assertThat(result.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .startsWith(
            model + " has no lossScenarios; give a model with loss scenarios or a scenarios file");
  }

  private String error(String name, String json) throws Exception {
    Path file = Files.writeString(dir.resolve(name), json);
    Cli.Result result = Cli.run("simulate", file.toString(), "--trials", "100");
    assertThat(result.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(result.err()).startsWith("governance: " + file + ":");
    return result.err();
  }

  @Test
  void threadsAreCappedAtTheProcessorsAndOversizedRunsAreRejectedBeforeTheyStart() {
    Cli.Result many =
        Cli.run(
            "simulate",
            "--frequency",
            "poisson:1",
            "--magnitude",
            "lognormal90:1000,10000",
            "--trials",
            "1000",
            "--threads",
            "2147483647");
    assertThat(many.code()).isZero();
    assertThat(many.err())
        .contains("note: --threads 2147483647 capped at the ")
        .contains("available processors; results do not depend on it");
    Cli.Result huge =
        Cli.run(
            "simulate",
            "--frequency",
            "poisson:1",
            "--magnitude",
            "lognormal90:1,1e300",
            "--trials",
            "1000",
            "--format",
            "json");
    assertThat(huge.code()).isNotZero();
    assertThat(huge.out()).doesNotContain("Infinity").doesNotContain("NaN");
    assertThat(huge.err()).contains("a loss scenario whose simulated losses a double can hold");
    Cli.Result long_ =
        Cli.run(
            "simulate",
            "--frequency",
            "poisson:10000000",
            "--magnitude",
            "pert:1,2,3",
            "--trials",
            "100000");
    assertThat(long_.code()).isNotZero();
    assertThat(long_.err()).contains("at most 1e10 expected loss events a run");
  }
}
