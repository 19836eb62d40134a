package dev.governance.rules.risk;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.inRange;

import com.google.common.collect.ImmutableList;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.risk.RiskAssessment;
import dev.governance.rules.Explanation;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A risk matrix: a grid of levels by likelihood (rows, lowest first) and impact (columns, lowest
 * first), over an ordered list of levels. A grid whose level falls as likelihood or impact rises is
 * rejected, since more likely or more severe can never be less risky. Immutable.
 */
public final class RiskMatrix {

  private final String name;
  private final ImmutableList<String> levels;
  private final int[][] ranks;

  private RiskMatrix(String name, ImmutableList<String> levels, int[][] ranks) {
    this.name = name;
    this.levels = levels;
    this.ranks = ranks;
  }

  /**
   * Returns a matrix.
   *
   * @param name the matrix's name
   * @param levels the levels, lowest first, such as {@code Low, Medium, High}
   * @param grid the level of each cell: {@code grid[l][i]} for likelihood {@code l + 1} and impact
   *     {@code i + 1}, lowest first; every row the same length
   * @return the matrix
   * @throws GovernanceValidationException naming the cell at fault: an unknown level, a ragged row,
   *     or a level lower than the one before it along either axis
   */
  public static RiskMatrix of(String name, List<String> levels, List<List<String>> grid) {
    Objects.requireNonNull(name, "name");
    check(!levels.isEmpty(), "levels", levels, "at least one level");
    check(
        !grid.isEmpty() && !grid.get(0).isEmpty(), "grid", grid, "at least one row and one column");
    int columns = grid.get(0).size();
    int[][] ranks = new int[grid.size()][columns];
    for (int l = 0; l < grid.size(); l++) {
      check(
          grid.get(l).size() == columns,
          "grid[" + l + "]",
          grid.get(l),
          columns + " columns, as the first row");
      for (int i = 0; i < columns; i++) {
        String level = grid.get(l).get(i);
        int rank = levels.indexOf(level);
        check(rank >= 0, "grid[" + l + "][" + i + "]", level, "one of the levels " + levels);
        ranks[l][i] = rank;
        check(
            l == 0 || ranks[l - 1][i] <= rank,
            "grid[" + l + "][" + i + "]",
            level,
            "a level not below "
                + (l == 0 ? "" : levels.get(ranks[l - 1][i]))
                + " in the less likely row before it");
        check(
            i == 0 || ranks[l][i - 1] <= rank,
            "grid[" + l + "][" + i + "]",
            level,
            "a level not below "
                + (i == 0 ? "" : levels.get(ranks[l][i - 1]))
                + " in the less severe column before it");
      }
    }
    return new RiskMatrix(name, ImmutableList.copyOf(levels), ranks);
  }

  /**
   * NIST SP 800-30 Rev. 1, Appendix I, Table I-2 (assessment scale, level of risk): likelihood and
   * impact on five levels, Very Low to Very High.
   */
  public static RiskMatrix nist80030() {
    List<String> levels = List.of("Very Low", "Low", "Moderate", "High", "Very High");
    return of(
        "NIST SP 800-30 Rev. 1 Table I-2",
        levels,
        List.of(
            List.of("Very Low", "Very Low", "Very Low", "Low", "Low"),
            List.of("Very Low", "Low", "Low", "Low", "Moderate"),
            List.of("Very Low", "Low", "Moderate", "Moderate", "High"),
            List.of("Very Low", "Low", "Moderate", "High", "Very High"),
            List.of("Very Low", "Low", "Moderate", "High", "Very High")));
  }

  /** A common three-by-three matrix: Low, Medium and High likelihood and impact. */
  public static RiskMatrix threeByThree() {
    return of(
        "3x3",
        List.of("Low", "Medium", "High"),
        List.of(
            List.of("Low", "Low", "Medium"),
            List.of("Low", "Medium", "High"),
            List.of("Medium", "High", "High")));
  }

  /** Returns the matrix's name. */
  public String name() {
    return name;
  }

  /** Returns the levels, lowest first. */
  public ImmutableList<String> levels() {
    return levels;
  }

  /** Returns the number of likelihood levels (rows). */
  public int likelihoods() {
    return ranks.length;
  }

  /** Returns the number of impact levels (columns). */
  public int impacts() {
    return ranks[0].length;
  }

  /**
   * Returns the level of a likelihood and an impact.
   *
   * @param likelihood from 1 (lowest) to {@link #likelihoods()}
   * @param impact from 1 (lowest) to {@link #impacts()}
   * @return the score: value and rank are the level's rank, 0 for the lowest
   * @throws GovernanceValidationException if either is out of range
   */
  public RiskScore score(int likelihood, int impact) {
    inRange(likelihood, 1, likelihoods(), "likelihood");
    inRange(impact, 1, impacts(), "impact");
    int rank = ranks[likelihood - 1][impact - 1];
    return RiskScore.builder()
        .value(rank)
        .level(levels.get(rank))
        .rank(rank)
        .explanation(
            Explanation.of(
                "risk level rank",
                rank,
                name
                    + ": likelihood "
                    + likelihood
                    + " of "
                    + likelihoods()
                    + ", impact "
                    + impact
                    + " of "
                    + impacts()
                    + " -> "
                    + levels.get(rank)))
        .build();
  }

  /**
   * Returns the level of an assessment on {@code model}'s likelihood and impact scales: the cell of
   * the ranks of its likelihood and impact values, as the risk register rates a risk.
   *
   * @param model the model whose scales the assessment's values are on
   * @param assessment the assessment
   * @return the score of the assessment's cell
   * @throws GovernanceValidationException if a value is not on its scale, or its rank is outside
   *     the matrix
   */
  public RiskScore level(GovernanceModel model, RiskAssessment assessment) {
    return score(
        model.likelihoodScale().rank(assessment.likelihood()) + 1,
        model.impactScale().rank(assessment.impact()) + 1);
  }

  @Override
  public String toString() {
    return name + " " + Arrays.deepToString(ranks);
  }
}
