package dev.governance.io;

import dev.governance.json.ModelWriter;
import dev.governance.json.SchemaWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Reads and writes the policy file, {@code governance-policy.json}: a {@link GovernancePolicy} as
 * strict JSON with a published JSON Schema ({@value #SCHEMA_RESOURCE}, {@code $id} {@link
 * #SCHEMA_ID}). Reading is as strict as the model's: unknown fields, wrong types and values an
 * engine rejects are errors at {@code file:line:column: path}: reading stops at the first malformed
 * token, unknown field or wrong type, and reports together the values one object's engine rejects.
 * A policy has at most {@link GovernanceJson#MAX_DOCUMENT_BYTES} bytes, as a model has.
 */
public final class PolicyJson {

  /** The policy schema's {@code $id}, named by every saved policy's {@code $schema}. */
  public static final String SCHEMA_ID = "https://governance.dev/schema/governance-policy-0.1.json";

  /** Where the policy schema is inside this jar. */
  public static final String SCHEMA_RESOURCE = "/dev/governance/io/governance-policy.schema.json";

  private PolicyJson() {}

  /**
   * Loads a policy from a JSON file.
   *
   * @param file the file
   * @return the policy
   * @throws LoadException if the file is not a valid policy (problems name the file, line and
   *     column)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static GovernancePolicy load(Path file) {
    return load(file.toString(), JsonDocument.read(file));
  }

  /**
   * Loads a policy from UTF-8 JSON.
   *
   * @param source the document's name for errors
   * @param json the document
   * @return the policy
   * @throws LoadException if the document is not a valid policy
   */
  public static GovernancePolicy load(String source, byte[] json) {
    return ModelReader.read(source, json, GovernancePolicy.class);
  }

  /**
   * Returns {@code policy} as UTF-8 JSON with {@code $schema} set, every value written (defaults
   * included), so a saved policy states the whole configuration.
   *
   * @param policy the policy
   * @return the JSON bytes
   */
  public static byte[] toBytes(GovernancePolicy policy) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ModelWriter.write(policy, SCHEMA_ID, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory does not fail", e);
    }
    return out.toByteArray();
  }

  /**
   * Returns the policy's JSON Schema (draft 2020-12), as published in {@value #SCHEMA_RESOURCE}.
   */
  public static String schema() {
    return SchemaWriter.schema(GovernancePolicy.class, SCHEMA_ID, "Governance policy");
  }
}
