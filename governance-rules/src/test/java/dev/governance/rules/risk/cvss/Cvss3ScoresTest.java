package dev.governance.rules.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.governance.rules.risk.RiskScore;
import java.util.List;
import org.junit.jupiter.api.Test;

class Cvss3ScoresTest {

  @Test
  void roundsUpByAppendixA() {
    // The shared reference's example: the raw temporal product is 4.6000000000000005.
    Cvss3Scores s = Cvss3Vector.parse("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:N/A:N/RC:U").scores();
    assertThat(s.base()).isEqualTo(5.0);
    assertThat(s.temporal()).isEqualTo(4.6);
    assertThat(s.baseSeverity()).isEqualTo(CvssSeverity.MEDIUM);
    assertThat(s.temporalSeverity()).isEqualTo(CvssSeverity.MEDIUM);
  }

  @Test
  void explainsEachScore() {
    Cvss3Scores s =
        Cvss3Vector.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/CR:H/MAV:L").scores();
    assertThat(s.base()).isEqualTo(9.8);
    assertThat(s.temporal()).isEqualTo(9.3);
    assertThat(s.environmental())
        .isEqualTo(7.9); // MISS capped at 0.915; Roundup(Roundup(5.874 + 2.515) x 0.94)
    assertThat(s.baseSeverity()).isEqualTo(CvssSeverity.CRITICAL);
    assertThat(s.environmentalSeverity()).isEqualTo(CvssSeverity.HIGH);
    assertThat(s.explainBase().render())
        .contains("CVSS 3.1 base score = 9.8 = Roundup(min(impact + exploitability, 10))")
        .contains("8.22 x AV x AC x PR x UI = 8.22 x 0.85 x 0.77 x 0.85 x 0.85");
    assertThat(s.explainTemporal().formula())
        .isEqualTo("Roundup(base x E x RL x RC) = Roundup(9.8 x 0.94 x 1.0 x 1.0)");
    assertThat(s.explainEnvironmental().formula())
        .startsWith("Roundup(Roundup(min((modified impact + modified exploitability), 10))");
    assertThat(s.vector().toString())
        .isEqualTo("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/CR:H/MAV:L");
    Cvss3Scores none = Cvss3Vector.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:N/I:N/A:N").scores();
    assertThat(none.base()).isZero();
    assertThat(none.explainBase().formula()).isEqualTo("impact <= 0: 0");
    assertThat(none.explainEnvironmental().formula()).isEqualTo("modified impact <= 0: 0");
    assertThat(none.baseSeverity()).isEqualTo(CvssSeverity.NONE);
  }

  @Test
  void theBaseScoreIsARiskScore() {
    RiskScore score =
        Cvss3Vector.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P").scores().riskScore();
    assertThat(score.value()).isEqualTo(9.8);
    assertThat(score.level()).isEqualTo("Critical");
    assertThat(score.rank()).isEqualTo(4);
    assertThat(score.explanation().quantity()).isEqualTo("CVSS 3.1 base score");
  }

  @Test
  void scoresStayInRangeAndRaisingAnImpactNeverLowersThem() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Cvss3Vector vector = Cvss3Vector.parse(Cvss3VectorTest.randomVector(seed));
              Cvss3Scores scores = vector.scores();
              for (double score :
                  List.of(scores.base(), scores.temporal(), scores.environmental())) {
                assertThat(score).isBetween(0.0, 10.0);
              }
              for (String metric : List.of("C", "I", "A")) {
                Cvss3Scores low = vector.with(metric, 'L').scores();
                Cvss3Scores high = vector.with(metric, 'H').scores();
                assertThat(vector.with(metric, 'N').scores().base())
                    .isLessThanOrEqualTo(low.base());
                assertThat(low.base()).isLessThanOrEqualTo(high.base());
                assertThat(low.temporal()).isLessThanOrEqualTo(high.temporal());
              }
              if (vector.version().equals("3.1")) {
                for (String metric : List.of("MC", "MI", "MA")) {
                  assertThat(vector.with(metric, 'N').scores().environmental())
                      .isLessThanOrEqualTo(vector.with(metric, 'L').scores().environmental());
                  assertThat(vector.with(metric, 'L').scores().environmental())
                      .isLessThanOrEqualTo(vector.with(metric, 'H').scores().environmental());
                }
              }
            });
  }

  @Test
  void raisingAnImpactNeverLowersTheBaseScoreOverEveryCombination() {
    int checked = 0;
    for (String version : List.of("3.0", "3.1")) {
      for (String av : List.of("N", "A", "L", "P")) {
        for (String rest :
            List.of(
                "AC:L/PR:N/UI:N",
                "AC:L/PR:L/UI:R",
                "AC:H/PR:H/UI:N",
                "AC:H/PR:N/UI:R",
                "AC:L/PR:H/UI:R",
                "AC:H/PR:L/UI:N")) {
          for (String scope : List.of("U", "C")) {
            for (String cia :
                List.of(
                    "C:N/I:N/A:N",
                    "C:L/I:N/A:H",
                    "C:H/I:H/A:L",
                    "C:L/I:L/A:L",
                    "C:H/I:N/A:N",
                    "C:H/I:H/A:H")) {
              Cvss3Vector vector =
                  Cvss3Vector.parse(
                      "CVSS:" + version + "/AV:" + av + "/" + rest + "/S:" + scope + "/" + cia);
              for (String metric : List.of("C", "I", "A")) {
                assertThat(vector.with(metric, 'N').scores().base())
                    .isLessThanOrEqualTo(vector.with(metric, 'L').scores().base());
                assertThat(vector.with(metric, 'L').scores().base())
                    .isLessThanOrEqualTo(vector.with(metric, 'H').scores().base());
                checked++;
              }
            }
          }
        }
      }
    }
    assertThat(checked).isEqualTo(1728);
  }

  /**
   * CVSS v3.0's environmental equation for a changed scope, 7.52 (MISS - 0.029) - 3.25 (MISS -
   * 0.02)^15, falls as MISS nears its cap of 0.915, so raising a modified impact can lower the
   * score; v3.1 replaced it with (MISS x 0.9731 - 0.02)^13 (v3.1 specification, section 7.3,
   * Environmental Metrics Equations). The library scores v3.0 vectors as v3.0 defines them, and the
   * reference data agrees.
   */
  @Test
  void v30EnvironmentalScoresAreNotMonotoneAsPublished() {
    Cvss3Vector vector =
        Cvss3Vector.parse(
            "CVSS:3.0/AV:L/AC:H/PR:N/UI:N/S:C/C:N/I:L/A:N/RL:W/RC:C/AR:H/MC:L/MI:H/MA:H");
    assertThat(vector.with("MI", 'L').scores().environmental()).isEqualTo(8.0);
    assertThat(vector.with("MI", 'H').scores().environmental()).isEqualTo(7.9);
    Cvss3Vector v31 =
        Cvss3Vector.parse(
            "CVSS:3.1/AV:L/AC:H/PR:N/UI:N/S:C/C:N/I:L/A:N/RL:W/RC:C/AR:H/MC:L/MI:H/MA:H");
    assertThat(v31.with("MI", 'L').scores().environmental())
        .isLessThanOrEqualTo(v31.with("MI", 'H').scores().environmental());
  }
}
