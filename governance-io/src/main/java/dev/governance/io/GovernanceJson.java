package dev.governance.io;

import dev.governance.core.model.GovernanceModel;
import dev.governance.json.ModelWriter;
import dev.governance.json.SchemaWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
 */
public final class GovernanceJson {

  /** The schema's {@code $id}, which saved documents name in {@code $schema}. */
  public static final String SCHEMA_ID = "https://governance.dev/schema/governance-model-0.1.json";

  /** Where the schema is inside this jar. */
  public static final String SCHEMA_RESOURCE = "/dev/governance/io/governance-model.schema.json";

  private GovernanceJson() {}

  /**
   * Loads a model from a JSON file.
   *
   * @param file the file
   * @return the model
   * @throws LoadException if the file is not a valid model (problems name the file)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static GovernanceModel load(Path file) {
    return load(file.toString(), ModelFiles.bytes(file));
  }

  /**
   * Loads a model from UTF-8 JSON.
   *
   * @param source the document's name for errors, such as a file name or {@code <stdin>}
   * @param json the document
   * @return the model
   * @throws LoadException if the document is not a valid model
   */
  public static GovernanceModel load(String source, byte[] json) {
    return ModelReader.read(source, json, GovernanceModel.class);
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
