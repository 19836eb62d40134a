package dev.governance.rules.risk;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.inRange;

import com.google.common.collect.ImmutableMap;
import dev.governance.core.GovernanceValidationException;
import dev.governance.rules.Explanation;
import java.util.Map;

/**
 * A weighted multi-factor score: named factors scored 0-10 with weights that sum to 1 (within
 * 1e-9); the score is the weighted sum. Levels: Low below 4, Medium below 7, High from 7.
 * Immutable.
 */
public final class WeightedFactors {

  private final ImmutableMap<String, Double> weights;

  private WeightedFactors(ImmutableMap<String, Double> weights) {
    this.weights = weights;
  }

  /**
   * Returns the model.
   *
   * @param weights each factor's weight, not negative, summing to 1 within 1e-9
   * @return the model
   * @throws dev.governance.core.GovernanceValidationException naming a negative weight, or the sum
   */
  public static WeightedFactors of(Map<String, Double> weights) {
    check(!weights.isEmpty(), "weights", weights, "at least one factor");
    double sum = 0;
    for (Map.Entry<String, Double> weight : weights.entrySet()) {
      check(
          weight.getValue() >= 0 && Double.isFinite(weight.getValue()),
          "weights." + weight.getKey(),
          weight.getValue(),
          "a weight >= 0");
      sum += weight.getValue();
    }
    check(
        Math.abs(sum - 1) <= 1e-9,
        "weights",
        sum,
        "weights summing to 1 (within 1e-9), not " + sum);
    return new WeightedFactors(ImmutableMap.copyOf(weights));
  }

  /** Returns the weights. */
  public ImmutableMap<String, Double> weights() {
    return weights;
  }

  /**
   * Scores factors.
   *
   * @param scores every factor's score, 0-10
   * @return the weighted sum with its level
   * @throws dev.governance.core.GovernanceValidationException naming a missing, unknown or
   *     out-of-range factor
   */
  public RiskScore score(Map<String, Double> scores) {
    for (String factor : scores.keySet()) {
      check(
          weights.containsKey(factor),
          "scores." + factor,
          factor,
          "one of the factors " + weights.keySet());
    }
    double value = 0;
    StringBuilder formula = new StringBuilder();
    for (Map.Entry<String, Double> weight : weights.entrySet()) {
      Double score = scores.get(weight.getKey());
      if (score == null) {
        throw GovernanceValidationException.of(
            "scores." + weight.getKey(), "<missing>", "a score for every factor");
      }
      inRange(score, 0, 10, "scores." + weight.getKey());
      value += weight.getValue() * score;
      formula
          .append(formula.length() == 0 ? "" : " + ")
          .append(weight.getValue())
          .append(" x ")
          .append(score);
    }
    return RiskScore.lowMediumHigh(
        Explanation.of("weighted risk score", value, formula.toString()));
  }
}
