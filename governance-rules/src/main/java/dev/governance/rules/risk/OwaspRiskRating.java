package dev.governance.rules.risk;

import static dev.governance.core.ArgChecker.check;

import dev.governance.rules.Explanation;
import java.util.List;
import java.util.Optional;

/**
 * The OWASP Risk Rating Methodology (owasp.org, "OWASP Risk Rating Methodology"): likelihood is the
 * mean of eight factors (skill level, motive, opportunity, size; ease of discovery, ease of
 * exploit, awareness, intrusion detection), impact the mean of four technical factors (loss of
 * confidentiality, integrity, availability, accountability) or four business factors (financial
 * damage, reputation damage, non-compliance, privacy violation), each 0-9. Each mean is LOW below
 * 3, MEDIUM below 6, else HIGH; the overall severity comes from the methodology's matrix, and the
 * business impact is used when it is known, as the methodology prefers.
 */
public final class OwaspRiskRating {

  private static final String[] BANDS = {"LOW", "MEDIUM", "HIGH"};

  /** Overall severity by impact band (row) and likelihood band (column). */
  private static final String[][] SEVERITY = {
    {"Note", "Low", "Medium"},
    {"Low", "Medium", "High"},
    {"Medium", "High", "Critical"}
  };

  private static final List<String> LEVELS = List.of("Note", "Low", "Medium", "High", "Critical");

  private OwaspRiskRating() {}

  /**
   * Rates a risk.
   *
   * @param likelihood the eight likelihood factors, each 0-9
   * @param technicalImpact the four technical impact factors, each 0-9
   * @param businessImpact the four business impact factors, each 0-9, when known
   * @return the overall severity; its value is the impact mean times the likelihood mean / 9 (0 to
   *     9), its explanation the two means and bands
   * @throws dev.governance.core.GovernanceValidationException naming a factor list of the wrong
   *     size or a factor out of range
   */
  public static RiskScore rate(
      List<Integer> likelihood,
      List<Integer> technicalImpact,
      Optional<List<Integer>> businessImpact) {
    double l = mean(likelihood, 8, "likelihood");
    double technical = mean(technicalImpact, 4, "technicalImpact");
    Optional<Double> business = businessImpact.map(b -> mean(b, 4, "businessImpact"));
    double impact = business.orElse(technical);
    String impactName = business.isPresent() ? "business impact" : "technical impact";
    String severity = SEVERITY[band(impact)][band(l)];
    int rank = LEVELS.indexOf(severity);
    Explanation likelihoodExplained =
        Explanation.of(
            "likelihood", l, "mean of " + likelihood + " = " + l + " -> " + BANDS[band(l)]);
    Explanation impactExplained =
        Explanation.of(
            impactName,
            impact,
            "mean of "
                + (business.isPresent() ? businessImpact.get() : technicalImpact)
                + " = "
                + impact
                + " -> "
                + BANDS[band(impact)]);
    return RiskScore.builder()
        .value(l * impact / 9)
        .level(severity)
        .rank(rank)
        .explanation(
            Explanation.builder()
                .quantity("OWASP overall risk severity")
                .result(l * impact / 9)
                .formula(
                    BANDS[band(l)]
                        + " likelihood x "
                        + BANDS[band(impact)]
                        + " "
                        + impactName
                        + " -> "
                        + severity)
                .addChildren(likelihoodExplained, impactExplained)
                .build())
        .build();
  }

  /** Returns the band of a mean: 0 LOW below 3, 1 MEDIUM below 6, 2 HIGH. */
  private static int band(double mean) {
    return mean < 3 ? 0 : mean < 6 ? 1 : 2;
  }

  private static double mean(List<Integer> factors, int count, String field) {
    check(factors.size() == count, field, factors, count + " factors");
    for (int i = 0; i < factors.size(); i++) {
      check(
          factors.get(i) >= 0 && factors.get(i) <= 9,
          field + "[" + i + "]",
          factors.get(i),
          "a factor from 0 to 9");
    }
    return factors.stream().mapToInt(Integer::intValue).sum() / (double) count;
  }
}
