package dev.governance.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.governance.core.party.Person;
import dev.governance.core.raci.RaciCell;
import dev.governance.json.fixture.Stage;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.Locale;
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

  @Test
  void everyStringAndFieldNameCanBeWrittenThroughAFunction() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ModelWriter.write(
        Person.builder().id("ann").name("Ann\u0000").build(),
        "s",
        out,
        text -> text.replace('\u0000', '?').toUpperCase(Locale.ROOT));
    assertThat(out.toString(UTF_8))
        .isEqualTo(
            "{\n"
                + "  \"$SCHEMA\" : \"S\",\n"
                + "  \"ID\" : \"ANN\",\n"
                + "  \"NAME\" : \"ANN?\"\n"
                + "}\n");
  }

  @Test
  void writesAValueThroughAGivenGeneratorAsTheDocumentHasIt() throws Exception {
    Person ann = Person.builder().id("ann").name("Ann").build();
    ByteArrayOutputStream document = new ByteArrayOutputStream();
    ModelWriter.write(ann, "s", document);
    StringWriter pretty = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(pretty)) {
      g.setPrettyPrinter(ModelWriter.documentPrinter());
      ModelWriter.writeValue(ann, "s", g);
    }
    assertThat(pretty + "\n").isEqualTo(document.toString(UTF_8));
    StringWriter compact = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(compact)) {
      g.writeStartArray();
      ModelWriter.writeValue(ann, null, g);
      ModelWriter.writeValue(RaciCell.parse("A/R"), null, g);
      ModelWriter.writeValue(Stage.APPROVED, null, g);
      g.writeEndArray();
    }
    assertThat(compact)
        .as("the generator's own formatting; leaves as their scalars, an enum by its code")
        .hasToString("[{\"id\":\"ann\",\"name\":\"Ann\"},\"A/R\",\"ST-002\"]");
  }

  @Test
  void aValueThatHasNoJsonFormIsRejected() {
    assertThatThrownBy(
            () ->
                ModelWriter.writeValue(
                    new Object(), null, new JsonFactory().createGenerator(new StringWriter())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("java.lang.Object has no method builder()");
  }

  @Test
  void aMappingGeneratorWritesItsStringsMappedAndClosesTheOneItWrapsTo() throws Exception {
    StringWriter text = new StringWriter();
    try (JsonGenerator g =
        ModelWriter.mapping(new JsonFactory().createGenerator(text), s -> s + "!")) {
      g.writeStartObject();
      g.writeStringField("a", "b");
      g.writeFieldName("c");
      g.writeString((String) null);
      g.writeNumberField("n", 1);
      g.writeEndObject();
    }
    assertThat(text).hasToString("{\"a!\":\"b!\",\"c!\":null,\"n!\":1}");
  }
}
