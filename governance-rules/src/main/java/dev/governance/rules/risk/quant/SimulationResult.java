package dev.governance.rules.risk.quant;

import dev.governance.core.GovernanceValidationException;
import dev.governance.rules.Explanation;
import java.util.List;

/**
 * What a {@link LossSimulation} gives: the portfolio's annual loss distribution and each risk's
 * contribution. Immutable.
 */
public final class SimulationResult {

  private final LossSimulation simulation;
  private final LossDistribution portfolio;
  private final List<RiskContribution> contributions;

  SimulationResult(
      LossSimulation simulation, LossDistribution portfolio, List<RiskContribution> contributions) {
    this.simulation = simulation;
    this.portfolio = portfolio;
    this.contributions = List.copyOf(contributions);
  }

  /** Returns the simulation that gave this result. */
  public LossSimulation simulation() {
    return simulation;
  }

  /**
   * Returns the distribution of the portfolio's total annual loss (of the one risk, when there is
   * one).
   */
  public LossDistribution annualLoss() {
    return portfolio;
  }

  /** Returns each risk's contribution, in the portfolio's order. */
  public List<RiskContribution> contributions() {
    return contributions;
  }

  /**
   * Returns one risk's contribution.
   *
   * @throws dev.governance.core.GovernanceValidationException if no risk has that identifier
   */
  public RiskContribution contribution(String id) {
    return contributions.stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                GovernanceValidationException.of(
                    "risk",
                    id,
                    "one of the simulated risks "
                        + contributions.stream().map(RiskContribution::id).toList()));
  }

  /** Returns how the mean annual loss was obtained, with each risk's mean as a child. */
  public Explanation explain() {
    Explanation.Builder explanation =
        Explanation.builder()
            .quantity("portfolio mean annual loss")
            .result(portfolio.mean())
            .formula(
                "Monte Carlo: "
                    + simulation.years()
                    + " simulated years (seed "
                    + simulation.seed()
                    + "), each the sum over risks of a drawn count of events, each event with its"
                    + " own drawn loss")
            .addChildren(portfolio.explain());
    for (RiskContribution c : contributions) {
      explanation.addChildren(
          Explanation.of(
              c.id() + " mean annual loss",
              c.meanAnnualLoss(),
              "sum of its simulated annual losses / years"));
    }
    return explanation.build();
  }
}
