package dev.governance.rules.risk;

import static dev.governance.core.ArgChecker.inRange;

import dev.governance.rules.Explanation;

/**
 * Likelihood x impact and its common variants, as GRC tools such as SimpleRisk offer them
 * ("classic" risk formulas), on likelihood and impact from 1 to 5, normalised to 0-10 by dividing
 * by the formula's value at 5 and 5. Levels as SimpleRisk's defaults: Low below 4, Medium from 4,
 * High from 7, Very High at 10.
 */
public enum FormulaModel {
  /** L x I. */
  PRODUCT("L x I", 0, 0),
  /** L x I + I, weighting impact. */
  PRODUCT_PLUS_IMPACT("L x I + I", 0, 1),
  /** L x I + 2I. */
  PRODUCT_PLUS_TWICE_IMPACT("L x I + 2I", 0, 2),
  /** L x I + L, weighting likelihood. */
  PRODUCT_PLUS_LIKELIHOOD("L x I + L", 1, 0),
  /** L x I + 2L. */
  PRODUCT_PLUS_TWICE_LIKELIHOOD("L x I + 2L", 2, 0);

  private static final int TOP = 5;
  private static final String[] LEVELS = {"Low", "Medium", "High", "Very High"};

  private final String formula;
  private final int likelihoodWeight;
  private final int impactWeight;

  FormulaModel(String formula, int likelihoodWeight, int impactWeight) {
    this.formula = formula;
    this.likelihoodWeight = likelihoodWeight;
    this.impactWeight = impactWeight;
  }

  private int raw(int likelihood, int impact) {
    return likelihood * impact + likelihoodWeight * likelihood + impactWeight * impact;
  }

  /**
   * Returns the score of a likelihood and an impact.
   *
   * @param likelihood from 1 to 5
   * @param impact from 1 to 5
   * @return the score, 0 to 10, with its level
   * @throws dev.governance.core.GovernanceValidationException if either is out of range
   */
  public RiskScore score(int likelihood, int impact) {
    inRange(likelihood, 1, TOP, "likelihood");
    inRange(impact, 1, TOP, "impact");
    double value = 10.0 * raw(likelihood, impact) / raw(TOP, TOP);
    int rank = value >= 10 ? 3 : value >= 7 ? 2 : value >= 4 ? 1 : 0;
    return RiskScore.builder()
        .value(value)
        .level(LEVELS[rank])
        .rank(rank)
        .explanation(
            Explanation.builder()
                .quantity("risk score")
                .result(value)
                .formula(
                    "10 x ("
                        + formula
                        + ") / max = 10 x "
                        + raw(likelihood, impact)
                        + " / "
                        + raw(TOP, TOP))
                .putInputs("likelihood", likelihood)
                .putInputs("impact", impact)
                .build())
        .build();
  }
}
