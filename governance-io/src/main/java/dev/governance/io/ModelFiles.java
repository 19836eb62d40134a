package dev.governance.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one entry point that reads a governance model from a file, so that every command and
 * application reads models the same way and a new model format plugs in here, chosen by the file's
 * extension. JSON ({@link GovernanceJson}) is today the one model format, and the reader of any
 * name; a RACI spreadsheet is a matrix rather than a model and is read by {@code
 * dev.governance.io.sheet.RaciWorkbook}.
 */
public final class ModelFiles {

  private ModelFiles() {}

  /**
   * Reads the model in {@code file}.
   *
   * @param file a model file
   * @return the model, named as {@code file} is given, with a locator of its elements
   * @throws LoadException if the file is not a valid model, or has more than {@link
   *     GovernanceJson#MAX_DOCUMENT_BYTES} bytes (problems name the file, line and column)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ModelFile read(Path file) {
    return read(file.toString(), JsonDocument.read(file));
  }

  /**
   * Returns the bytes of {@code file}: how the RACI sheet loader reads a file, so that an
   * unreadable one says {@code cannot read FILE} with its cause, as the JSON loaders do ({@link
   * JsonDocument}).
   */
  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
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
