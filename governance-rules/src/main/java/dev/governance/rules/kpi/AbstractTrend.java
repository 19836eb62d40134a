package dev.governance.rules.kpi;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A KPI's trend over the last periods: the least-squares slope of its period values (raw units
 * per period), what that slope means given the KPI's direction, and the change from the previous
 * period.
 */
@Value.Immutable
abstract class AbstractTrend {

  /** Returns whether the KPI is improving, declining or flat. */
  public abstract TrendDirection direction();

  /** Returns the least-squares slope of the period values, in the KPI's unit per period. */
  public abstract double slope();

  /** Returns the number of periods with a value that the slope was fitted to; at least 2. */
  public abstract int periods();

  /** Returns this period's value minus the previous period's, when both exist. */
  public abstract OptionalDouble changeFromPrevious();
}
