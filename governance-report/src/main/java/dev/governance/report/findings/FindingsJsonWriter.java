package dev.governance.report.findings;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.governance.json.ModelWriter;
import dev.governance.report.Texts;
import dev.governance.rules.Explanation;
import dev.governance.rules.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes the JSON of the findings formats: two-space indents, {@code \n} line ends, a final line
 * end; user text escaped by Jackson (and {@code /} kept plain), NUL and unpaired surrogates written
 * as U+FFFD ({@link Texts#wellFormed}). Shared by {@link FindingsJson}, {@link Sarif} and the
 * snapshot diff's JSON ({@code dev.governance.report.diff.DiffJson}), so that every findings
 * document is laid out alike.
 */
public final class FindingsJsonWriter {

  private static final JsonFactory JSON = new JsonFactory();

  private FindingsJsonWriter() {}

  /** What writes a document. */
  @FunctionalInterface
  public interface Body {
    /**
     * Writes the document through {@code g}.
     *
     * @param g the generator, every text it writes made well-formed
     * @throws IOException if writing fails
     */
    void write(JsonGenerator g) throws IOException;
  }

  /**
   * Returns the document {@code body} writes, pretty-printed, ending in {@code \n}.
   *
   * @param body what writes the document
   * @return the JSON text
   */
  public static String write(Body body) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = wellFormed(JSON.createGenerator(text))) {
      g.setPrettyPrinter(ModelWriter.documentPrinter());
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory does not fail", e);
    }
    return text + "\n";
  }

  /**
   * Returns a generator that writes through {@code generator}, every text made well-formed.
   *
   * @param generator where to write
   * @return the generator to write with
   */
  public static JsonGenerator wellFormed(JsonGenerator generator) {
    return ModelWriter.mapping(generator, Texts::wellFormed);
  }

  /** Writes the finding's subject ids as an object's fields. */
  static void subject(JsonGenerator g, Finding f) throws IOException {
    for (Map.Entry<String, String> id : f.subject().ids().entrySet()) {
      g.writeStringField(id.getKey(), id.getValue());
    }
  }

  /**
   * Writes, each only when the finding has it, {@code "notify"} (the roles to tell), {@code
   * "notifyPeople"} (the people to tell, by id), {@code "people"} (everyone to tell, by id: the
   * notify people and the holders of the notify roles in the finding's scope), {@code "fix"},
   * {@code "explanation"} and {@code "waived"} ({@code {"id": waiver, "until": "YYYY-MM-DD"}}, for
   * a finding a waiver accepted).
   */
  static void details(JsonGenerator g, Finding f) throws IOException {
    if (!f.notifyRoles().isEmpty()) {
      g.writeArrayFieldStart("notify");
      for (String role : f.notifyRoles()) {
        g.writeString(role);
      }
      g.writeEndArray();
    }
    if (!f.notifyPeople().isEmpty()) {
      g.writeArrayFieldStart("notifyPeople");
      for (String person : f.notifyPeople()) {
        g.writeString(person);
      }
      g.writeEndArray();
    }
    if (!f.people().isEmpty()) {
      g.writeArrayFieldStart("people");
      for (String person : f.people()) {
        g.writeString(person);
      }
      g.writeEndArray();
    }
    if (f.suggestedFix().isPresent()) {
      g.writeStringField("fix", f.suggestedFix().get());
    }
    if (f.explanation().isPresent()) {
      g.writeFieldName("explanation");
      explanation(g, f.explanation().get());
    }
    if (f.waived().isPresent()) {
      g.writeObjectFieldStart("waived");
      g.writeStringField("id", f.waived().get().id());
      g.writeStringField("until", f.waived().get().until().toString());
      g.writeEndObject();
    }
  }

  /** Writes an explanation as an object: quantity, result, formula, inputs and children. */
  private static void explanation(JsonGenerator g, Explanation e) throws IOException {
    g.writeStartObject();
    g.writeStringField("quantity", e.quantity());
    number(g, "result", e.result());
    g.writeStringField("formula", e.formula());
    g.writeStringField("text", e.toString());
    g.writeObjectFieldStart("inputs");
    for (Map.Entry<String, Double> input : e.inputs().entrySet()) {
      number(g, input.getKey(), input.getValue());
    }
    g.writeEndObject();
    if (!e.children().isEmpty()) {
      g.writeArrayFieldStart("children");
      for (Explanation child : e.children()) {
        explanation(g, child);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /**
   * Writes a number, or its text ({@code "NaN"}, {@code "Infinity"}) where JSON has no number for
   * it.
   */
  private static void number(JsonGenerator g, String field, double value) throws IOException {
    if (Double.isFinite(value)) {
      g.writeNumberField(field, value);
    } else {
      g.writeStringField(field, Double.toString(value));
    }
  }
}
