package dev.governance.rules.risk.quant;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.notNegative;

import dev.governance.rules.Explanation;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * What a control is worth: the mean annual loss without it (inherent) and with it (residual), the
 * loss it avoids, and its return, that reduction less the control's annual cost (and the return on
 * security investment, (reduction - cost) / cost). Simulate both with the same seed, so that they
 * differ by the control only.
 */
@Value.Immutable
abstract class AbstractControlReturn {

  /** Returns the inherent mean annual loss. */
  public abstract double inherentLoss();

  /** Returns the residual mean annual loss. */
  public abstract double residualLoss();

  /** Returns the control's annual cost. */
  public abstract double annualCost();

  /**
   * Returns the return of a control from the two simulations.
   *
   * @throws dev.governance.core.GovernanceValidationException if the cost is negative or the seeds
   *     or years differ
   */
  public static ControlReturn of(
      SimulationResult inherent, SimulationResult residual, double annualCost) {
    check(
        inherent.simulation().seed() == residual.simulation().seed()
            && inherent.simulation().years() == residual.simulation().years(),
        "residual.simulation",
        residual.simulation(),
        "the inherent simulation's seed and years, so that both draw the same numbers");
    return ControlReturn.builder()
        .inherentLoss(inherent.annualLoss().mean())
        .residualLoss(residual.annualLoss().mean())
        .annualCost(annualCost)
        .build();
  }

  @Value.Check
  protected void validate() {
    notNegative(annualCost(), "annualCost");
  }

  /** Returns the mean annual loss the control avoids. */
  public double lossReduction() {
    return inherentLoss() - residualLoss();
  }

  /** Returns the loss reduction less the annual cost. */
  public double netReturn() {
    return lossReduction() - annualCost();
  }

  /**
   * Returns (reduction - cost) / cost, the return on security investment; empty when the control
   * costs nothing.
   */
  public OptionalDouble returnOnInvestment() {
    return annualCost() > 0
        ? OptionalDouble.of(netReturn() / annualCost())
        : OptionalDouble.empty();
  }

  /** Returns how the net return was computed. */
  public Explanation explain() {
    return Explanation.builder()
        .quantity("control net return")
        .result(netReturn())
        .formula("(inherent mean annual loss - residual mean annual loss) - annual cost")
        .putInputs("inherent", inherentLoss())
        .putInputs("residual", residualLoss())
        .putInputs("annual cost", annualCost())
        .build();
  }
}
