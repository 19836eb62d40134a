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

/**
 * The score of a {@link Cvss4Vector} by the CVSS v4.0 specification, section 8: the vector falls in
 * a MacroVector (six equivalence classes EQ1 to EQ6, section 8.2) whose score FIRST's experts set
 * (the lookup table published with the specification); the vector's score is that score minus the
 * mean of its proportional distances, per equivalence class, from the MacroVector's
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
public final class Cvss4Scores {

  /**
   * Effective severity levels (0 the most severe) by a modified metric's and its base metric's
   * value positions, indexed {@code modified x 4 + base}: the modified value's level when defined,
   * else the base value's. Levels as in the specification's "max severity" data: AV N A L P; PR N L
   * H; UI N P A; AC L H; AT N P; VC, VI, VA H L N; SC, SI, SA S H L N.
   */
  private static final byte[] AV_LEVEL = levels(MAV, AV, "NALP");

  private static final byte[] PR_LEVEL = levels(MPR, PR, "NLH");
  private static final byte[] UI_LEVEL = levels(MUI, UI, "NPA");
  private static final byte[] AC_LEVEL = levels(MAC, AC, "LH");
  private static final byte[] AT_LEVEL = levels(MAT, AT, "NP");
  private static final byte[] VC_LEVEL = levels(MVC, VC, "HLN");
  private static final byte[] VI_LEVEL = levels(MVI, VI, "HLN");
  private static final byte[] VA_LEVEL = levels(MVA, VA, "HLN");
  private static final byte[] SC_LEVEL = levels(MSC, SC, "SHLN");
  private static final byte[] SI_LEVEL = levels(MSI, SI, "SHLN");
  private static final byte[] SA_LEVEL = levels(MSA, SA, "SHLN");

  /**
   * The level of a value of E (X A P U) as EQ5 counts it, and of CR, IR, AR (X H M L) as EQ6 and
   * the distances count them: X as the first defined value.
   */
  private static final int[] X_AS_FIRST = {0, 0, 1, 2};

  private static final String[] CLASSES = {
    "EQ1 (AV, PR, UI)",
    "EQ2 (AC, AT)",
    "EQ3 and EQ6 (VC, VI, VA, CR, IR, AR)",
    "EQ4 (SC, SI, SA)",
    "EQ5 (E)"
  };

  private final Cvss4Vector vector;

  /** The MacroVector's {@link Cvss4MacroVectors#index index}. */
  private final int macroVector;

  /** The distances in EQ1, EQ2, EQ3+EQ6 and EQ4, one byte each, EQ1 lowest. */
  private final int distances;

  private final boolean noImpact;
  private final int tenths;

  /**
   * Scores a vector from tables (issue 23): each effective severity level is one array read by the
   * modified and base values' positions, each class's level and distance another by the class's
   * levels, and the interpolation one division with the MacroVector's precomputed coefficients; no
   * allocation but this object. Replaced the per-vector computation of levels by {@code
   * String.indexOf}, of the classes' highest-severity vectors by search and of the interpolation
   * with four arrays (the search alone was about 18% of the time to parse and score a vector); see
   * {@link Cvss4MacroVectors} for the measured gain.
   */
  Cvss4Scores(Cvss4Vector vector) {
    this.vector = vector;
    int eq1 =
        Cvss4MacroVectors.eq1Class(
            level(vector, AV_LEVEL, MAV, AV),
            level(vector, PR_LEVEL, MPR, PR),
            level(vector, UI_LEVEL, MUI, UI));
    int eq2 =
        Cvss4MacroVectors.eq2Class(
            level(vector, AC_LEVEL, MAC, AC), level(vector, AT_LEVEL, MAT, AT));
    int eq3 =
        Cvss4MacroVectors.eq3Eq6Class(
            level(vector, VC_LEVEL, MVC, VC),
            level(vector, VI_LEVEL, MVI, VI),
            level(vector, VA_LEVEL, MVA, VA),
            X_AS_FIRST[vector.ordinal(CR.ordinal())],
            X_AS_FIRST[vector.ordinal(IR.ordinal())],
            X_AS_FIRST[vector.ordinal(AR.ordinal())]);
    int eq4 =
        Cvss4MacroVectors.eq4Class(
            level(vector, SC_LEVEL, MSC, SC),
            level(vector, SI_LEVEL, MSI, SI),
            level(vector, SA_LEVEL, MSA, SA));
    int d1 = Cvss4MacroVectors.distanceOf(eq1);
    int d2 = Cvss4MacroVectors.distanceOf(eq2);
    int d3 = Cvss4MacroVectors.distanceOf(eq3);
    int d4 = Cvss4MacroVectors.distanceOf(eq4);
    macroVector =
        Cvss4MacroVectors.index(eq1, eq2, eq3, eq4, X_AS_FIRST[vector.ordinal(E.ordinal())]);
    distances = d1 | d2 << 8 | d3 << 16 | d4 << 24;
    noImpact = Cvss4MacroVectors.noImpactIn(eq3) && Cvss4MacroVectors.noImpactIn(eq4);
    tenths = noImpact ? 0 : Cvss4MacroVectors.tenths(macroVector, d1, d2, d3, d4);
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
    for (int level : Cvss4MacroVectors.levels(macroVector)) {
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
    int[] eq = Cvss4MacroVectors.levels(macroVector);
    int macroScore = Cvss4MacroVectors.score(eq[0], eq[1], eq[2], eq[3], eq[4], eq[5]);
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
      int lower = Cvss4MacroVectors.lower(eq, c);
      int distance = c == 4 ? 0 : distances >>> 8 * c & 0xff;
      int depth = Cvss4MacroVectors.depth(eq, c);
      explanation.addChildren(
          lower < 0
              ? Explanation.of(
                  CLASSES[c] + " proportional distance",
                  0,
                  "no lower MacroVector: left out of the mean")
              : Explanation.of(
                  CLASSES[c] + " proportional distance",
                  (macroScore - lower) * distance / (depth * 10.0),
                  "("
                      + macroScore / 10.0
                      + " - "
                      + lower / 10.0
                      + ") x "
                      + distance
                      + " / "
                      + depth
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

  /**
   * Returns the severity level (0 the most severe) of a metric's effective value, the modified
   * value when defined, from its table of {@link #levels}.
   */
  private static int level(
      Cvss4Vector vector, byte[] levels, Cvss4Metric modified, Cvss4Metric base) {
    return levels[vector.ordinal(modified.ordinal()) * 4 + vector.ordinal(base.ordinal())];
  }

  /**
   * Returns the table of a metric's effective severity levels, by the modified and the base value's
   * positions ({@code modified x 4 + base}): the position in {@code levels} of the modified value
   * when defined, else of the base value.
   */
  private static byte[] levels(Cvss4Metric modified, Cvss4Metric base, String levels) {
    byte[] table = new byte[modified.codes.length() * 4];
    for (int m = 0; m < modified.codes.length(); m++) {
      for (int b = 0; b < base.codes.length(); b++) {
        char value = m == 0 ? base.codes.charAt(b) : modified.codes.charAt(m);
        table[m * 4 + b] = (byte) levels.indexOf(value);
      }
    }
    return table;
  }
}
