package dev.governance.rules.kpi;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A trend over the last periods: the least-squares slope of a KPI's period values (raw units per
 * period) or of a container's scores (score per period), what that slope means given the direction
 * (higher scores are better), and the change from the previous period.
 */
@Value.Immutable
abstract class AbstractTrend {

  /** Returns whether the KPI or container is improving, declining or flat. */
  public abstract TrendDirection direction();

  /**
   * Returns the least-squares slope of the period values, in the KPI's unit (or score) per period.
   */
  public abstract double slope();

  /** Returns the number of periods with a value that the slope was fitted to; at least 2. */
  public abstract int periods();

  /** Returns this period's value minus the previous period's, when both exist. */
  public abstract OptionalDouble changeFromPrevious();
}
