package dev.governance.io;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Governance data that could not be loaded: malformed JSON or CSV, a value of the wrong type, an
 * unknown field, a missing required field, or a value the domain model rejects. Every {@link
 * #problems() problem} says where (source, line, column, path) and what was expected; the message
 * lists them all, one per line.
 */
public final class LoadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

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
