package dev.governance.core.risk;

import static dev.governance.core.ArgChecker.notBlank;

import org.immutables.value.Value;

/** One level of an ordered scale: its numeric value and label, such as {@code 4 High}. */
@Value.Immutable
abstract class AbstractScaleLevel {

  /** Returns the level's value; higher means more likely or more severe. */
  @Value.Parameter
  public abstract int value();

  /** Returns the level's label, such as {@code Very High}. */
  @Value.Parameter
  public abstract String label();

  /** Returns {@code value label}, such as {@code 4 High}. */
  @Override
  public String toString() {
    return value() + " " + label();
  }

  @Value.Check
  protected void validate() {
    notBlank(label(), "label");
  }
}
