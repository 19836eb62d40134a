package dev.governance.rules.kpi;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.notNegative;
import static dev.governance.rules.kpi.Numbers.plain;

import dev.governance.rules.Explanation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Earned-value management for a program or project at one status date, after the PMI's <em>Practice
 * Standard for Earned Value Management</em> (2nd ed.) and the PMBOK Guide (6th ed., section
 * 7.4.2.2): planned value (PV), earned value (EV), actual cost (AC) and budget at completion (BAC),
 * all in one currency.
 *
 * <p>Every metric is an {@link dev.governance.rules.Explanation} carrying its formula with the
 * numbers. Ratios whose denominator is zero (CPI before any cost, SPI before any plan, ...) are
 * undefined and come back empty, never as infinity or a made-up zero.
 */
@Value.Immutable
abstract class AbstractEarnedValue {

  /** Returns the planned value: the budgeted cost of the work scheduled to date; not negative. */
  @Value.Parameter
  public abstract double plannedValue();

  /** Returns the earned value: the budgeted cost of the work performed to date; not negative. */
  @Value.Parameter
  public abstract double earnedValue();

  /** Returns the actual cost of the work performed to date; not negative. */
  @Value.Parameter
  public abstract double actualCost();

  /** Returns the budget at completion; positive. */
  @Value.Parameter
  public abstract double budgetAtCompletion();

  /** Returns the cost variance, CV = EV - AC (negative is over budget). */
  public Explanation costVariance() {
    return Explanation.of(
        "CV",
        earnedValue() - actualCost(),
        "EV - AC = " + plain(earnedValue()) + " - " + plain(actualCost()));
  }

  /** Returns the schedule variance, SV = EV - PV (negative is behind schedule). */
  public Explanation scheduleVariance() {
    return Explanation.of(
        "SV",
        earnedValue() - plannedValue(),
        "EV - PV = " + plain(earnedValue()) + " - " + plain(plannedValue()));
  }

  /** Returns the cost performance index, CPI = EV / AC; empty while AC is zero. */
  public Optional<Explanation> costPerformanceIndex() {
    return ratio("CPI", earnedValue(), actualCost(), "EV / AC");
  }

  /** Returns the schedule performance index, SPI = EV / PV; empty while PV is zero. */
  public Optional<Explanation> schedulePerformanceIndex() {
    return ratio("SPI", earnedValue(), plannedValue(), "EV / PV");
  }

  /**
   * Returns the estimate at completion if current cost performance continues (typical variance),
   * EAC = BAC / CPI; empty while CPI is undefined or zero.
   */
  public Optional<Explanation> estimateAtCompletion() {
    return costPerformanceIndex()
        .filter(cpi -> cpi.result() != 0)
        .map(
            cpi ->
                derived(
                    "EAC",
                    budgetAtCompletion() / cpi.result(),
                    "BAC / CPI = " + plain(budgetAtCompletion()) + " / " + plain(cpi.result()),
                    cpi));
  }

  /**
   * Returns the estimate at completion if the variance so far was atypical, EAC = AC + (BAC - EV).
   */
  public Explanation estimateAtCompletionAtypical() {
    return Explanation.of(
        "EAC (atypical)",
        actualCost() + budgetAtCompletion() - earnedValue(),
        "AC + (BAC - EV) = "
            + plain(actualCost())
            + " + ("
            + plain(budgetAtCompletion())
            + " - "
            + plain(earnedValue())
            + ")");
  }

  /**
   * Returns the estimate at completion when both cost and schedule performance weigh on the rest,
   * EAC = AC + (BAC - EV) / (CPI x SPI); empty while either index is undefined or zero.
   */
  public Optional<Explanation> estimateAtCompletionCostAndSchedule() {
    Optional<Explanation> cpi = costPerformanceIndex();
    Optional<Explanation> spi = schedulePerformanceIndex();
    if (cpi.isEmpty() || spi.isEmpty() || cpi.get().result() == 0 || spi.get().result() == 0) {
      return Optional.empty();
    }
    double product = cpi.get().result() * spi.get().result();
    return Optional.of(
        derived(
            "EAC (CPI x SPI)",
            actualCost() + (budgetAtCompletion() - earnedValue()) / product,
            "AC + (BAC - EV) / (CPI x SPI) = "
                + plain(actualCost())
                + " + ("
                + plain(budgetAtCompletion())
                + " - "
                + plain(earnedValue())
                + ") / ("
                + plain(cpi.get().result())
                + " x "
                + plain(spi.get().result())
                + ")",
            cpi.get(),
            spi.get()));
  }

  /** Returns the estimate to complete, ETC = EAC - AC, on the typical EAC; empty while EAC is. */
  public Optional<Explanation> estimateToComplete() {
    return estimateAtCompletion()
        .map(
            eac ->
                derived(
                    "ETC",
                    eac.result() - actualCost(),
                    "EAC - AC = " + plain(eac.result()) + " - " + plain(actualCost()),
                    eac));
  }

  /**
   * Returns the variance at completion, VAC = BAC - EAC, on the typical EAC; empty while EAC is.
   */
  public Optional<Explanation> varianceAtCompletion() {
    return estimateAtCompletion()
        .map(
            eac ->
                derived(
                    "VAC",
                    budgetAtCompletion() - eac.result(),
                    "BAC - EAC = " + plain(budgetAtCompletion()) + " - " + plain(eac.result()),
                    eac));
  }

  /**
   * Returns the to-complete performance index to finish on budget, TCPI = (BAC - EV) / (BAC - AC);
   * empty when the budget is spent (BAC = AC).
   */
  public Optional<Explanation> toCompletePerformanceIndex() {
    return ratio(
        "TCPI (BAC)",
        budgetAtCompletion() - earnedValue(),
        budgetAtCompletion() - actualCost(),
        "(BAC - EV) / (BAC - AC)");
  }

  /**
   * Returns the to-complete performance index to finish at the typical EAC, TCPI = (BAC - EV) /
   * (EAC - AC); empty while EAC is undefined or equals AC.
   */
  public Optional<Explanation> toCompletePerformanceIndexToEstimate() {
    return estimateAtCompletion()
        .flatMap(
            eac ->
                ratio(
                    "TCPI (EAC)",
                    budgetAtCompletion() - earnedValue(),
                    eac.result() - actualCost(),
                    "(BAC - EV) / (EAC - AC)"));
  }

  /**
   * Returns the budget variance in percent of the budget to date, (AC - EV) / EV x 100; empty while
   * EV is zero.
   */
  public Optional<Explanation> budgetVariancePercent() {
    return earnedValue() == 0
        ? Optional.empty()
        : Optional.of(
            Explanation.of(
                "budget variance %",
                (actualCost() - earnedValue()) / earnedValue() * 100,
                "(AC - EV) / EV x 100 = ("
                    + plain(actualCost())
                    + " - "
                    + plain(earnedValue())
                    + ") / "
                    + plain(earnedValue())
                    + " x 100"));
  }

  private static Optional<Explanation> ratio(
      String name, double numerator, double denominator, String formula) {
    if (denominator == 0) {
      return Optional.empty();
    }
    return Optional.of(
        Explanation.of(
            name,
            numerator / denominator,
            formula + " = " + plain(numerator) + " / " + plain(denominator)));
  }

  private static Explanation derived(
      String name, double result, String formula, Explanation... inputs) {
    return Explanation.builder()
        .quantity(name)
        .result(result)
        .formula(formula)
        .addChildren(inputs)
        .build();
  }

  @Value.Check
  protected void validate() {
    notNegative(plannedValue(), "plannedValue");
    notNegative(earnedValue(), "earnedValue");
    notNegative(actualCost(), "actualCost");
    check(
        budgetAtCompletion() > 0 && Double.isFinite(budgetAtCompletion()),
        "budgetAtCompletion",
        budgetAtCompletion(),
        "a finite amount > 0");
  }
}
