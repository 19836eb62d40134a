package dev.governance.rules.kpi;

import dev.governance.rules.Explanation;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A system's service figures over a window of days, computed from its records by {@link
 * ServiceRecords#window}. Percentages are percent numbers (99.96), durations in the unit named; a
 * figure the records cannot give (no incident resolved, no requests counted, no target) is empty,
 * never 0. Each figure explains itself.
 */
@Value.Immutable
abstract class AbstractSystemMetrics {

  /** Returns the system's id. */
  public abstract String system();

  /** Returns the first day of the window. */
  public abstract LocalDate from();

  /** Returns the last day of the window, included. */
  public abstract LocalDate to();

  /**
   * Returns the availability in percent: 1 - unplanned downtime / window length, with outages
   * clipped to the window, merged where they overlap, and planned maintenance excluded.
   */
  public abstract Explanation availability();

  /** Returns the unplanned downtime in the window, in minutes. */
  public abstract double downtimeMinutes();

  /** Returns the planned maintenance in the window, in minutes. */
  public abstract double plannedDowntimeMinutes();

  /** Returns the number of incidents opened in the window. */
  public abstract int incidents();

  /** Returns the mean time to acknowledge the incidents acknowledged in the window, in minutes. */
  public abstract Optional<Explanation> mttaMinutes();

  /** Returns the mean time to resolve the incidents resolved in the window, in minutes. */
  public abstract Optional<Explanation> mttrMinutes();

  /**
   * Returns the mean time between failures in hours: (window - unplanned downtime) / the unplanned
   * outages that started in the window.
   */
  public abstract Optional<Explanation> mtbfHours();

  /** Returns the failed requests in percent of the requests counted in periods the window meets. */
  public abstract Optional<Explanation> errorRate();

  /**
   * Returns the share of the error budget left, in percent, 1 - error rate / the target error rate
   * (Google SRE workbook, chapter 5): negative once it is overspent.
   */
  public abstract Optional<Explanation> errorBudgetRemaining();
}
