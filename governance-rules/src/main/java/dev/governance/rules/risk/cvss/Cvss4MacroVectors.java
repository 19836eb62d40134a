package dev.governance.rules.risk.cvss;

import java.util.Arrays;

/**
 * The CVSS v4.0 MacroVector data of the specification's section 8 and FIRST's calculator (the
 * MacroVector scores, each level's highest-severity vectors and depths), the equivalence-class
 * levels and distances defined on it, and tables precomputed from them so that {@link Cvss4Scores}
 * scores a vector with array reads and one division.
 *
 * <p>The tables (issue 23): per equivalence class, for every combination of the class's metric
 * severity levels, the class's level(s) and the distance from the level's highest-severity vector
 * (a few dozen to 729 combinations); per MacroVector (324 indexes, EQ1 to EQ6 in mixed radix), the
 * interpolation's numerator, denominator and per-class coefficients over the common denominator.
 * They are built once from the definitions below ({@link #eq1} to {@link #eq6}, {@link #distance},
 * {@link #lower}, {@link #depth}), which the explanation still uses; they replaced, per vector,
 * four {@code int[]} allocations, a search of the highest-severity vectors with varargs arrays and
 * up to seven table look-ups with bound checks; with the parser's tables, a v4.0 vector parses and
 * scores 1.8 to 1.9 times as fast as before ({@code CvssBenchmark}, JMH, alternating jars). {@code
 * CvssFastPathTest} compares the result with the former per-vector computation on random vectors.
 */
final class Cvss4MacroVectors {

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

  /** MacroVector indexes: EQ1 (3) x EQ2 (2) x EQ3 (3) x EQ4 (3) x EQ5 (3) x EQ6 (2). */
  static final int MACRO_VECTORS = 3 * 2 * 3 * 3 * 3 * 2;

  /**
   * Per combination of AV, PR, UI severity levels ({@code (AV x 3 + PR) x 3 + UI}): EQ1 plus its
   * distance times 16.
   */
  private static final int[] EQ1_CLASS = new int[4 * 3 * 3];

  /** Per combination of AC, AT ({@code AC x 2 + AT}): EQ2 plus its distance times 16. */
  private static final int[] EQ2_CLASS = new int[2 * 2];

  /**
   * Per combination of VC, VI, VA, CR, IR, AR (base 3, VC first; X requirements as High): EQ3, plus
   * EQ6 times 4, plus the distance times 16, plus 4096 when VC, VI and VA are all None.
   */
  private static final int[] EQ3_EQ6_CLASS = new int[729];

  /**
   * Per combination of SC, SI, SA ({@code (SC x 4 + SI) x 4 + SA}, levels S, H, L, N): EQ4 plus the
   * distance times 16, plus 4096 when all three are None.
   */
  private static final int[] EQ4_CLASS = new int[4 * 4 * 4];

  /** Per MacroVector: its score (tenths) times the interpolation's common denominator. */
  private static final int[] NUMERATOR = new int[MACRO_VECTORS];

  /**
   * Per MacroVector: the interpolation's common denominator, the number of classes with a lower
   * MacroVector times the product of the four depths (1 when no class has one).
   */
  private static final int[] DENOMINATOR = new int[MACRO_VECTORS];

  /**
   * Per MacroVector and class EQ1, EQ2, EQ3+EQ6, EQ4: what one step of distance takes off the
   * numerator, {@code (score - lower) x product / depth}; 0 when the class has no lower
   * MacroVector.
   */
  private static final int[] COEFFICIENTS = new int[MACRO_VECTORS * 4];

  private static final int NONE = 4096;

  static {
    for (int av = 0; av < 4; av++) {
      for (int pr = 0; pr < 3; pr++) {
        for (int ui = 0; ui < 3; ui++) {
          int eq1 = eq1(av, pr, ui);
          EQ1_CLASS[(av * 3 + pr) * 3 + ui] = eq1 + 16 * distance(EQ1_HIGHEST[eq1], av, pr, ui);
        }
      }
    }
    for (int ac = 0; ac < 2; ac++) {
      for (int at = 0; at < 2; at++) {
        int eq2 = eq2(ac, at);
        EQ2_CLASS[ac * 2 + at] = eq2 + 16 * distance(EQ2_HIGHEST[eq2], ac, at);
      }
    }
    for (int i = 0; i < 729; i++) {
      int vc = i / 243;
      int vi = i / 81 % 3;
      int va = i / 27 % 3;
      int cr = i / 9 % 3;
      int ir = i / 3 % 3;
      int ar = i % 3;
      int eq3 = eq3(vc, vi, va);
      int eq6 = eq6(vc, vi, va, cr, ir, ar);
      EQ3_EQ6_CLASS[i] =
          eq3
              + 4 * eq6
              + 16 * distance(EQ3_EQ6_HIGHEST[eq3][eq6], vc, vi, va, cr, ir, ar)
              + (vc == 2 && vi == 2 && va == 2 ? NONE : 0);
    }
    // SC is never S (Safety is a value of MSI and MSA only): from H.
    for (int sc = 1; sc < 4; sc++) {
      for (int si = 0; si < 4; si++) {
        for (int sa = 0; sa < 4; sa++) {
          int eq4 = eq4(sc, si, sa);
          EQ4_CLASS[(sc * 4 + si) * 4 + sa] =
              eq4
                  + 16 * distance(EQ4_HIGHEST[eq4], sc, si, sa)
                  + (sc == 3 && si == 3 && sa == 3 ? NONE : 0);
        }
      }
    }
    for (int m = 0; m < MACRO_VECTORS; m++) {
      int[] eq = levels(m);
      int score = score(eq[0], eq[1], eq[2], eq[3], eq[4], eq[5]);
      if (score < 0) {
        continue;
      }
      int product = depth(eq, 0) * depth(eq, 1) * depth(eq, 2) * depth(eq, 3);
      int classes = 0;
      for (int c = 0; c < 5; c++) {
        classes += lower(eq, c) >= 0 ? 1 : 0;
      }
      int denominator = classes == 0 ? 1 : classes * product;
      NUMERATOR[m] = score * denominator;
      DENOMINATOR[m] = denominator;
      for (int c = 0; c < 4; c++) {
        int lower = lower(eq, c);
        COEFFICIENTS[m * 4 + c] =
            classes == 0 || lower < 0 ? 0 : (score - lower) * (product / depth(eq, c));
      }
    }
  }

  private Cvss4MacroVectors() {}

  /** Returns EQ1 and its distance packed, for AV, PR, UI severity levels. */
  static int eq1Class(int av, int pr, int ui) {
    return EQ1_CLASS[(av * 3 + pr) * 3 + ui];
  }

  /** Returns EQ2 and its distance packed, for AC, AT severity levels. */
  static int eq2Class(int ac, int at) {
    return EQ2_CLASS[ac * 2 + at];
  }

  /** Returns EQ3, EQ6, their distance and whether VC, VI, VA are None, packed. */
  static int eq3Eq6Class(int vc, int vi, int va, int cr, int ir, int ar) {
    return EQ3_EQ6_CLASS[((((vc * 3 + vi) * 3 + va) * 3 + cr) * 3 + ir) * 3 + ar];
  }

  /** Returns EQ4, its distance and whether SC, SI, SA are None, packed. */
  static int eq4Class(int sc, int si, int sa) {
    return EQ4_CLASS[(sc * 4 + si) * 4 + sa];
  }

  /** Returns the distance in a packed class entry. */
  static int distanceOf(int packed) {
    return packed >>> 4 & 0xff;
  }

  /** Returns whether a packed class entry has no impact (all its impact metrics None). */
  static boolean noImpactIn(int packed) {
    return (packed & NONE) != 0;
  }

  /** Returns the MacroVector index of the packed class entries and EQ5. */
  static int index(int eq1Class, int eq2Class, int eq3Eq6Class, int eq4Class, int eq5) {
    return index(
        eq1Class & 3, eq2Class & 3, eq3Eq6Class & 3, eq4Class & 3, eq5, eq3Eq6Class >>> 2 & 3);
  }

  /** Returns the index of MacroVector EQ1 to EQ6, the position of its score in the table. */
  static int index(int eq1, int eq2, int eq3, int eq4, int eq5, int eq6) {
    return ((((eq1 * 2 + eq2) * 3 + eq3) * 3 + eq4) * 3 + eq5) * 2 + eq6;
  }

  /** Returns the levels EQ1 to EQ6 of the MacroVector with this index. */
  static int[] levels(int index) {
    return new int[] {
      index / 108, index / 54 % 2, index / 18 % 3, index / 6 % 3, index / 2 % 3, index % 2
    };
  }

  /**
   * Returns the score in tenths of a vector in MacroVector {@code index} at these distances from
   * its highest-severity vector in EQ1, EQ2, EQ3+EQ6 and EQ4: the MacroVector's score less the mean
   * proportional distance over the classes with a lower MacroVector, rounded half up and kept
   * within 0 to 100, in integers over the common denominator (so that a score of exactly x.x5
   * rounds up).
   */
  static int tenths(int index, int distance1, int distance2, int distance3, int distance4) {
    int c = index * 4;
    int numerator =
        NUMERATOR[index]
            - COEFFICIENTS[c] * distance1
            - COEFFICIENTS[c + 1] * distance2
            - COEFFICIENTS[c + 2] * distance3
            - COEFFICIENTS[c + 3] * distance4;
    int denominator = DENOMINATOR[index];
    return Math.max(0, Math.min(100, Math.floorDiv(2 * numerator + denominator, 2 * denominator)));
  }

  /** Returns EQ1 for AV, PR, UI severity levels (section 8.2, Table 24). */
  static int eq1(int av, int pr, int ui) {
    return av == 0 && pr == 0 && ui == 0 ? 0 : (av == 0 || pr == 0 || ui == 0) && av != 3 ? 1 : 2;
  }

  /** Returns EQ2 for AC, AT severity levels (Table 25). */
  static int eq2(int ac, int at) {
    return ac == 0 && at == 0 ? 0 : 1;
  }

  /** Returns EQ3 for VC, VI, VA severity levels (Table 26). */
  static int eq3(int vc, int vi, int va) {
    return vc == 0 && vi == 0 ? 0 : vc == 0 || vi == 0 || va == 0 ? 1 : 2;
  }

  /** Returns EQ4 for SC, SI, SA severity levels, S H L N (Table 27). */
  static int eq4(int sc, int si, int sa) {
    return si == 0 || sa == 0 ? 0 : sc == 1 || si == 1 || sa == 1 ? 1 : 2;
  }

  /**
   * Returns EQ6 for VC, VI, VA and the requirements CR, IR, AR (High or X 0, Medium 1, Low 2; Table
   * 29).
   */
  static int eq6(int vc, int vi, int va, int cr, int ir, int ar) {
    return (cr == 0 && vc == 0) || (ir == 0 && vi == 0) || (ar == 0 && va == 0) ? 0 : 1;
  }

  /** Returns the MacroVector's score in tenths, -1 where there is none (a level past the last). */
  static int score(int eq1, int eq2, int eq3, int eq4, int eq5, int eq6) {
    if (eq1 > 2 || eq2 > 1 || eq3 > 2 || eq4 > 2 || eq5 > 2) {
      return -1;
    }
    return MACRO_VECTOR_SCORES[index(eq1, eq2, eq3, eq4, eq5, eq6)];
  }

  /**
   * Returns, for class {@code c} (EQ1, EQ2, EQ3+EQ6, EQ4, EQ5), the score in tenths of the next
   * lower MacroVector, -1 if none.
   */
  static int lower(int[] eq, int c) {
    return switch (c) {
      case 0 -> score(eq[0] + 1, eq[1], eq[2], eq[3], eq[4], eq[5]);
      case 1 -> score(eq[0], eq[1] + 1, eq[2], eq[3], eq[4], eq[5]);
      case 2 ->
          eq[2] == 0 && eq[5] == 0
              ? Math.max(
                  score(eq[0], eq[1], 0, eq[3], eq[4], 1), score(eq[0], eq[1], 1, eq[3], eq[4], 0))
              : eq[2] == 1 && eq[5] == 0
                  ? score(eq[0], eq[1], 1, eq[3], eq[4], 1)
                  : score(eq[0], eq[1], eq[2] + 1, eq[3], eq[4], eq[5]);
      case 3 -> score(eq[0], eq[1], eq[2], eq[3] + 1, eq[4], eq[5]);
      default -> score(eq[0], eq[1], eq[2], eq[3], eq[4] + 1, eq[5]);
    };
  }

  /** Returns, for class {@code c}, the MacroVector level's depth in steps (1 for EQ5). */
  static int depth(int[] eq, int c) {
    return switch (c) {
      case 0 -> EQ1_DEPTH[eq[0]];
      case 1 -> EQ2_DEPTH[eq[1]];
      case 2 -> EQ3_EQ6_DEPTH[eq[2]][eq[5]];
      case 3 -> EQ4_DEPTH[eq[3]];
      default -> 1;
    };
  }

  /**
   * Returns the distance in steps from the first of a level's highest-severity vectors that is at
   * least as severe as the vector in every metric (FIRST's calculator takes the first such, in the
   * published order). There always is one: {@code Cvss4ScoresTest} goes through every combination.
   */
  static int distance(int[][] highest, int... levels) {
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
}
