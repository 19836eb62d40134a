package dev.governance.core.portfolio;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;

import dev.governance.core.time.ReportingPeriod;
import java.math.BigDecimal;
import java.util.Currency;
import org.immutables.value.Value;

/**
 * A project's earned-value figures for one reporting period (PMI, <em>Practice Standard for Earned
 * Value Management</em>, 2nd ed.): the planned value of the work scheduled in the period, the
 * earned value of the work done in it and what it actually cost, in the project's budget currency.
 *
 * <p>A report holds the period's own amounts, not running totals: the cumulative PV, EV and AC as
 * of a day are the sums of the reports of the periods ended by then. At most one report per project
 * and period.
 */
@Value.Immutable
abstract class AbstractCostReport {

  /** Returns the id of the project reported on. */
  public abstract String project();

  /** Returns the period the amounts cover. */
  public abstract ReportingPeriod period();

  /** Returns the currency of the amounts: the project's budget currency. */
  public abstract Currency currency();

  /** Returns the planned value of the work scheduled in the period; not negative. */
  public abstract BigDecimal plannedValue();

  /** Returns the earned value of the work performed in the period; not negative. */
  public abstract BigDecimal earnedValue();

  /** Returns the actual cost of the work performed in the period; not negative. */
  public abstract BigDecimal actualCost();

  @Value.Check
  protected void validate() {
    identifier(project(), "project");
    amount(plannedValue(), "plannedValue");
    amount(earnedValue(), "earnedValue");
    amount(actualCost(), "actualCost");
  }

  private static void amount(BigDecimal value, String field) {
    check(value.signum() >= 0, field, value.toPlainString(), "an amount >= 0");
  }
}
