package dev.governance.io;

import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Reads a scenarios file ({@link ScenarioFile}) with the model's reader, so it is as strict as a
 * model: UTF-8 only, unknown and duplicate fields, {@code null}s, wrong types, unreadable specs and
 * repeated ids are {@link LoadException}s at {@code file:line:column: path}; it has at most {@link
 * GovernanceJson#MAX_DOCUMENT_BYTES} bytes, as a model has.
 */
public final class ScenarioJson {

  private ScenarioJson() {}

  /**
   * Loads a scenarios file.
   *
   * @param file the file
   * @return the scenarios
   * @throws LoadException if the file is not a valid scenarios file (problems name the file, line
   *     and column)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ScenarioFile load(Path file) {
    return load(file.toString(), JsonDocument.read(file));
  }

  /**
   * Loads a scenarios file from UTF-8 JSON.
   *
   * @param source the document's name for errors
   * @param json the document
   * @return the scenarios
   * @throws LoadException if the document is not a valid scenarios file
   */
  public static ScenarioFile load(String source, byte[] json) {
    return ModelReader.read(source, json, ScenarioFile.class);
  }
}
