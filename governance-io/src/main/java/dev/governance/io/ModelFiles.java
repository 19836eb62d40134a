package dev.governance.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one entry point that reads a governance model from a file, choosing the reader by the file's
 * type, so that every command and application reads models the same way and a new format plugs in
 * here. Today a model is JSON ({@link GovernanceJson}).
 */
public final class ModelFiles {

  private ModelFiles() {}

  /**
   * Reads the model in {@code file}.
   *
   * @param file a model file
   * @return the model, named as {@code file} is given, with a locator of its elements
   * @throws LoadException if the file is not a valid model (problems name the file, line and
   *     column)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ModelFile read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return read(file.toString(), bytes);
  }

  /**
   * Reads a JSON model from {@code json}.
   *
   * @param source the document's name, such as a file name or {@code <stdin>}
   * @param json the document, UTF-8
   * @return the model with a locator of its elements
   * @throws LoadException if the document is not a valid model
   */
  public static ModelFile read(String source, byte[] json) {
    return ModelFile.builder()
        .name(source)
        .model(GovernanceJson.load(source, json))
        .locator(JsonModelLocator.of(ModelReader.FACTORY, json))
        .build();
  }
}
