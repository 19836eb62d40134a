package dev.governance.rules.risk;

import dev.governance.rules.Explanation;
import java.util.List;
import org.immutables.value.Value;

/**
 * What every risk scoring method gives: a value, the level it falls in (with its rank among the
 * method's levels, 0 the lowest), and how it was computed.
 */
@Value.Immutable
abstract class AbstractRiskScore {

  /**
   * Returns the score's value on the method's scale (0 to 10 for formula models, OWASP and DREAD).
   */
  public abstract double value();

  /** Returns the level, such as {@code High}. */
  public abstract String level();

  /** Returns the level's rank among the method's levels, 0 for the lowest. */
  public abstract int rank();

  /** Returns how the score was computed. */
  public abstract Explanation explanation();

  /**
   * Returns a 0-10 score banded Low below 4, Medium below 7, High from 7 (DREAD and weighted
   * factors).
   */
  static RiskScore lowMediumHigh(Explanation explanation) {
    double value = explanation.result();
    int rank = value < 4 ? 0 : value < 7 ? 1 : 2;
    return RiskScore.builder()
        .value(value)
        .level(List.of("Low", "Medium", "High").get(rank))
        .rank(rank)
        .explanation(explanation)
        .build();
  }
}
