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
 * The base, temporal and environmental scores of a {@link Cvss3Vector}, by the equations of the
 * CVSS v3.1 specification, section 7 (v3.0, section 8, for 3.0 vectors: its own environmental
 * impact equation and plain rounding up), with v3.1's Appendix A {@code Roundup}, which avoids
 * floating-point surprises: {@code CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:N/A:N/RC:U} scores 4.6,
 * not 4.7.
 *
 * <p>The numbers are computed at once; the explanations, with every formula and weight, when asked.
 */
public final class Cvss3Scores {

  /**
   * The impact sub-score by scope (U, C) and C, I, A (H, L, N), indexed {@code (S x 3 + C) x 9 + I
   * x 3 + A} by the values' positions.
   */
  private static final double[] IMPACT = new double[2 * 27];

  /**
   * The exploitability sub-score by scope (U, C), AV (N, A, L, P), AC (L, H), PR (N, L, H) and UI
   * (N, R), indexed {@code (((S x 4 + AV) x 2 + AC) x 3 + PR) x 2 + UI}; the modified
   * exploitability reads it too.
   */
  private static final double[] EXPLOITABILITY = new double[2 * 4 * 2 * 3 * 2];

  /** E x RL x RC, indexed {@code (E x 5 + RL) x 4 + RC} by the values' positions, X first. */
  private static final double[] TEMPORAL_FACTOR = new double[5 * 5 * 4];

  /**
   * The modified impact sub-score by version (3.1, 3.0), modified scope, CR, IR, AR (L, M or X, H:
   * both weigh 1) and the effective MC, MI, MA (H, L, N), indexed {@code ((V x 2 + MS) x 27 +
   * requirements) x 27 + impacts}.
   */
  private static final double[] MODIFIED_IMPACT = new double[2 * 2 * 27 * 27];

  /**
   * The base score in tenths by version (3.1, 3.0), scope, C, I, A and AV, AC, PR, UI, indexed
   * {@code (V x 54 + S x 27 + CIA) x 48 + exploitability index}: {@code Roundup(min(...))} of the
   * impact and exploitability above, 0 when the impact is not positive.
   */
  private static final byte[] BASE = new byte[2 * 54 * 48];

  /**
   * {@code Roundup(score x E x RL x RC)} in tenths by version, a score in tenths (0 to 100) and the
   * temporal metrics, indexed {@code (V x 101 + score) x 100 + temporal index}: the temporal score
   * of a base score, and the environmental score of the rounded modified one. A score {@code k}
   * tenths is {@code k / 10.0}, the same double as {@code Roundup}'s result.
   */
  private static final byte[] TEMPORAL = new byte[2 * 101 * 100];

  /** A requirement value's position in L, M, H by its position in X, L, M, H. */
  private static final int[] REQUIREMENT = {1, 0, 1, 2};

  /** Per modified metric, the position in its base metric's values of each of its values but X. */
  private static final byte[] MAV_BASE = toBase(MAV, AV);

  private static final byte[] MAC_BASE = toBase(MAC, AC);
  private static final byte[] MPR_BASE = toBase(MPR, PR);
  private static final byte[] MUI_BASE = toBase(MUI, UI);
  private static final byte[] MS_BASE = toBase(MS, S);
  private static final byte[] MCIA_BASE = toBase(MC, C);

  static {
    for (int scope = 0; scope < 2; scope++) {
      boolean changed = S.values.charAt(scope) == 'C';
      for (int cia = 0; cia < 27; cia++) {
        double iss =
            1
                - (1 - cia(C.values.charAt(cia / 9)))
                    * (1 - cia(I.values.charAt(cia / 3 % 3)))
                    * (1 - cia(A.values.charAt(cia % 3)));
        IMPACT[scope * 27 + cia] =
            changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
      }
      for (int e = 0; e < 48; e++) {
        EXPLOITABILITY[scope * 48 + e] =
            8.22
                * av(AV.values.charAt(e / 12))
                * ac(AC.values.charAt(e / 6 % 2))
                * pr(PR.values.charAt(e / 2 % 3), changed)
                * ui(UI.values.charAt(e % 2));
      }
    }
    for (int t = 0; t < TEMPORAL_FACTOR.length; t++) {
      TEMPORAL_FACTOR[t] =
          exploitMaturity(E.values.charAt(t / 20))
              * remediation(RL.values.charAt(t / 4 % 5))
              * confidence(RC.values.charAt(t % 4));
    }
    for (int v = 0; v < 2; v++) {
      for (int b = 0; b < 54 * 48; b++) {
        boolean changed = b / (27 * 48) == 1;
        double impact = IMPACT[b / 48];
        BASE[v * 54 * 48 + b] =
            (byte)
                (impact <= 0
                    ? 0
                    : roundUp(
                        Math.min(
                            (changed ? 1.08 : 1)
                                * (impact + EXPLOITABILITY[b / (27 * 48) * 48 + b % 48]),
                            10),
                        v == 1));
      }
      for (int score = 0; score <= 100; score++) {
        for (int t = 0; t < 100; t++) {
          TEMPORAL[(v * 101 + score) * 100 + t] =
              (byte) roundUp(score / 10.0 * TEMPORAL_FACTOR[t], v == 1);
        }
      }
    }
    for (int m = 0; m < MODIFIED_IMPACT.length; m++) {
      boolean v30 = m / (2 * 729) == 1;
      boolean changed = S.values.charAt(m / 729 % 2) == 'C';
      int requirements = m / 27 % 27;
      int impacts = m % 27;
      double miss =
          Math.min(
              1
                  - (1
                          - requirement("LMH".charAt(requirements / 9))
                              * cia(C.values.charAt(impacts / 9)))
                      * (1
                          - requirement("LMH".charAt(requirements / 3 % 3))
                              * cia(C.values.charAt(impacts / 3 % 3)))
                      * (1
                          - requirement("LMH".charAt(requirements % 3))
                              * cia(C.values.charAt(impacts % 3))),
              0.915);
      MODIFIED_IMPACT[m] =
          !changed
              ? 6.42 * miss
              : v30
                  ? 7.52 * (miss - 0.029) - 3.25 * Math.pow(miss - 0.02, 15)
                  : 7.52 * (miss - 0.029) - 3.25 * Math.pow(miss * 0.9731 - 0.02, 13);
    }
  }

  private final Cvss3Vector vector;
  private final boolean v30;
  private final double impact;
  private final double exploitability;
  private final double base;
  private final double temporal;
  private final double modifiedImpact;
  private final double modifiedExploitability;
  private final double environmental;

  /**
   * Scores a vector by reading its sub-scores from the tables above, indexed by the metrics' value
   * positions, and applying only the final sums, {@code min} and {@code Roundup} per vector. The
   * tables hold what the section 7 equations give for each combination, computed once by the same
   * expressions in the same order, so every score is the same double as evaluating the equations
   * per vector (as before issue 23; {@code CvssFastPathTest} compares the two on random vectors).
   * Issue 23: this removed the two {@code Math.pow} calls, three of the four {@code Roundup}s and
   * the character comparisons per vector; scoring went from about a third of the time to parse and
   * score a v3.1 vector to about a quarter of the shorter time (JFR; overall gain with the parser
   * in {@link VectorSyntax.KeyIndex}).
   */
  Cvss3Scores(Cvss3Vector vector) {
    this.vector = vector;
    this.v30 = vector.isVersion30();
    int scope = vector.ordinal(S.ordinal());
    int av = vector.ordinal(AV.ordinal());
    int ac = vector.ordinal(AC.ordinal());
    int pr = vector.ordinal(PR.ordinal());
    int ui = vector.ordinal(UI.ordinal());
    int c = vector.ordinal(C.ordinal());
    int i = vector.ordinal(I.ordinal());
    int a = vector.ordinal(A.ordinal());
    int version = v30 ? 1 : 0;
    int impacts = scope * 27 + (c * 3 + i) * 3 + a;
    int exploitabilities = ((av * 2 + ac) * 3 + pr) * 2 + ui;
    impact = IMPACT[impacts];
    exploitability = EXPLOITABILITY[scope * 48 + exploitabilities];
    int baseTenths = BASE[(version * 54 + impacts) * 48 + exploitabilities];
    base = baseTenths / 10.0;
    int temporals =
        (vector.ordinal(E.ordinal()) * 5 + vector.ordinal(RL.ordinal())) * 4
            + vector.ordinal(RC.ordinal());
    temporal = TEMPORAL[(version * 101 + baseTenths) * 100 + temporals] / 10.0;

    int modifiedScope = effective(vector, MS, MS_BASE, scope);
    boolean modifiedChanged = modifiedScope == 1;
    int requirements =
        (REQUIREMENT[vector.ordinal(CR.ordinal())] * 3 + REQUIREMENT[vector.ordinal(IR.ordinal())])
                * 3
            + REQUIREMENT[vector.ordinal(AR.ordinal())];
    int modifiedImpacts =
        (effective(vector, MC, MCIA_BASE, c) * 3 + effective(vector, MI, MCIA_BASE, i)) * 3
            + effective(vector, MA, MCIA_BASE, a);
    modifiedImpact =
        MODIFIED_IMPACT[((version * 2 + modifiedScope) * 27 + requirements) * 27 + modifiedImpacts];
    modifiedExploitability =
        EXPLOITABILITY[
            (((modifiedScope * 4 + effective(vector, MAV, MAV_BASE, av)) * 2
                                + effective(vector, MAC, MAC_BASE, ac))
                            * 3
                        + effective(vector, MPR, MPR_BASE, pr))
                    * 2
                + effective(vector, MUI, MUI_BASE, ui)];
    environmental =
        modifiedImpact <= 0
            ? 0
            : TEMPORAL[
                    (version * 101
                                + roundUp(
                                    Math.min(
                                        (modifiedChanged ? 1.08 : 1)
                                            * (modifiedImpact + modifiedExploitability),
                                        10),
                                    v30))
                            * 100
                        + temporals]
                / 10.0;
  }

  /**
   * Returns the position among the base metric's values of a modified metric's effective value: the
   * base value's ({@code base}) when the modified one is X.
   */
  private static int effective(Cvss3Vector vector, Cvss3Metric modified, byte[] toBase, int base) {
    int value = vector.ordinal(modified.ordinal());
    return value == 0 ? base : toBase[value];
  }

  /**
   * Returns, for each value of a modified metric, the position of the same value among its base
   * metric's values (-1 for X).
   */
  private static byte[] toBase(Cvss3Metric modified, Cvss3Metric base) {
    byte[] positions = new byte[modified.values.length()];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = (byte) base.values.indexOf(modified.values.charAt(i));
    }
    return positions;
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
   * Rounds up to one decimal, in tenths: CVSS v3.1 Appendix A (integer arithmetic on the value
   * times 100,000, so that 4.6000000000000005 is 4.6); CVSS v3.0 as its section 8 defines it, the
   * smallest one-decimal number not below the input. Tenths {@code k} stand for {@code k / 10.0},
   * the double the former {@code Roundup} returned ({@code scaled / 100_000.0} and {@code k / 10.0}
   * are both the correctly rounded k/10).
   */
  private static int roundUp(double value, boolean v30) {
    if (v30) {
      return (int) Math.ceil(value * 10);
    }
    long scaled = Math.round(value * 100_000);
    return (int) (scaled % 10_000 == 0 ? scaled / 10_000 : Math.floorDiv(scaled, 10_000) + 1);
  }

  private char modified(Cvss3Metric modified, Cvss3Metric base) {
    char value = vector.value(modified);
    return value == 'X' ? vector.value(base) : value;
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
