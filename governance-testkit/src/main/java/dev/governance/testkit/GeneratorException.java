package dev.governance.testkit;

/**
 * Thrown when a generator cannot make a value: a {@link Generator#filter filter} rejected too many
 * values in a row, or a generator drew more random choices than one value may take. The message
 * says which and what was expected. While a {@link Property} shrinks, a candidate whose generation
 * throws this is skipped, not reported.
 */
public final class GeneratorException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what could not be generated and what was expected
   */
  public GeneratorException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what could not be generated and what was expected
   * @param cause what the generator threw
   */
  public GeneratorException(String message, Throwable cause) {
    super(message, cause);
  }
}
