package dev.governance.io;

import com.fasterxml.jackson.core.JsonParser;
import dev.governance.core.model.GovernanceModel;
import dev.governance.json.ModelWriter;
import dev.governance.json.SchemaWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The JSON form of a {@link GovernanceModel}: load, save and its published JSON Schema.
 *
 * <p>The form follows the domain model one to one: an object per value with a field per attribute,
 * named as the Java accessor ({@code roleAssignments}, {@code likelihoodScale}); dates, instants
 * and periods as ISO-8601 text, money amounts as JSON numbers kept exact, RACI cells as letters
 * ({@code "A/R"}), enums by name. Optional fields are left out when absent; defaults may be left
 * out. The root object may carry {@code "$schema"}. The schema is at {@link #SCHEMA_ID} and in this
 * jar as {@value #SCHEMA_RESOURCE}.
 *
 * <p>Loading is strict and exact: an unknown field, a duplicate field, a {@code null}, a value of
 * the wrong type or a value the model rejects (a dangling reference, a blank id) is a {@link
 * LoadException} whose problems give the file, line, column and JSON path ({@code
 * $.risks[3].systemOwner}). Saving then loading gives an equal model.
 *
 * <p>A document has at most {@link #MAX_DOCUMENT_BYTES} bytes, however it is given: a file, bytes,
 * a stream or a reader's characters (counted in UTF-8). A longer one is a {@code LoadException} at
 * its first byte past the limit, and a file or stream is read no further than that byte.
 */
public final class GovernanceJson {

  /** The schema's {@code $id}, which saved documents name in {@code $schema}. */
  public static final String SCHEMA_ID = ModelWriter.MODEL_SCHEMA_ID;

  /** Where the schema is inside this jar. */
  public static final String SCHEMA_RESOURCE = "/dev/governance/io/governance-model.schema.json";

  /**
   * The most bytes a JSON document may have: 256 MiB, twice the largest model the benchmarks load
   * (125 MiB: 10,000 risks, 100,000 RACI activities, 2,000 people), so that a stream without end or
   * a wrong file fails at a known size rather than when memory runs out. The policy and scenarios
   * files ({@link PolicyJson}, {@link ScenarioJson}) have the same limit.
   */
  public static final int MAX_DOCUMENT_BYTES = 256 << 20;

  private GovernanceJson() {}

  /**
   * Loads a model from a JSON file.
   *
   * @param file the file
   * @return the model
   * @throws LoadException if the file is not a valid model, or has more than {@link
   *     #MAX_DOCUMENT_BYTES} bytes (problems name the file)
   * @throws UncheckedIOException if the file cannot be read: {@code cannot read FILE}, with the
   *     cause
   */
  public static GovernanceModel load(Path file) {
    return load(file.toString(), JsonDocument.read(file));
  }

  /**
   * Loads a model from UTF-8 JSON.
   *
   * @param source the document's name for errors, such as a file name or {@code <stdin>}
   * @param json the document
   * @return the model
   * @throws LoadException if the document is not a valid model, or has more than {@link
   *     #MAX_DOCUMENT_BYTES} bytes
   */
  public static GovernanceModel load(String source, byte[] json) {
    return ModelReader.read(source, json, GovernanceModel.class);
  }

  /**
   * Loads a model from a stream of UTF-8 JSON, such as a request body, reading it to its end and
   * leaving it open. What the stream gives is read exactly as {@link #load(String, byte[])} reads
   * the same bytes, with the same errors.
   *
   * @param source the document's name for errors, such as {@code <stdin>} or a URL
   * @param in the document
   * @return the model
   * @throws LoadException if the document is not a valid model, or has more than {@link
   *     #MAX_DOCUMENT_BYTES} bytes: then at the first byte past the limit, the last one read
   * @throws UncheckedIOException if {@code in} cannot be read: {@code cannot read SOURCE}, with the
   *     stream's {@link IOException} as the cause
   */
  public static GovernanceModel load(String source, InputStream in) {
    return load(source, JsonDocument.read(source, in));
  }

  /**
   * Loads a model from the characters of JSON text, such as a string's or a text field's, reading
   * {@code in} to its end and leaving it open.
   *
   * <p>The document is the UTF-8 form of the characters: it is read exactly as {@link #load(String,
   * byte[])} reads those bytes, with the same errors, its lines and columns counted the same way
   * (columns in UTF-8 bytes) and its size in UTF-8 bytes. So a first character U+FEFF is a
   * byte-order mark and skipped, as the bytes {@code EF BB BF} are, and anywhere else it is what
   * those bytes are (a character inside a string, an error between tokens). The characters are
   * taken as the reader gives them: a reader that decoded bytes leniently ({@link
   * java.io.InputStreamReader} writes U+FFFD for bytes that are not UTF-8) has already hidden what
   * {@link #load(String, InputStream)} would reject, so give bytes as a stream. An unpaired
   * surrogate, which has no UTF-8 form, is an error at its place: {@code m.json:1:11: $: expected
   * text of Unicode characters, but found the unpaired surrogate U+D800 at character 11, which has
   * no UTF-8 form}.
   *
   * @param source the document's name for errors
   * @param in the document's characters
   * @return the model
   * @throws LoadException if the document is not a valid model, holds an unpaired surrogate, or has
   *     more than {@link #MAX_DOCUMENT_BYTES} bytes in UTF-8: then at the first byte past the
   *     limit, the reader read at most 4096 characters further
   * @throws UncheckedIOException if {@code in} cannot be read: {@code cannot read SOURCE}, with the
   *     reader's {@link IOException} as the cause
   */
  public static GovernanceModel load(String source, Reader in) {
    return load(source, JsonDocument.read(source, in));
  }

  /**
   * Reads one value of the JSON form from a parser that a framework holds, such as a Jackson
   * databind deserializer's: a model, a policy ({@link GovernancePolicy}), a scenarios file, or any
   * value inside them ({@code Risk}, {@code RaciMatrix}, a {@code RaciCell}, an enum), read as
   * {@link #load(String, byte[])} reads it inside a document.
   *
   * <p>The parser is the caller's: read from its current token (from its next one if it has none
   * yet) to the value's last token, where it is left; not closed. What it accepts as JSON and how
   * it decodes bytes are its own configuration, so a malformed document is its exception, and the
   * check that bytes are strict UTF-8 is not made. Everything else is checked as {@code load}
   * checks it: unknown and duplicate fields, {@code null}s, wrong types, NULs and unpaired
   * surrogates in text (each at the parser's line and column, with its path from the value, {@code
   * $}), and values the model rejects; those, found once the object is read, are placed at the
   * start of that object (for references across the model, the model's), with their exact path,
   * since the document is not at hand to read again.
   *
   * @param source the document's name for errors
   * @param parser the parser, at the value or before it
   * @param type the value's type: an Immutables domain value type or a leaf type
   * @param <T> the value's type
   * @return the value
   * @throws LoadException if the value is not a valid {@code type}
   * @throws IOException if the parser fails, such as on malformed JSON (its own exception)
   * @throws IllegalArgumentException if {@code type} is not a type of the JSON form
   */
  public static <T> T read(String source, JsonParser parser, Class<T> type) throws IOException {
    return ModelReader.read(source, parser, type);
  }

  /**
   * Saves {@code model} as UTF-8 JSON with {@code $schema} set, leaving {@code out} open.
   *
   * @param model the model
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void save(GovernanceModel model, OutputStream out) throws IOException {
    ModelWriter.write(model, SCHEMA_ID, out);
  }

  /**
   * Returns {@code model} as UTF-8 JSON, as {@link #save} writes it.
   *
   * @param model the model
   * @return the JSON bytes
   */
  public static byte[] toBytes(GovernanceModel model) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      save(model, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory does not fail", e);
    }
    return out.toByteArray();
  }

  /** Returns the model's JSON Schema (draft 2020-12), as published in {@value #SCHEMA_RESOURCE}. */
  public static String schema() {
    return SchemaWriter.schema(GovernanceModel.class, SCHEMA_ID, "Governance model");
  }
}
