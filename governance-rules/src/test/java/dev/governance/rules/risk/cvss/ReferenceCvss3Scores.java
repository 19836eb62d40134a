package dev.governance.rules.risk.cvss;

import static dev.governance.rules.risk.cvss.Cvss3Metric.A;
import static dev.governance.rules.risk.cvss.Cvss3Metric.AC;
import static dev.governance.rules.risk.cvss.Cvss3Metric.AR;
import static dev.governance.rules.risk.cvss.Cvss3Metric.AV;
import static dev.governance.rules.risk.cvss.Cvss3Metric.C;
import static dev.governance.rules.risk.cvss.Cvss3Metric.CR;
import static dev.governance.rules.risk.cvss.Cvss3Metric.E;
import static dev.governance.rules.risk.cvss.Cvss3Metric.I;
import static dev.governance.rules.risk.cvss.Cvss3Metric.IR;
import static dev.governance.rules.risk.cvss.Cvss3Metric.MA;
import static dev.governance.rules.risk.cvss.Cvss3Metric.MAC;
import static dev.governance.rules.risk.cvss.Cvss3Metric.MAV;
import static dev.governance.rules.risk.cvss.Cvss3Metric.MC;
import static dev.governance.rules.risk.cvss.Cvss3Metric.MI;
import static dev.governance.rules.risk.cvss.Cvss3Metric.MPR;
import static dev.governance.rules.risk.cvss.Cvss3Metric.MS;
import static dev.governance.rules.risk.cvss.Cvss3Metric.MUI;
import static dev.governance.rules.risk.cvss.Cvss3Metric.PR;
import static dev.governance.rules.risk.cvss.Cvss3Metric.RC;
import static dev.governance.rules.risk.cvss.Cvss3Metric.RL;
import static dev.governance.rules.risk.cvss.Cvss3Metric.S;
import static dev.governance.rules.risk.cvss.Cvss3Metric.UI;

import dev.governance.rules.Explanation;
import dev.governance.rules.risk.RiskScore;

/**
 * The test oracle for {@link Cvss3Scores}: the straightforward implementation as it was before
 * issue 23 made scoring table-driven, kept verbatim (formulas evaluated per vector from the metric
 * values' characters). {@code CvssFastPathTest} checks that the tables give the same numbers and
 * explanations on every vector it draws.
 *
 * <p>The original description:
 *
 * <p>The base, temporal and environmental scores of a {@link Cvss3Vector}, by the equations of the
 * CVSS v3.1 specification, section 7 (v3.0, section 8, for 3.0 vectors: its own environmental
 * impact equation and plain rounding up), with v3.1's Appendix A {@code Roundup}, which avoids
 * floating-point surprises: {@code CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:N/A:N/RC:U} scores 4.6,
 * not 4.7.
 *
 * <p>The numbers are computed at once; the explanations, with every formula and weight, when asked.
 */
final class ReferenceCvss3Scores {

  private final Cvss3Vector vector;
  private final boolean v30;
  private final double impact;
  private final double exploitability;
  private final double base;
  private final double temporal;
  private final double modifiedImpact;
  private final double modifiedExploitability;
  private final double environmental;

  ReferenceCvss3Scores(Cvss3Vector vector) {
    this.vector = vector;
    this.v30 = vector.isVersion30();
    boolean changed = vector.value(S) == 'C';
    double iss =
        1 - (1 - cia(vector.value(C))) * (1 - cia(vector.value(I))) * (1 - cia(vector.value(A)));
    impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
    exploitability =
        8.22
            * av(vector.value(AV))
            * ac(vector.value(AC))
            * pr(vector.value(PR), changed)
            * ui(vector.value(UI));
    base =
        impact <= 0 ? 0 : roundUp(Math.min((changed ? 1.08 : 1) * (impact + exploitability), 10));
    double temporalFactor = temporalFactor();
    temporal = roundUp(base * temporalFactor);

    boolean modifiedChanged = modified(MS, S) == 'C';
    double miss =
        Math.min(
            1
                - (1 - requirement(vector.value(CR)) * cia(modified(MC, C)))
                    * (1 - requirement(vector.value(IR)) * cia(modified(MI, I)))
                    * (1 - requirement(vector.value(AR)) * cia(modified(MA, A))),
            0.915);
    modifiedImpact =
        !modifiedChanged
            ? 6.42 * miss
            : v30
                ? 7.52 * (miss - 0.029) - 3.25 * Math.pow(miss - 0.02, 15)
                : 7.52 * (miss - 0.029) - 3.25 * Math.pow(miss * 0.9731 - 0.02, 13);
    modifiedExploitability =
        8.22
            * av(modified(MAV, AV))
            * ac(modified(MAC, AC))
            * pr(modified(MPR, PR), modifiedChanged)
            * ui(modified(MUI, UI));
    environmental =
        modifiedImpact <= 0
            ? 0
            : roundUp(
                roundUp(
                        Math.min(
                            (modifiedChanged ? 1.08 : 1)
                                * (modifiedImpact + modifiedExploitability),
                            10))
                    * temporalFactor);
  }

  /** Returns the vector scored. */
  public Cvss3Vector vector() {
    return vector;
  }

  /** Returns the base score, 0.0 to 10.0. */
  public double base() {
    return base;
  }

  /**
   * Returns the temporal score: the base score adjusted for exploit maturity, remediation and
   * report confidence.
   */
  public double temporal() {
    return temporal;
  }

  /**
   * Returns the environmental score: with the modified base metrics and the security requirements.
   */
  public double environmental() {
    return environmental;
  }

  /** Returns the rating of the base score. */
  public CvssSeverity baseSeverity() {
    return CvssSeverity.of(base);
  }

  /** Returns the rating of the temporal score. */
  public CvssSeverity temporalSeverity() {
    return CvssSeverity.of(temporal);
  }

  /** Returns the rating of the environmental score. */
  public CvssSeverity environmentalSeverity() {
    return CvssSeverity.of(environmental);
  }

  /**
   * Returns the base score as the library's common risk score: the value, the rating as its level,
   * and the explanation.
   */
  public RiskScore riskScore() {
    CvssSeverity severity = baseSeverity();
    return RiskScore.builder()
        .value(base)
        .level(severity.label())
        .rank(severity.ordinal())
        .explanation(explainBase())
        .build();
  }

  /**
   * Returns how the base score was computed, with the impact and exploitability sub-scores as
   * children.
   */
  public Explanation explainBase() {
    boolean changed = vector.value(S) == 'C';
    Explanation impactExplained =
        Explanation.of(
            "impact sub-score",
            impact,
            changed
                ? "7.52 x (ISS - 0.029) - 3.25 x (ISS - 0.02)^15, ISS = 1 - (1 - C)(1 - I)(1 - A),"
                    + " C "
                    + cia(vector.value(C))
                    + ", I "
                    + cia(vector.value(I))
                    + ", A "
                    + cia(vector.value(A))
                : "6.42 x ISS, ISS = 1 - (1 - C)(1 - I)(1 - A), C "
                    + cia(vector.value(C))
                    + ", I "
                    + cia(vector.value(I))
                    + ", A "
                    + cia(vector.value(A)));
    Explanation exploitabilityExplained =
        Explanation.of(
            "exploitability sub-score",
            exploitability,
            "8.22 x AV x AC x PR x UI = 8.22 x "
                + av(vector.value(AV))
                + " x "
                + ac(vector.value(AC))
                + " x "
                + pr(vector.value(PR), changed)
                + " x "
                + ui(vector.value(UI)));
    String formula =
        impact <= 0
            ? "impact <= 0: 0"
            : changed
                ? "Roundup(min(1.08 x (impact + exploitability), 10))"
                : "Roundup(min(impact + exploitability, 10))";
    return Explanation.builder()
        .quantity("CVSS " + vector.version() + " base score")
        .result(base)
        .formula(formula)
        .addChildren(impactExplained, exploitabilityExplained)
        .build();
  }

  /** Returns how the temporal score was computed from the base score. */
  public Explanation explainTemporal() {
    return Explanation.builder()
        .quantity("CVSS " + vector.version() + " temporal score")
        .result(temporal)
        .formula(
            "Roundup(base x E x RL x RC) = Roundup("
                + base
                + " x "
                + exploitMaturity(vector.value(E))
                + " x "
                + remediation(vector.value(RL))
                + " x "
                + confidence(vector.value(RC))
                + ")")
        .addChildren(explainBase())
        .build();
  }

  /** Returns how the environmental score was computed. */
  public Explanation explainEnvironmental() {
    boolean modifiedChanged = modified(MS, S) == 'C';
    String formula =
        modifiedImpact <= 0
            ? "modified impact <= 0: 0"
            : "Roundup(Roundup(min("
                + (modifiedChanged ? "1.08 x " : "")
                + "(modified impact + modified exploitability), 10)) x E x RL x RC)";
    return Explanation.builder()
        .quantity("CVSS " + vector.version() + " environmental score")
        .result(environmental)
        .formula(formula)
        .addChildren(
            Explanation.of(
                "modified impact sub-score",
                modifiedImpact,
                modifiedChanged
                    ? (v30
                        ? "7.52 x (MISS - 0.029) - 3.25 x (MISS - 0.02)^15"
                        : "7.52 x (MISS - 0.029) - 3.25 x (MISS x 0.9731 - 0.02)^13")
                    : "6.42 x MISS, MISS = min(1 - (1 - CR x MC)(1 - IR x MI)(1 - AR x MA),"
                        + " 0.915)"),
            Explanation.of(
                "modified exploitability sub-score",
                modifiedExploitability,
                "8.22 x MAV x MAC x MPR x MUI"))
        .build();
  }

  /**
   * Rounds up to one decimal: CVSS v3.1 Appendix A (integer arithmetic on the value times 100,000,
   * so that 4.6000000000000005 is 4.6); CVSS v3.0 as its section 8 defines it, the smallest
   * one-decimal number not below the input.
   */
  private double roundUp(double value) {
    if (v30) {
      return Math.ceil(value * 10) / 10;
    }
    long scaled = Math.round(value * 100_000);
    return scaled % 10_000 == 0 ? scaled / 100_000.0 : (Math.floorDiv(scaled, 10_000) + 1) / 10.0;
  }

  private char modified(Cvss3Metric modified, Cvss3Metric base) {
    char value = vector.value(modified);
    return value == 'X' ? vector.value(base) : value;
  }

  private double temporalFactor() {
    return exploitMaturity(vector.value(E))
        * remediation(vector.value(RL))
        * confidence(vector.value(RC));
  }

  private static double av(char v) {
    return v == 'N' ? 0.85 : v == 'A' ? 0.62 : v == 'L' ? 0.55 : 0.2;
  }

  private static double ac(char v) {
    return v == 'L' ? 0.77 : 0.44;
  }

  private static double pr(char v, boolean scopeChanged) {
    return v == 'N' ? 0.85 : v == 'L' ? (scopeChanged ? 0.68 : 0.62) : (scopeChanged ? 0.5 : 0.27);
  }

  private static double ui(char v) {
    return v == 'N' ? 0.85 : 0.62;
  }

  private static double cia(char v) {
    return v == 'H' ? 0.56 : v == 'L' ? 0.22 : 0;
  }

  private static double exploitMaturity(char v) {
    return v == 'U' ? 0.91 : v == 'P' ? 0.94 : v == 'F' ? 0.97 : 1;
  }

  private static double remediation(char v) {
    return v == 'O' ? 0.95 : v == 'T' ? 0.96 : v == 'W' ? 0.97 : 1;
  }

  private static double confidence(char v) {
    return v == 'U' ? 0.92 : v == 'R' ? 0.96 : 1;
  }

  private static double requirement(char v) {
    return v == 'L' ? 0.5 : v == 'H' ? 1.5 : 1;
  }
}
