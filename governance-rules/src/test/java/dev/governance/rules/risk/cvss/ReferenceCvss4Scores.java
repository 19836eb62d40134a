package dev.governance.rules.risk.cvss;

import static dev.governance.rules.risk.cvss.Cvss4Metric.AC;
import static dev.governance.rules.risk.cvss.Cvss4Metric.AR;
import static dev.governance.rules.risk.cvss.Cvss4Metric.AT;
import static dev.governance.rules.risk.cvss.Cvss4Metric.AV;
import static dev.governance.rules.risk.cvss.Cvss4Metric.CR;
import static dev.governance.rules.risk.cvss.Cvss4Metric.E;
import static dev.governance.rules.risk.cvss.Cvss4Metric.IR;
import static dev.governance.rules.risk.cvss.Cvss4Metric.MAC;
import static dev.governance.rules.risk.cvss.Cvss4Metric.MAT;
import static dev.governance.rules.risk.cvss.Cvss4Metric.MAV;
import static dev.governance.rules.risk.cvss.Cvss4Metric.MPR;
import static dev.governance.rules.risk.cvss.Cvss4Metric.MSA;
import static dev.governance.rules.risk.cvss.Cvss4Metric.MSC;
import static dev.governance.rules.risk.cvss.Cvss4Metric.MSI;
import static dev.governance.rules.risk.cvss.Cvss4Metric.MUI;
import static dev.governance.rules.risk.cvss.Cvss4Metric.MVA;
import static dev.governance.rules.risk.cvss.Cvss4Metric.MVC;
import static dev.governance.rules.risk.cvss.Cvss4Metric.MVI;
import static dev.governance.rules.risk.cvss.Cvss4Metric.PR;
import static dev.governance.rules.risk.cvss.Cvss4Metric.SA;
import static dev.governance.rules.risk.cvss.Cvss4Metric.SC;
import static dev.governance.rules.risk.cvss.Cvss4Metric.SI;
import static dev.governance.rules.risk.cvss.Cvss4Metric.UI;
import static dev.governance.rules.risk.cvss.Cvss4Metric.VA;
import static dev.governance.rules.risk.cvss.Cvss4Metric.VC;
import static dev.governance.rules.risk.cvss.Cvss4Metric.VI;

import dev.governance.rules.Explanation;
import dev.governance.rules.risk.RiskScore;
import java.util.Arrays;

/**
 * The test oracle for {@link Cvss4Scores}: the straightforward implementation as it was before
 * issue 23 made scoring table-driven, kept verbatim (formulas evaluated per vector from the metric
 * values' characters). {@code CvssFastPathTest} checks that the tables give the same numbers and
 * explanations on every vector it draws.
 *
 * <p>The original description:
 *
 * <p>The score of a {@link Cvss4Vector} by the CVSS v4.0 specification, section 8: the vector falls
 * in a MacroVector (six equivalence classes EQ1 to EQ6, section 8.2) whose score FIRST's experts
 * set (the lookup table published with the specification); the vector's score is that score minus
 * the mean of its proportional distances, per equivalence class, from the MacroVector's
 * highest-severity vectors towards the next lower MacroVector (section 8.3, "interpolation"),
 * rounded half up to one decimal. Threat and environmental metrics take part through their
 * effective values: a modified metric replaces its base metric, E defaults to Attacked and the
 * security requirements to High; supplemental metrics do not change the score.
 *
 * <p>The arithmetic is exact: scores are in tenths, distances in steps, and the mean is kept as a
 * fraction until it is rounded, so that a score of exactly x.x5 rounds up, where plain doubles (as
 * in FIRST's JavaScript calculator) can land just below ({@code
 * CVSS:4.0/AV:N/AC:L/AT:P/PR:H/UI:A/VC:N/VI:H/VA:L/SC:N/SI:N/SA:L} is 5.7, not 5.6).
 */
final class ReferenceCvss4Scores {

  /**
   * The MacroVector scores in tenths, from the lookup table FIRST publishes with the specification
   * (cvss_lookup.js of the FIRST CVSS v4.0 calculator, BSD-2-Clause), one row per EQ1 EQ2 EQ3 EQ4
   * and, in each row, EQ5 EQ6 = 00, 01, 10, 11, 20, 21; -1 where the MacroVector cannot occur (EQ3
   * = 2 with EQ6 = 0).
   */
  private static final int[] MACRO_VECTOR_SCORES = {
    100, 99, 98, 95, 95, 92, // 0000
    100, 96, 93, 87, 91, 81, // 0001
    93, 90, 89, 80, 81, 68, // 0002
    98, 95, 95, 92, 90, 84, // 0010
    93, 92, 89, 81, 81, 65, // 0011
    88, 80, 78, 70, 69, 48, // 0012
    -1, 92, -1, 82, -1, 72, // 0020
    -1, 79, -1, 69, -1, 50, // 0021
    -1, 69, -1, 55, -1, 27, // 0022
    99, 97, 95, 92, 92, 85, // 0100
    95, 91, 90, 83, 84, 71, // 0101
    92, 81, 82, 71, 72, 53, // 0102
    95, 93, 92, 85, 85, 73, // 0110
    92, 82, 80, 72, 70, 59, // 0111
    84, 70, 71, 52, 50, 30, // 0112
    -1, 86, -1, 75, -1, 52, // 0120
    -1, 71, -1, 52, -1, 29, // 0121
    -1, 63, -1, 29, -1, 17, // 0122
    98, 95, 94, 87, 91, 81, // 1000
    94, 89, 86, 74, 77, 64, // 1001
    87, 75, 74, 63, 63, 49, // 1002
    94, 89, 88, 77, 76, 67, // 1010
    86, 76, 74, 58, 59, 50, // 1011
    72, 57, 57, 52, 52, 25, // 1012
    -1, 83, -1, 70, -1, 54, // 1020
    -1, 65, -1, 58, -1, 26, // 1021
    -1, 53, -1, 21, -1, 13, // 1022
    95, 90, 88, 76, 76, 70, // 1100
    90, 77, 75, 62, 61, 53, // 1101
    77, 66, 68, 59, 52, 30, // 1102
    89, 78, 76, 67, 62, 58, // 1110
    74, 59, 57, 57, 47, 23, // 1111
    61, 52, 57, 29, 24, 16, // 1112
    -1, 71, -1, 59, -1, 30, // 1120
    -1, 58, -1, 26, -1, 15, // 1121
    -1, 23, -1, 13, -1, 6, // 1122
    93, 87, 86, 72, 75, 58, // 2000
    86, 74, 74, 61, 56, 34, // 2001
    70, 54, 52, 40, 40, 22, // 2002
    85, 75, 74, 55, 62, 51, // 2010
    72, 57, 55, 41, 46, 19, // 2011
    53, 36, 34, 19, 19, 8, // 2012
    -1, 64, -1, 51, -1, 20, // 2020
    -1, 47, -1, 21, -1, 11, // 2021
    -1, 24, -1, 9, -1, 4, // 2022
    88, 75, 73, 53, 60, 50, // 2100
    73, 55, 59, 40, 41, 20, // 2101
    54, 43, 45, 22, 20, 11, // 2102
    75, 55, 58, 45, 40, 21, // 2110
    61, 51, 48, 18, 20, 9, // 2111
    46, 18, 17, 7, 8, 2, // 2112
    -1, 53, -1, 24, -1, 14, // 2120
    -1, 24, -1, 12, -1, 5, // 2121
    -1, 10, -1, 3, -1, 1, // 2122
  };

  /**
   * The highest-severity vectors of each MacroVector level (the specification's "max composed"
   * data), as metric severity levels (0 the most severe, one step per value): EQ1 over AV, PR, UI;
   * EQ2 over AC, AT; EQ3 with EQ6 over VC, VI, VA, CR, IR, AR; EQ4 over SC, SI, SA.
   */
  private static final int[][][] EQ1_HIGHEST = {
    {{0, 0, 0}}, {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, {{3, 0, 0}, {1, 1, 1}}
  };

  private static final int[][][] EQ2_HIGHEST = {{{0, 0}}, {{1, 0}, {0, 1}}};
  private static final int[][][][] EQ3_EQ6_HIGHEST = {
    {{{0, 0, 0, 0, 0, 0}}, {{0, 0, 1, 1, 1, 0}, {0, 0, 0, 1, 1, 1}}},
    {
      {{1, 0, 0, 0, 0, 0}, {0, 1, 0, 0, 0, 0}},
      {
        {1, 0, 1, 0, 1, 0},
        {1, 0, 0, 0, 1, 1},
        {0, 1, 0, 1, 0, 1},
        {0, 1, 1, 1, 0, 0},
        {1, 1, 0, 0, 0, 1}
      }
    },
    {{}, {{1, 1, 1, 0, 0, 0}}}
  };
  private static final int[][][] EQ4_HIGHEST = {{{1, 0, 0}}, {{1, 1, 1}}, {{2, 2, 2}}};

  /** The depth of each MacroVector level in steps (the specification's "max severity" data). */
  private static final int[] EQ1_DEPTH = {1, 4, 5};

  private static final int[] EQ2_DEPTH = {1, 2};
  private static final int[][] EQ3_EQ6_DEPTH = {{7, 6}, {8, 8}, {0, 10}};
  private static final int[] EQ4_DEPTH = {6, 5, 4};

  private static final String[] CLASSES = {
    "EQ1 (AV, PR, UI)",
    "EQ2 (AC, AT)",
    "EQ3 and EQ6 (VC, VI, VA, CR, IR, AR)",
    "EQ4 (SC, SI, SA)",
    "EQ5 (E)"
  };

  private final Cvss4Vector vector;
  private final int[] eq = new int[6];

  /** The MacroVector's score, in tenths; 0 when nothing is impacted. */
  private final int macroScore;

  /**
   * Per class EQ1, EQ2, EQ3+EQ6, EQ4, EQ5: the next lower MacroVector's score in tenths, -1 if
   * none.
   */
  private final int[] lower = new int[5];

  /** Per class: the vector's distance in steps from the MacroVector's highest-severity vector. */
  private final int[] distance = new int[5];

  /** Per class: the MacroVector level's depth in steps. */
  private final int[] depth = new int[5];

  private final boolean noImpact;
  private final int tenths;

  ReferenceCvss4Scores(Cvss4Vector vector) {
    this.vector = vector;
    int av = level(vector, MAV, AV, "NALP");
    int pr = level(vector, MPR, PR, "NLH");
    int ui = level(vector, MUI, UI, "NPA");
    int ac = level(vector, MAC, AC, "LH");
    int at = level(vector, MAT, AT, "NP");
    int vc = level(vector, MVC, VC, "HLN");
    int vi = level(vector, MVI, VI, "HLN");
    int va = level(vector, MVA, VA, "HLN");
    int sc = level(vector, MSC, SC, "SHLN");
    int si = level(vector, MSI, SI, "SHLN");
    int sa = level(vector, MSA, SA, "SHLN");
    int cr = "XHML".indexOf(vector.value(CR)) - 1;
    int ir = "XHML".indexOf(vector.value(IR)) - 1;
    int ar = "XHML".indexOf(vector.value(AR)) - 1;
    eq[0] = av == 0 && pr == 0 && ui == 0 ? 0 : (av == 0 || pr == 0 || ui == 0) && av != 3 ? 1 : 2;
    eq[1] = ac == 0 && at == 0 ? 0 : 1;
    eq[2] = vc == 0 && vi == 0 ? 0 : vc == 0 || vi == 0 || va == 0 ? 1 : 2;
    eq[3] = si == 0 || sa == 0 ? 0 : sc == 1 || si == 1 || sa == 1 ? 1 : 2;
    eq[4] = Math.max("XAPU".indexOf(vector.value(E)) - 1, 0);
    eq[5] = cr <= 0 && vc == 0 || ir <= 0 && vi == 0 || ar <= 0 && va == 0 ? 0 : 1;
    cr = Math.max(cr, 0);
    ir = Math.max(ir, 0);
    ar = Math.max(ar, 0);
    noImpact = vc == 2 && vi == 2 && va == 2 && sc == 3 && si == 3 && sa == 3;
    macroScore = score(eq[0], eq[1], eq[2], eq[3], eq[4], eq[5]);
    lower[0] = score(eq[0] + 1, eq[1], eq[2], eq[3], eq[4], eq[5]);
    lower[1] = score(eq[0], eq[1] + 1, eq[2], eq[3], eq[4], eq[5]);
    lower[2] =
        eq[2] == 0 && eq[5] == 0
            ? Math.max(
                score(eq[0], eq[1], 0, eq[3], eq[4], 1), score(eq[0], eq[1], 1, eq[3], eq[4], 0))
            : eq[2] == 1 && eq[5] == 0
                ? score(eq[0], eq[1], 1, eq[3], eq[4], 1)
                : score(eq[0], eq[1], eq[2] + 1, eq[3], eq[4], eq[5]);
    lower[3] = score(eq[0], eq[1], eq[2], eq[3] + 1, eq[4], eq[5]);
    lower[4] = score(eq[0], eq[1], eq[2], eq[3], eq[4] + 1, eq[5]);
    distance[0] = distance(EQ1_HIGHEST[eq[0]], av, pr, ui);
    distance[1] = distance(EQ2_HIGHEST[eq[1]], ac, at);
    distance[2] = distance(EQ3_EQ6_HIGHEST[eq[2]][eq[5]], vc, vi, va, cr, ir, ar);
    distance[3] = distance(EQ4_HIGHEST[eq[3]], sc, si, sa);
    depth[0] = EQ1_DEPTH[eq[0]];
    depth[1] = EQ2_DEPTH[eq[1]];
    depth[2] = EQ3_EQ6_DEPTH[eq[2]][eq[5]];
    depth[3] = EQ4_DEPTH[eq[3]];
    depth[4] = 1;
    tenths = noImpact ? 0 : interpolate();
  }

  /**
   * Returns the MacroVector score less the mean proportional distance, rounded half up to tenths
   * and kept within 0 to 10, computed over a common denominator: the mean is {@code sum((score -
   * lower) x distance / depth) / n} over the n classes that have a lower MacroVector.
   */
  private int interpolate() {
    long product = (long) depth[0] * depth[1] * depth[2] * depth[3];
    long classes = 0;
    long distances = 0;
    for (int c = 0; c < 5; c++) {
      if (lower[c] >= 0) {
        classes++;
        distances += (long) (macroScore - lower[c]) * distance[c] * (product / depth[c]);
      }
    }
    if (classes == 0) {
      return macroScore;
    }
    long denominator = classes * product;
    long numerator = macroScore * denominator - distances;
    long rounded = Math.floorDiv(2 * numerator + denominator, 2 * denominator);
    return (int) Math.max(0, Math.min(100, rounded));
  }

  /** Returns the vector scored. */
  public Cvss4Vector vector() {
    return vector;
  }

  /** Returns the score, 0.0 to 10.0 with one decimal. */
  public double score() {
    return tenths / 10.0;
  }

  /** Returns the score's rating. */
  public CvssSeverity severity() {
    return CvssSeverity.of(score());
  }

  /**
   * Returns the MacroVector, its six equivalence-class levels EQ1 to EQ6, such as {@code 001100}.
   */
  public String macroVector() {
    StringBuilder s = new StringBuilder(6);
    for (int level : eq) {
      s.append(level);
    }
    return s.toString();
  }

  /**
   * Returns how the score was computed: the MacroVector's score, and each class's proportional
   * distance.
   */
  public Explanation explain() {
    String quantity = "CVSS 4.0 score (" + vector.nomenclature() + ")";
    if (noImpact) {
      return Explanation.of(quantity, 0, "no impact on the vulnerable or subsequent system: 0");
    }
    Explanation.Builder explanation =
        Explanation.builder()
            .quantity(quantity)
            .result(score())
            .formula(
                "round half up(MacroVector score - mean proportional distance over the classes with"
                    + " a lower MacroVector)")
            .putInputs("MacroVector score", macroScore / 10.0)
            .addChildren(
                Explanation.of(
                    "MacroVector " + macroVector(),
                    macroScore / 10.0,
                    "FIRST CVSS v4.0 lookup table"));
    for (int c = 0; c < 5; c++) {
      explanation.addChildren(
          lower[c] < 0
              ? Explanation.of(
                  CLASSES[c] + " proportional distance",
                  0,
                  "no lower MacroVector: left out of the mean")
              : Explanation.of(
                  CLASSES[c] + " proportional distance",
                  (macroScore - lower[c]) * (c == 4 ? 0 : distance[c]) / (depth[c] * 10.0),
                  "("
                      + macroScore / 10.0
                      + " - "
                      + lower[c] / 10.0
                      + ") x "
                      + (c == 4 ? 0 : distance[c])
                      + " / "
                      + depth[c]
                      + " steps from the highest-severity vector"));
    }
    return explanation.build();
  }

  /**
   * Returns the score as the library's common risk score: the value, the rating as its level, and
   * the explanation.
   */
  public RiskScore riskScore() {
    CvssSeverity severity = severity();
    return RiskScore.builder()
        .value(score())
        .level(severity.label())
        .rank(severity.ordinal())
        .explanation(explain())
        .build();
  }

  /** Returns the MacroVector's score in tenths, -1 where there is none (a level past the last). */
  private static int score(int eq1, int eq2, int eq3, int eq4, int eq5, int eq6) {
    if (eq1 > 2 || eq2 > 1 || eq3 > 2 || eq4 > 2 || eq5 > 2) {
      return -1;
    }
    return MACRO_VECTOR_SCORES[((((eq1 * 2 + eq2) * 3 + eq3) * 3 + eq4) * 3 + eq5) * 2 + eq6];
  }

  /**
   * Returns the distance in steps from the first of a level's highest-severity vectors that is at
   * least as severe as the vector in every metric (FIRST's calculator takes the first such, in the
   * published order). There always is one: {@code Cvss4ScoresTest} goes through every combination.
   */
  private static int distance(int[][] highest, int... levels) {
    for (int[] candidate : highest) {
      if (dominates(candidate, levels)) {
        int distance = 0;
        for (int m = 0; m < levels.length; m++) {
          distance += levels[m] - candidate[m];
        }
        return distance;
      }
    }
    throw new IllegalStateException(
        "no highest-severity vector at least as severe as " + Arrays.toString(levels));
  }

  private static boolean dominates(int[] highest, int[] levels) {
    for (int m = 0; m < levels.length; m++) {
      if (levels[m] < highest[m]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the severity level (0 the most severe) of a metric's effective value: the modified
   * value when defined.
   */
  private static int level(
      Cvss4Vector vector, Cvss4Metric modified, Cvss4Metric base, String levels) {
    char value = vector.value(modified);
    return levels.indexOf(value == 'X' ? vector.value(base) : value);
  }
}
