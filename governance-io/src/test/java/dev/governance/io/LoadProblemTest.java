package dev.governance.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.io.ContentReference;
import org.junit.jupiter.api.Test;

class LoadProblemTest {

  @Test
  void printsAsCompilersDo() {
    LoadProblem problem =
        LoadProblem.builder()
            .source("m.json")
            .line(3)
            .column(7)
            .path("$.risks[0].impact")
            .message("expected an integer, but found 'high'")
            .build();
    assertThat(problem)
        .hasToString("m.json:3:7: $.risks[0].impact: expected an integer, but found 'high'");
  }

  @Test
  void takesItsPlaceFromAJsonParserAndTheStartWhereTheParserKnowsNone() {
    JsonLocation at = new JsonLocation(ContentReference.unknown(), 120, 4, 9);
    assertThat(LoadProblem.at("m.json", at, "$.name", "expected a string"))
        .hasToString("m.json:4:9: $.name: expected a string");
    assertThat(LoadProblem.at("m.json", (JsonLocation) null, "$", "expected a JSON object"))
        .hasToString("m.json:1:1: $: expected a JSON object");
    assertThat(LoadProblem.at("m.json", JsonLocation.NA, "$", "expected a JSON object"))
        .hasToString("m.json:1:1: $: expected a JSON object");
  }
}
