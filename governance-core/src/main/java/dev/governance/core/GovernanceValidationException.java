package dev.governance.core;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a factory, builder or loader is given input that is not valid governance data.
 *
 * <p>This is the library's one exception for bad input. It lists every {@link Violation} found, not
 * only the first, and its message names for each the path of the field, the value given and what
 * was expected, for example {@code effectiveness = 1.5: expected a number from 0 to 1}. Rule
 * violations in valid data are not exceptions: the engines report them as findings.
 */
public final class GovernanceValidationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final ImmutableList<Violation> violations;

  /**
   * Creates an exception reporting {@code violations}.
   *
   * @param violations what was wrong, at least one
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public GovernanceValidationException(List<Violation> violations) {
    super(message(violations));
    this.violations = ImmutableList.copyOf(violations);
  }

  /**
   * Creates an exception for a builder whose required attributes were not set. Generated builders
   * call this; the names become violations with the value {@code <missing>}.
   *
   * @param missingAttributes the names of the attributes that were not set, at least one
   */
  public GovernanceValidationException(String... missingAttributes) {
    this(
        Arrays.stream(missingAttributes)
            .map(name -> Violation.of(name, "<missing>", "a value (required attribute)"))
            .collect(ImmutableList.toImmutableList()));
  }

  /**
   * Returns an exception reporting one violation.
   *
   * @param path where the bad value is
   * @param value the value given
   * @param expected what would have been accepted
   * @return the exception, to be thrown by the caller
   */
  public static GovernanceValidationException of(String path, Object value, String expected) {
    return new GovernanceValidationException(
        ImmutableList.of(Violation.of(path, render(value), expected)));
  }

  /** Returns every violation found, in the order they were found; never empty. */
  public ImmutableList<Violation> violations() {
    return violations;
  }

  /**
   * Renders a rejected value for a message: strings quoted, everything else by {@code toString}.
   *
   * @param value the value to render
   * @return the text shown in {@link Violation#value()}
   */
  public static String render(Object value) {
    Objects.requireNonNull(value, "value");
    return value instanceof CharSequence ? "'" + value + "'" : value.toString();
  }

  private static String message(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("violations: expected at least one violation");
    }
    if (violations.size() == 1) {
      return "Invalid governance data: " + violations.get(0);
    }
    return violations.stream()
        .map(v -> "  - " + v)
        .collect(
            Collectors.joining(
                "\n", "Invalid governance data, " + violations.size() + " violations:\n", ""));
  }
}
