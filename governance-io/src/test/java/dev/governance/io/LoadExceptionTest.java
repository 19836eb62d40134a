package dev.governance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoadExceptionTest {

  private static LoadProblem problem(int line) {
    return LoadProblem.builder()
        .source("f")
        .line(line)
        .column(1)
        .path("$")
        .message("m" + line)
        .build();
  }

  @Test
  void listsEveryProblemOnePerLine() {
    LoadException e = new LoadException(List.of(problem(1), problem(2)));
    assertThat(e.problems()).hasSize(2);
    assertThat(e).hasMessage("f:1:1: $: m1\nf:2:1: $: m2");
  }

  @Test
  void needsAProblem() {
    assertThatThrownBy(() -> new LoadException(List.of()))
        .hasMessage("problems: expected at least one problem");
  }

  @Test
  void malformedJsonIsLocatedInPlainWords() throws Exception {
    try (com.fasterxml.jackson.core.JsonParser parser =
        new com.fasterxml.jackson.core.JsonFactory().createParser("{\"a\": [1")) {
      com.fasterxml.jackson.core.JsonProcessingException thrown = null;
      try {
        while (parser.nextToken() != null) {
          // read to the error
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        thrown = e;
      }
      assertThat(thrown).isNotNull();
      assertThat(LoadException.malformedJson("m.json", "$.a", thrown))
          .hasMessage(
              "m.json:1:9: $.a: Unexpected end-of-input: expected close marker for Array (start"
                  + " marker at [line: 1, column: 7])");
    }
  }
}
