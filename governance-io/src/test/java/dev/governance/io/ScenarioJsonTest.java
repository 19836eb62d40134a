package dev.governance.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioJsonTest {

  private static final String OUTAGE =
      "{\"id\": \"outage\", \"frequency\": \"poisson:2\", \"magnitude\":"
          + " \"lognormal90:10000,200000\"}";

  @Test
  void readsTheScenariosInTheFilesOrder(@TempDir Path dir) throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("s.json"),
            "{\"scenarios\": ["
                + OUTAGE
                + ", {\"id\": \"breach\", \"frequency\": \"probability:0.1\", \"magnitude\":"
                + " \"pert:100000,600000,5000000\"}]}");
    ScenarioFile scenarios = ScenarioJson.load(file);
    assertThat(scenarios.scenarios())
        .extracting(ScenarioSpec::id, ScenarioSpec::frequency, ScenarioSpec::magnitude)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("outage", "poisson:2", "lognormal90:10000,200000"),
            org.assertj.core.groups.Tuple.tuple(
                "breach", "probability:0.1", "pert:100000,600000,5000000"));
    assertThat(scenarios.lossScenarios())
        .extracting(s -> s.id())
        .containsExactly("outage", "breach");
  }

  @Test
  void isAsStrictAsTheModel() {
    assertProblem(
        "{\"scenarios\": [" + OUTAGE + ", " + OUTAGE + "]}",
        "s.json:1:108: $.scenarios[1].id: found 'outage', expected an id not already used by"
            + " scenarios[0]");
    assertProblem(
        "{\"scenarios\": [{\"id\": \"a\", \"id\": \"b\"}]}",
        "s.json:1:28: $.scenarios[0].id: duplicate field; expected each field once in an object");
    assertProblem(
        "{\"scenarios\": [{\"id\": \"a\", \"colour\": \"red\"}]}",
        "s.json:1:28: $.scenarios[0].colour: unknown field; expected one of the fields of"
            + " ScenarioSpec: id, frequency, magnitude");
    assertProblem(
        "{\"scenarios\": []}",
        "s.json:1:15: $.scenarios: found 'none', expected at least one scenario");
    assertProblem(
        "{\"scenarios\": [{\"id\": \"a b\", \"frequency\": \"poisson:2\", \"magnitude\":"
            + " \"pert:1,2,3\"}]}",
        "s.json:1:23: $.scenarios[0].id: found 'a b', expected an id of 1 to 128 letters, digits"
            + " or . _ : / + - starting with a letter or digit");
    assertProblem(
        "{\"scenarios\": [{\"id\": \"a\", \"frequency\": \"pert:1,2,3\", \"magnitude\":"
            + " \"pert:1,2,3\"}]}",
        "s.json:1:41: $.scenarios[0].frequency: found 'pert:1,2,3', expected poisson:RATE or"
            + " probability:P");
    assertProblem(
        "{\"scenarios\": [{\"id\": \"a\"}]}",
        "s.json:1:16: $.scenarios[0].frequency: found <missing>, expected a value (required"
            + " attribute)\n"
            + "s.json:1:16: $.scenarios[0].magnitude: found <missing>, expected a value (required"
            + " attribute)");
  }

  @Test
  void acceptsOnlyUtf8() {
    byte[] latin1 =
        "{\"scenarios\": [{\"id\": \"caf\u00e9\"}]}"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> ScenarioJson.load("s.json", latin1))
        .isInstanceOf(LoadException.class)
        .hasMessage(
            "s.json:1:27: $: expected JSON text in UTF-8, but found the byte 0xE9 at byte 27,"
                + " which is not UTF-8 there");
  }

  private static void assertProblem(String json, String expected) {
    assertThatThrownBy(() -> ScenarioJson.load("s.json", json.getBytes(UTF_8)))
        .isInstanceOf(LoadException.class)
        .hasMessage(expected);
  }
}
