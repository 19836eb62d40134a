package dev.governance.rules.kpi;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.rules.kpi.Numbers.plain;

import dev.governance.rules.Explanation;
import java.math.BigDecimal;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * The error budget of a service-level objective (Google SRE book, chapter 3 "Embracing Risk"; SRE
 * workbook, chapter 5 "Alerting on SLOs"): the share of the window the service may fail, 1 - SLO. A
 * 99.9 % objective over 30 days allows 43.2 minutes down.
 */
@Value.Immutable
abstract class AbstractErrorBudget {

  /** Returns the objective, such as 0.999; strictly between 0 and 1. */
  @Value.Parameter
  public abstract double objective();

  /** Returns the SLO window, such as 30 days; positive. */
  @Value.Parameter
  public abstract Duration window();

  /**
   * Returns the budget as a share of the window, 1 - SLO, computed in decimal so that 1 - 0.9995 is
   * 0.0005, not 0.000499999...
   */
  public double budgetFraction() {
    return BigDecimal.ONE.subtract(BigDecimal.valueOf(objective())).doubleValue();
  }

  /** Returns the downtime the budget allows over the window, in minutes. */
  public Explanation allowedDowntimeMinutes() {
    double minutes = window().toSeconds() / 60.0;
    return Explanation.of(
        "allowed downtime minutes",
        budgetFraction() * minutes,
        "(1 - SLO) x window = (1 - " + plain(objective()) + ") x " + plain(minutes) + " min");
  }

  /**
   * Returns the share of the budget still unspent after {@code errorRate} was observed over the
   * whole window so far: 1 - errorRate / (1 - SLO); negative once the budget is overspent.
   *
   * @param errorRate the observed share of failed time or requests, from 0 to 1
   * @return the remaining share of the budget
   * @throws dev.governance.core.GovernanceValidationException if the rate is outside [0, 1]
   */
  public Explanation remaining(double errorRate) {
    checkRate(errorRate);
    return Explanation.of(
        "error budget remaining",
        1 - errorRate / budgetFraction(),
        "1 - error rate / (1 - SLO) = 1 - " + plain(errorRate) + " / " + plain(budgetFraction()));
  }

  /**
   * Returns the burn rate: how fast the budget is being spent relative to spending it exactly over
   * the window, observed error rate / (1 - SLO). A rate of 1 spends the budget in one window.
   *
   * @param errorRate the share of failed time or requests observed over some period, from 0 to 1
   * @return the burn rate
   * @throws dev.governance.core.GovernanceValidationException if the rate is outside [0, 1]
   */
  public Explanation burnRate(double errorRate) {
    checkRate(errorRate);
    return Explanation.of(
        "burn rate",
        errorRate / budgetFraction(),
        "error rate / (1 - SLO) = " + plain(errorRate) + " / " + plain(budgetFraction()));
  }

  private static void checkRate(double errorRate) {
    check(errorRate >= 0 && errorRate <= 1, "errorRate", errorRate, "a share from 0 to 1");
  }

  @Value.Check
  protected void validate() {
    check(
        objective() > 0 && objective() < 1,
        "objective",
        objective(),
        "a share strictly between 0 and 1, such as 0.999");
    check(!window().isNegative() && !window().isZero(), "window", window(), "a positive duration");
  }
}
