package dev.governance.io;

import static org.assertj.core.api.Assertions.assertThat;

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
}
