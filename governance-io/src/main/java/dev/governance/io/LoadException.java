package dev.governance.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Governance data that could not be loaded: malformed JSON or CSV, a value of the wrong type, an
 * unknown field, a missing required field, or a value the domain model rejects. Every {@link
 * #problems() problem} says where (source, line, column, path) and what was expected; the message
 * lists them all, one per line.
 */
public final class LoadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Jackson's placeholder for a source it was not given, inside a location it quotes. */
  private static final Pattern REDACTED_SOURCE = Pattern.compile("\\[Source: REDACTED[^;]*; ");

  private final ImmutableList<LoadProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems what is wrong, at least one
   */
  public LoadException(List<LoadProblem> problems) {
    super(message(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * Returns the error of a document that is not well-formed JSON, at the place the parser stopped,
   * with the parser's own words but without its placeholder for the source it was not given.
   *
   * @param source the document's name, such as a file name
   * @param path the JSON path being read, such as {@code $.people}
   * @param e the parser's exception
   * @return the exception to throw
   */
  public static LoadException malformedJson(String source, String path, JsonProcessingException e) {
    return new LoadException(
        List.of(
            LoadProblem.at(
                source,
                e.getLocation(),
                path,
                REDACTED_SOURCE.matcher(e.getOriginalMessage()).replaceAll("["))));
  }

  /** Returns every problem found, in document order where known. */
  public ImmutableList<LoadProblem> problems() {
    return problems;
  }

  private static String message(List<LoadProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems: expected at least one problem");
    }
    return problems.stream().map(LoadProblem::toString).collect(Collectors.joining("\n"));
  }
}
