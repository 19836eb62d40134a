package dev.governance.report;

import static dev.governance.core.ArgChecker.notBlank;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/** One bar of a {@link BarChart}: its label and one value per series, stacked. */
@Value.Immutable
abstract class AbstractBar {

  /** Returns the label, such as a person. */
  @Value.Parameter
  public abstract String label();

  /** Returns one value per series of the chart. */
  @Value.Parameter
  public abstract ImmutableList<Double> values();

  /** Returns the sum of the values. */
  public double total() {
    return values().stream().mapToDouble(Double::doubleValue).sum();
  }

  @Value.Check
  protected void validate() {
    notBlank(label(), "label");
    for (int i = 0; i < values().size(); i++) {
      dev.governance.core.ArgChecker.notNegative(values().get(i), "values[" + i + "]");
    }
  }
}
