package dev.governance.rules.kpi;

import static dev.governance.rules.kpi.Numbers.plain;

import dev.governance.rules.Explanation;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A project's or program's earned-value figures as of a day, computed from its cost reports by
 * {@link CostRecords}: the cumulative PV, EV and AC of the reports whose period ended by then, the
 * budget at completion, and the earned schedule over the baseline months. Without reports the
 * figures are empty, never 0.
 */
@Value.Immutable
abstract class AbstractPortfolioMetrics {

  /** The mean length of a month in days (365.25 / 12), to turn months of schedule into days. */
  public static final double DAYS_PER_MONTH = 30.4375;

  /** Returns the project's or program's id. */
  public abstract String id();

  /** Returns the day the figures are as of. */
  public abstract LocalDate asOf();

  /** Returns the currency of the amounts, if there is one. */
  public abstract Optional<Currency> currency();

  /** Returns the budget at completion (BAC), if budgeted. */
  public abstract Optional<Double> budgetAtCompletion();

  /**
   * Returns the earned-value figures (PMI <em>Practice Standard for Earned Value Management</em>,
   * 2nd ed.), when there are cost reports up to the day and a budget above 0.
   */
  public abstract Optional<EarnedValue> earnedValue();

  /** Returns the earned schedule in months (Lipke 2003), when there are cost reports. */
  public abstract Optional<EarnedSchedule> earnedSchedule();

  /** Returns the cost variance in percent of earned value, CV / EV x 100; empty while EV is 0. */
  public Optional<Explanation> costVariancePercent() {
    return earnedValue()
        .filter(ev -> ev.earnedValue() != 0)
        .map(
            ev -> {
              Explanation cv = ev.costVariance();
              return Explanation.builder()
                  .quantity("CV %")
                  .result(cv.result() / ev.earnedValue() * 100)
                  .formula(
                      "CV / EV x 100 = "
                          + plain(cv.result())
                          + " / "
                          + plain(ev.earnedValue())
                          + " x 100")
                  .addChildren(cv)
                  .build();
            });
  }

  /** Returns the schedule variance in days by earned schedule, SV(t) x days per month. */
  public Optional<Explanation> scheduleVarianceDays() {
    return earnedSchedule().map(es -> es.scheduleVarianceDays(DAYS_PER_MONTH));
  }
}
