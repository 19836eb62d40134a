package dev.governance.io;

import org.immutables.value.Value;

/**
 * One thing wrong in loaded data, with where it is: the source (a file name), the line and column
 * (both from 1), the path inside the document ({@code $.risks[3].likelihood} in JSON, {@code row 4,
 * column "Security lead"} in a spreadsheet) and what was expected.
 */
@Value.Immutable
abstract class AbstractLoadProblem {

  /** Returns the source, such as the file name. */
  public abstract String source();

  /** Returns the line, from 1. */
  public abstract int line();

  /** Returns the column, from 1. */
  public abstract int column();

  /** Returns the path of the offending value inside the document. */
  public abstract String path();

  /** Returns what is wrong and what was expected. */
  public abstract String message();

  /** Returns {@code source:line:column: path: message}, the form compilers and editors link. */
  @Override
  public String toString() {
    return source() + ":" + line() + ":" + column() + ": " + path() + ": " + message();
  }
}
