package dev.governance.rules.risk;

import static dev.governance.core.ArgChecker.inRange;
import static dev.governance.core.ArgChecker.notNegative;

import dev.governance.rules.Explanation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Residual risk from control effectiveness, as GRC tools compute it: residual = inherent x (1 -
 * effectiveness), several independent controls combining as 1 - (1 - e1)(1 - e2)...
 */
public final class ResidualRisk {

  private ResidualRisk() {}

  /**
   * Returns the combined effectiveness of independent controls.
   *
   * @param effectiveness each control's effectiveness, 0 to 1
   * @return 1 - product(1 - e), explained; 0 without controls
   * @throws dev.governance.core.GovernanceValidationException if an effectiveness is outside [0, 1]
   */
  public static Explanation combinedEffectiveness(List<Double> effectiveness) {
    double survive = 1;
    for (int i = 0; i < effectiveness.size(); i++) {
      survive *= 1 - inRange(effectiveness.get(i), 0, 1, "effectiveness[" + i + "]");
    }
    String terms =
        effectiveness.stream().map(e -> "(1 - " + e + ")").collect(Collectors.joining(""));
    return Explanation.of(
        "combined control effectiveness",
        1 - survive,
        effectiveness.isEmpty() ? "no controls: 0" : "1 - " + terms);
  }

  /**
   * Returns the residual score.
   *
   * @param inherent the inherent score, not negative
   * @param effectiveness each control's effectiveness, 0 to 1
   * @return inherent x (1 - combined effectiveness), with the combination as its child
   * @throws dev.governance.core.GovernanceValidationException if the inherent score is negative or
   *     an effectiveness is outside [0, 1]
   */
  public static Explanation residual(double inherent, List<Double> effectiveness) {
    notNegative(inherent, "inherent");
    Explanation combined = combinedEffectiveness(effectiveness);
    double residual = inherent * (1 - combined.result());
    return Explanation.builder()
        .quantity("residual risk")
        .result(residual)
        .formula(
            "inherent x (1 - effectiveness) = " + inherent + " x (1 - " + combined.result() + ")")
        .addChildren(combined)
        .build();
  }
}
