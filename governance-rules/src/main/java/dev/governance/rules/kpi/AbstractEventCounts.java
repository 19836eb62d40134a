package dev.governance.rules.kpi;

import static dev.governance.core.ArgChecker.check;

import dev.governance.rules.Explanation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Counts of a service's events over some period, for a request-based service-level indicator
 * (Google SRE workbook, chapter 2 "Implementing SLOs": SLI = good events / valid events): the valid
 * events, such as HTTP requests, and the bad ones among them, such as 5xx responses. The error
 * rate, bad / valid, is what {@link ErrorBudget#burnRate} and {@link BurnRateAlerts} take.
 */
@Value.Immutable
abstract class AbstractEventCounts {

  /** Returns the number of valid events; not negative. */
  @Value.Parameter
  public abstract long valid();

  /** Returns the number of bad events among them; from 0 to {@link #valid()}. */
  @Value.Parameter
  public abstract long bad();

  /** Returns the error rate, bad / valid; empty without valid events. */
  public Optional<Explanation> errorRate() {
    return valid() == 0
        ? Optional.empty()
        : Optional.of(
            Explanation.of(
                "error rate",
                (double) bad() / valid(),
                "bad / valid = " + bad() + " / " + valid()));
  }

  /** Returns the SLI, good / valid = (valid - bad) / valid; empty without valid events. */
  public Optional<Explanation> successRate() {
    return valid() == 0
        ? Optional.empty()
        : Optional.of(
            Explanation.of(
                "success rate",
                (double) (valid() - bad()) / valid(),
                "(valid - bad) / valid = (" + valid() + " - " + bad() + ") / " + valid()));
  }

  /**
   * Returns these counts and {@code other}'s together, as for two adjacent periods.
   *
   * @param other counts of other events
   * @return the sums
   */
  public EventCounts plus(EventCounts other) {
    return EventCounts.of(Math.addExact(valid(), other.valid()), Math.addExact(bad(), other.bad()));
  }

  @Value.Check
  protected void validate() {
    check(valid() >= 0, "valid", valid(), "a count >= 0");
    check(bad() >= 0 && bad() <= valid(), "bad", bad(), "a count from 0 to valid " + valid());
  }
}
