package dev.governance.core.kpi;

import static dev.governance.core.ArgChecker.finite;

import org.immutables.value.Value;

/**
 * Red/amber/green boundaries on a KPI's raw value. For a higher-is-better KPI a value at or above
 * {@link #green()} is green, at or above {@link #amber()} amber, below it red; for lower-is-better
 * the comparisons reverse; for a target range both are distances from the target. The KPI
 * definition checks that the order fits its direction.
 */
@Value.Immutable
abstract class AbstractStatusThresholds {

  /** Returns the boundary between amber and green. */
  @Value.Parameter
  public abstract double green();

  /** Returns the boundary between red and amber. */
  @Value.Parameter
  public abstract double amber();

  @Value.Check
  protected void validate() {
    finite(green(), "green");
    finite(amber(), "amber");
  }
}
