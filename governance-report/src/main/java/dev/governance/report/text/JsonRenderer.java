package dev.governance.report.text;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.governance.json.ModelWriter;
import dev.governance.json.SchemaWriter;
import dev.governance.report.Report;
import dev.governance.report.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders a report as JSON with a documented, stable schema ({@value #SCHEMA_RESOURCE}, {@code $id}
 * {@link #SCHEMA_ID}): the report's fields as its accessors name them, each block an object whose
 * {@code "type"} names its kind ({@code "Table"}, {@code "HeatMap"}, ...), dates as ISO-8601 text.
 * Fields are in a fixed order and indented by two spaces, so equal reports give equal bytes. Text
 * is written as it is, JSON-escaped, but for NUL and unpaired surrogates, which are written as
 * U+FFFD ({@link Texts#wellFormed}), as in every renderer: JSON could escape them, but what reads
 * them back may not take them (I-JSON, RFC 7493, forbids them, and so does the model loader).
 */
public final class JsonRenderer {

  /** The report schema's {@code $id}, named by every rendered report's {@code $schema}. */
  public static final String SCHEMA_ID = "https://governance.dev/schema/report-0.1.json";

  /** Where the report schema is inside this jar. */
  public static final String SCHEMA_RESOURCE = "/dev/governance/report/report.schema.json";

  private JsonRenderer() {}

  /**
   * Renders {@code report}.
   *
   * @param report the report
   * @return UTF-8 JSON
   */
  public static byte[] render(Report report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ModelWriter.write(report, SCHEMA_ID, out, Texts::wellFormed);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory does not fail", e);
    }
    return out.toByteArray();
  }

  /**
   * Writes {@code report} through {@code generator} as the JSON object {@link #render} makes of it,
   * for a framework that holds the generator (a Jackson databind serializer): with the generator's
   * own pretty printer and features, and without {@link #render}'s final line end.
   *
   * @param report the report
   * @param generator where to write, left open
   * @throws IOException if writing fails
   */
  public static void write(Report report, JsonGenerator generator) throws IOException {
    ModelWriter.writeValue(report, SCHEMA_ID, ModelWriter.mapping(generator, Texts::wellFormed));
  }

  /**
   * Returns the report's JSON Schema (draft 2020-12), as published in {@value #SCHEMA_RESOURCE}.
   */
  public static String schema() {
    return SchemaWriter.schema(Report.class, SCHEMA_ID, "Governance report");
  }
}
