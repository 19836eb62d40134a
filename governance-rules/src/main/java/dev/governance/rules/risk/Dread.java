package dev.governance.rules.risk;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.inRange;

import dev.governance.rules.Explanation;

/**
 * DREAD (Howard and LeBlanc, "Writing Secure Code"): damage, reproducibility, exploitability,
 * affected users and discoverability, each 0-10; the risk is their mean. {@link #ratedThreeLevels}
 * is OWASP's legacy variant, each factor rated 10 (high), 5 (medium) or 0 (low). Levels: Low below
 * 4, Medium below 7, High from 7.
 */
public final class Dread {

  private Dread() {}

  /**
   * Scores the five factors.
   *
   * @param damage 0-10
   * @param reproducibility 0-10
   * @param exploitability 0-10
   * @param affectedUsers 0-10
   * @param discoverability 0-10
   * @return the mean, 0 to 10, with its level
   * @throws dev.governance.core.GovernanceValidationException naming a factor out of range
   */
  public static RiskScore score(
      int damage, int reproducibility, int exploitability, int affectedUsers, int discoverability) {
    inRange(damage, 0, 10, "damage");
    inRange(reproducibility, 0, 10, "reproducibility");
    inRange(exploitability, 0, 10, "exploitability");
    inRange(affectedUsers, 0, 10, "affectedUsers");
    inRange(discoverability, 0, 10, "discoverability");
    int sum = damage + reproducibility + exploitability + affectedUsers + discoverability;
    double value = sum / 5.0;
    return RiskScore.lowMediumHigh(
        Explanation.of(
            "DREAD risk",
            value,
            "(D + R + E + A + D) / 5 = ("
                + damage
                + " + "
                + reproducibility
                + " + "
                + exploitability
                + " + "
                + affectedUsers
                + " + "
                + discoverability
                + ") / 5"));
  }

  /**
   * Scores the three-level variant: every factor rated 10, 5 or 0.
   *
   * @param ratings the five ratings, in DREAD order
   * @return the mean with its level
   * @throws dev.governance.core.GovernanceValidationException if a rating is not 0, 5 or 10, or
   *     there are not five
   */
  public static RiskScore ratedThreeLevels(int... ratings) {
    check(ratings.length == 5, "ratings", ratings.length + " ratings", "five ratings");
    for (int i = 0; i < ratings.length; i++) {
      check(
          ratings[i] == 0 || ratings[i] == 5 || ratings[i] == 10,
          "ratings[" + i + "]",
          ratings[i],
          "10 (high), 5 (medium) or 0 (low)");
    }
    return score(ratings[0], ratings[1], ratings[2], ratings[3], ratings[4]);
  }
}
