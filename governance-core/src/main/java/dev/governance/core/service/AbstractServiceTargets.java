package dev.governance.core.service;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.inRange;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a system's service-level agreement promises over a rolling window (Google SRE book, chapter
 * 4 "Service Level Objectives"): an availability, a mean time to resolve incidents and an error
 * rate. At least one target is set.
 */
@Value.Immutable
abstract class AbstractServiceTargets {

  /** Returns the availability promised, in percent, such as 99.95; above 0 and below 100. */
  public abstract Optional<Double> availability();

  /** Returns the mean time to resolve incidents promised, in minutes; above 0. */
  public abstract Optional<Double> mttrMinutes();

  /** Returns the highest error rate allowed, in percent of requests; above 0 and below 100. */
  public abstract Optional<Double> errorRate();

  /** Returns the length of the SLO window in days, 30 unless given; from 1 to 366. */
  @Value.Default
  public int windowDays() {
    return 30;
  }

  @Value.Check
  protected void validate() {
    check(
        availability().isPresent() || mttrMinutes().isPresent() || errorRate().isPresent(),
        "availability",
        "<missing>",
        "at least one of availability, mttrMinutes and errorRate");
    availability().ifPresent(a -> percent(a, "availability"));
    errorRate().ifPresent(e -> percent(e, "errorRate"));
    mttrMinutes()
        .ifPresent(
            m ->
                check(
                    m > 0 && Double.isFinite(m),
                    "mttrMinutes",
                    m,
                    "a finite number of minutes > 0"));
    inRange(windowDays(), 1, 366, "windowDays");
  }

  private static void percent(double value, String field) {
    check(value > 0 && value < 100, field, value, "a percentage above 0 and below 100");
  }
}
