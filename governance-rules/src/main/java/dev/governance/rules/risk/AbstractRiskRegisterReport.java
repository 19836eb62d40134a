package dev.governance.rules.risk;

import com.google.common.collect.ImmutableList;
import dev.governance.rules.ValidationReport;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * The result of a risk register check: the findings, the heat maps (risks per likelihood and
 * impact, inherent and residual) and every risk rated.
 */
@Value.Immutable
abstract class AbstractRiskRegisterReport {

  /** Returns the findings, RISK-001 to RISK-006. */
  public abstract ValidationReport findings();

  /**
   * Returns the number of inherent assessments per cell: {@code get(l).get(i)} for likelihood rank
   * l and impact rank i, lowest first.
   */
  public abstract ImmutableList<ImmutableList<Integer>> inherentHeatMap();

  /** Returns the number of residual assessments per cell, as {@link #inherentHeatMap()}. */
  public abstract ImmutableList<ImmutableList<Integer>> residualHeatMap();

  /** Returns every risk rated, in the register's order. */
  public abstract ImmutableList<RiskRating> ratings();

  /**
   * Returns the {@code n} risks with the highest residual scores, highest first (ties by id); risks
   * without a score last.
   *
   * @param n how many
   * @return the ratings
   */
  public ImmutableList<RiskRating> top(int n) {
    return ratings().stream()
        .sorted(
            Comparator.comparingDouble(
                    (RiskRating r) -> -r.residual().map(e -> e.result()).orElse(-1.0))
                .thenComparing(RiskRating::risk))
        .limit(n)
        .collect(ImmutableList.toImmutableList());
  }
}
