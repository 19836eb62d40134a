package dev.governance.report;

import static dev.governance.core.ArgChecker.finite;

import org.immutables.value.Value;

/** One point of a {@link Series}. */
@Value.Immutable
abstract class AbstractPoint {

  /** Returns x. */
  @Value.Parameter
  public abstract double x();

  /** Returns y. */
  @Value.Parameter
  public abstract double y();

  @Value.Check
  protected void validate() {
    finite(x(), "x");
    finite(y(), "y");
  }
}
