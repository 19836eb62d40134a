package dev.governance.rules.kpi;

import static dev.governance.core.ArgChecker.check;

import java.time.Duration;
import java.time.Instant;
import org.immutables.value.Value;

/** An interval during which a service was down, or planned maintenance (which SLOs exclude). */
@Value.Immutable
abstract class AbstractOutage {

  /** Returns when the outage began. */
  @Value.Parameter
  public abstract Instant start();

  /** Returns when service was restored; after the start. */
  @Value.Parameter
  public abstract Instant end();

  /**
   * Returns whether this was announced maintenance, excluded from availability; false by default.
   */
  @Value.Default
  public boolean planned() {
    return false;
  }

  /** Returns the outage's length. */
  public Duration duration() {
    return Duration.between(start(), end());
  }

  @Value.Check
  protected void validate() {
    check(end().isAfter(start()), "end", end(), "an instant after start " + start());
  }
}
