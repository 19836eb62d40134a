package dev.governance.rules;

import static dev.governance.core.ArgChecker.positive;

import org.immutables.value.Value;

/**
 * Where in an input file a finding's subject is: a line and a column, both counted from 1, as
 * SARIF's {@code region.startLine} and {@code region.startColumn} and the {@code FILE:LINE:COLUMN}
 * prefix of compiler-style messages.
 */
@Value.Immutable
abstract class AbstractSourceRegion {

  /** Returns the line, from 1. */
  @Value.Parameter
  public abstract int line();

  /** Returns the column, from 1. */
  @Value.Parameter
  public abstract int column();

  /** Returns {@code LINE:COLUMN}. */
  @Override
  public String toString() {
    return line() + ":" + column();
  }

  @Value.Check
  protected void validate() {
    positive(line(), "line");
    positive(column(), "column");
  }
}
