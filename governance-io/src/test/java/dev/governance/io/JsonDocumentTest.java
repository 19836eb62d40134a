package dev.governance.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class JsonDocumentTest {

  @Test
  void aDocumentOfExactlyTheLimitIsReadWhole() {
    byte[] json = "{\n\"name\": \"x\"}".getBytes(UTF_8);
    assertThat(JsonDocument.read("m.json", new ByteArrayInputStream(json), json.length))
        .isEqualTo(json);
  }

  @Test
  void theFirstByteOverTheLimitIsPlacedAtItsLineAndColumn() throws IOException {
    InputStream in = new ByteArrayInputStream("{\n\"name\": \"x\"}".getBytes(UTF_8));
    assertThatThrownBy(() -> JsonDocument.read("m.json", in, 10))
        .isInstanceOf(LoadException.class)
        .hasMessage(
            "m.json:2:9: $: expected a JSON document of at most 10 bytes, but found more: byte 11"
                + " is here");
    assertThat(in.available()).as("the bytes after the first one over stay unread").isEqualTo(3);
  }

  @Test
  void surrogatePairsSplitAcrossTheReadersBuffersStayOneCharacter() {
    // the encoder reads 4096 characters at a time: a pair at every place around that boundary
    for (int at = 4090; at < 4100; at++) {
      String text = "x".repeat(at) + "\uD83D\uDE00" + "y".repeat(5000);
      assertThat(JsonDocument.read("m.json", new StringReader(text)))
          .isEqualTo(text.getBytes(UTF_8));
    }
  }

  @Test
  void anUnpairedSurrogateAfterManyBuffersIsPlacedByTheBytesBeforeIt() {
    String text = "é".repeat(10_000) + "\n" + "ab\uDFFF";
    assertThatThrownBy(() -> JsonDocument.read("t", new StringReader(text)))
        .isInstanceOf(LoadException.class)
        .hasMessage(
            "t:2:3: $: expected text of Unicode characters, but found the unpaired surrogate U+DFFF"
                + " at character 10004, which has no UTF-8 form");
  }
}
