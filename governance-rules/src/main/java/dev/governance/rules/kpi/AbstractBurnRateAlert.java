package dev.governance.rules.kpi;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.notBlank;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * One multi-window burn-rate alert (SRE workbook, chapter 5, "Multiwindow, Multi-Burn-Rate
 * Alerts"): it fires when the burn rate over both the long and the short window exceeds the
 * threshold that spends {@link #budgetSpent()} of the budget within the long window.
 */
@Value.Immutable
abstract class AbstractBurnRateAlert {

  /** Returns what the alert does, such as {@code page} or {@code ticket}. */
  public abstract String action();

  /** Returns the long window, such as 1 hour. */
  public abstract Duration longWindow();

  /** Returns the short window that confirms the alert is still burning, such as 5 minutes. */
  public abstract Duration shortWindow();

  /** Returns the share of the error budget spent when the alert fires, such as 0.02. */
  public abstract double budgetSpent();

  /** Returns the burn-rate threshold, such as 14.4 for a 30-day SLO. */
  public abstract double threshold();

  @Value.Check
  protected void validate() {
    notBlank(action(), "action");
    check(
        !longWindow().isNegative() && !longWindow().isZero(),
        "longWindow",
        longWindow(),
        "a positive duration");
    check(
        !shortWindow().isNegative()
            && !shortWindow().isZero()
            && shortWindow().compareTo(longWindow()) < 0,
        "shortWindow",
        shortWindow(),
        "a positive duration shorter than the long window " + longWindow());
    check(
        budgetSpent() > 0 && budgetSpent() <= 1,
        "budgetSpent",
        budgetSpent(),
        "a share above 0, at most 1");
    check(
        threshold() > 0 && Double.isFinite(threshold()),
        "threshold",
        threshold(),
        "a finite rate > 0");
  }
}
