package dev.governance.rules.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The precomputed MacroVector tables against their definitions (issue 23); {@code CvssFastPathTest}
 * checks whole scores against the former per-vector computation.
 */
class Cvss4MacroVectorsTest {

  @Test
  void indexesAndLevelsAreInverse() {
    for (int index = 0; index < Cvss4MacroVectors.MACRO_VECTORS; index++) {
      int[] eq = Cvss4MacroVectors.levels(index);
      assertThat(Cvss4MacroVectors.index(eq[0], eq[1], eq[2], eq[3], eq[4], eq[5]))
          .isEqualTo(index);
    }
  }

  @Test
  void aVectorAtNoDistanceScoresItsMacroVectorsScore() {
    int macroVectors = 0;
    for (int index = 0; index < Cvss4MacroVectors.MACRO_VECTORS; index++) {
      int[] eq = Cvss4MacroVectors.levels(index);
      int score = Cvss4MacroVectors.score(eq[0], eq[1], eq[2], eq[3], eq[4], eq[5]);
      if (score >= 0) {
        assertThat(Cvss4MacroVectors.tenths(index, 0, 0, 0, 0)).isEqualTo(score);
        macroVectors++;
      }
    }
    // EQ3 = 2 occurs only with EQ6 = 1: one empty cell per EQ1, EQ2, EQ4, EQ5 (3 x 2 x 3 x 3).
    assertThat(macroVectors).isEqualTo(324 - 54);
  }

  @Test
  void classEntriesPackTheLevelsAndDistancesOfTheDefinitions() {
    for (int av = 0; av < 4; av++) {
      for (int pr = 0; pr < 3; pr++) {
        for (int ui = 0; ui < 3; ui++) {
          int packed = Cvss4MacroVectors.eq1Class(av, pr, ui);
          assertThat(packed & 3).isEqualTo(Cvss4MacroVectors.eq1(av, pr, ui));
        }
      }
    }
    // The specification's section 8 example (AV:N PR:H UI:A, VC:N VI:H VA:L): EQ1 1, whose first
    // highest-severity vector not less severe in any metric is AV:N PR:L UI:N, 0 + 1 + 2 = 3
    // steps away; EQ3 1.
    int eq1 = Cvss4MacroVectors.eq1Class(0, 2, 2);
    assertThat(eq1 & 3).isEqualTo(1);
    assertThat(Cvss4MacroVectors.distanceOf(eq1)).isEqualTo(3);
    int eq3 = Cvss4MacroVectors.eq3Eq6Class(2, 0, 1, 0, 0, 0);
    assertThat(eq3 & 3).isEqualTo(1);
    assertThat(Cvss4MacroVectors.noImpactIn(eq3)).isFalse();
    assertThat(Cvss4MacroVectors.noImpactIn(Cvss4MacroVectors.eq3Eq6Class(2, 2, 2, 0, 0, 0)))
        .isTrue();
    assertThat(Cvss4MacroVectors.noImpactIn(Cvss4MacroVectors.eq4Class(3, 3, 3))).isTrue();
    assertThat(Cvss4MacroVectors.noImpactIn(Cvss4MacroVectors.eq4Class(3, 3, 0))).isFalse();
  }
}
