package dev.governance.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.party.Person;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class ModelWriterTest {

  @Test
  void writesPresentAttributesInStableOrderAndLeavesTheStreamOpen() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ModelWriter.write(
        Person.builder().id("ann").name("Ann").email("ann@example.org").build(), null, out);
    out.write('x');
    assertThat(out.toString(UTF_8))
        .isEqualTo(
            "{\n"
                + "  \"id\" : \"ann\",\n"
                + "  \"name\" : \"Ann\",\n"
                + "  \"email\" : \"ann@example.org\"\n"
                + "}\n"
                + "x");
  }
}
