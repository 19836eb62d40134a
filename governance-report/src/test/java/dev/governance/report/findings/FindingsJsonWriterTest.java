package dev.governance.report.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FindingsJsonWriterTest {

  @Test
  void writesAPrettyDocumentEndingInALineBreak() {
    assertThat(
            FindingsJsonWriter.write(
                g -> {
                  g.writeStartObject();
                  g.writeStringField("a", "x/y");
                  g.writeArrayFieldStart("b");
                  g.writeEndArray();
                  g.writeEndObject();
                }))
        .isEqualTo("{\n  \"a\" : \"x/y\",\n  \"b\" : [ ]\n}\n");
  }

  @Test
  void writesNulAndUnpairedSurrogatesAsTheReplacementCharacter() {
    assertThat(
            FindingsJsonWriter.write(
                g -> {
                  g.writeStartObject();
                  g.writeStringField("a", "n\u0000l\ud800");
                  g.writeEndObject();
                }))
        .contains("\"n\uFFFDl\uFFFD\"");
  }
}
