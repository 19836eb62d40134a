package dev.governance.rules.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.governance.rules.Explanation;
import dev.governance.rules.risk.RiskScore;
import java.util.List;
import org.junit.jupiter.api.Test;

class Cvss4ScoresTest {

  @Test
  void roundsExactlyHalfUp() {
    // worked-examples.md: 5.6499999999999995 in doubles, 5.65 exactly, so 5.7.
    Cvss4Scores scores =
        Cvss4Vector.parse("CVSS:4.0/AV:N/AC:L/AT:P/PR:H/UI:A/VC:N/VI:H/VA:L/SC:N/SI:N/SA:L")
            .scores();
    assertThat(scores.score()).isEqualTo(5.7);
    assertThat(scores.severity()).isEqualTo(CvssSeverity.MEDIUM);
  }

  @Test
  void scoresTheHighestSeverityVectorsAsTheirMacroVectors() {
    // A MacroVector's highest-severity vector scores the table's value: 000100 is 10, 000200 is
    // 9.3, 002201 is 6.9.
    assertThat(score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H"))
        .isEqualTo(10.0);
    assertThat(score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"))
        .isEqualTo(9.3);
    assertThat(score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:N/SI:N/SA:N"))
        .isEqualTo(6.9);
    assertThat(score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N/U:Red"))
        .isEqualTo(0.0);
  }

  @Test
  void explainsTheMacroVectorAndEachDistance() {
    Cvss4Scores scores =
        Cvss4Vector.parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N")
            .scores();
    assertThat(scores.macroVector()).isEqualTo("100200");
    Explanation explanation = scores.explain();
    assertThat(explanation.quantity()).isEqualTo("CVSS 4.0 score (CVSS-B)");
    assertThat(explanation.result()).isEqualTo(scores.score()).isEqualTo(8.7);
    assertThat(explanation.children())
        .extracting(Explanation::quantity)
        .containsExactly(
            "MacroVector 100200",
            "EQ1 (AV, PR, UI) proportional distance",
            "EQ2 (AC, AT) proportional distance",
            "EQ3 and EQ6 (VC, VI, VA, CR, IR, AR) proportional distance",
            "EQ4 (SC, SI, SA) proportional distance",
            "EQ5 (E) proportional distance");
    assertThat(explanation.children().get(0).result()).isEqualTo(8.7);
    assertThat(explanation.children().get(1).formula())
        .isEqualTo("(8.7 - 7.0) x 0 / 4 steps from the highest-severity vector");
    assertThat(explanation.render()).contains("FIRST CVSS v4.0 lookup table");
    assertThat(
            Cvss4Vector.parse("CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:L/VI:L/VA:L/SC:L/SI:L/SA:L/E:U")
                .scores()
                .explain()
                .children()
                .get(1)
                .formula())
        .isEqualTo("no lower MacroVector: left out of the mean");
    assertThat(
            Cvss4Vector.parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N")
                .scores()
                .explain()
                .formula())
        .isEqualTo("no impact on the vulnerable or subsequent system: 0");
  }

  @Test
  void isARiskScore() {
    RiskScore score =
        Cvss4Vector.parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N")
            .scores()
            .riskScore();
    assertThat(score.value()).isEqualTo(9.3);
    assertThat(score.level()).isEqualTo("Critical");
    assertThat(score.rank()).isEqualTo(4);
    assertThat(score.explanation().result()).isEqualTo(9.3);
  }

  @Test
  void everyCombinationHasAHighestSeverityVectorAtLeastAsSevereInItsMacroVector() {
    // The interpolation measures each class's distance from a highest-severity vector of the
    // MacroVector that is at least as severe in every metric; the scorer throws where there is
    // none. The classes are independent, so EQ1 with EQ3+EQ6, then EQ2 with EQ4, cover them all.
    int scored = 0;
    for (String av : List.of("N", "A", "L", "P")) {
      for (String pr : List.of("N", "L", "H")) {
        for (String ui : List.of("N", "P", "A")) {
          for (int i = 0; i < 729; i++) {
            String vulnerable =
                "/VC:"
                    + "HLN".charAt(i % 3)
                    + "/VI:"
                    + "HLN".charAt(i / 3 % 3)
                    + "/VA:"
                    + "HLN".charAt(i / 9 % 3);
            String requirements =
                "/CR:"
                    + "HML".charAt(i / 27 % 3)
                    + "/IR:"
                    + "HML".charAt(i / 81 % 3)
                    + "/AR:"
                    + "HML".charAt(i / 243);
            scored +=
                scoreIsInRange(
                    "CVSS:4.0/AV:"
                        + av
                        + "/AC:L/AT:N/PR:"
                        + pr
                        + "/UI:"
                        + ui
                        + vulnerable
                        + "/SC:N/SI:N/SA:N"
                        + requirements);
          }
        }
      }
    }
    for (String attack : List.of("AC:L/AT:N", "AC:H/AT:N", "AC:L/AT:P", "AC:H/AT:P")) {
      for (int i = 0; i < 48; i++) {
        String subsequent =
            "/SC:"
                + "HLN".charAt(i % 3)
                + "/SI:N/SA:N/MSI:"
                + "SHLN".charAt(i / 3 % 4)
                + "/MSA:"
                + "SHLN".charAt(i / 12);
        scored +=
            scoreIsInRange("CVSS:4.0/AV:N/" + attack + "/PR:N/UI:N/VC:H/VI:H/VA:H" + subsequent);
      }
    }
    assertThat(scored).isEqualTo(36 * 729 + 4 * 48);
  }

  private static int scoreIsInRange(String vector) {
    assertThat(score(vector)).as(vector).isBetween(0.0, 10.0);
    return 1;
  }

  @Test
  void scoresStayInRangeAndRaisingAnImpactNeverLowersThem() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Cvss4Vector vector = Cvss4Vector.parse(Cvss4VectorTest.randomVector(seed));
              assertThat(vector.scores().score()).isBetween(0.0, 10.0);
              for (String metric :
                  List.of(
                      "VC", "VI", "VA", "SC", "SI", "SA", "MVC", "MVI", "MVA", "MSC", "MSI",
                      "MSA")) {
                double none = vector.with(metric, "N").scores().score();
                double low = vector.with(metric, "L").scores().score();
                double high = vector.with(metric, "H").scores().score();
                assertThat(none).as("%s N <= L in %s", metric, vector).isLessThanOrEqualTo(low);
                assertThat(low).as("%s L <= H in %s", metric, vector).isLessThanOrEqualTo(high);
                if (metric.equals("MSI") || metric.equals("MSA")) {
                  assertThat(high)
                      .as("%s H <= S in %s", metric, vector)
                      .isLessThanOrEqualTo(vector.with(metric, "S").scores().score());
                }
              }
            });
  }

  private static double score(String vector) {
    return Cvss4Vector.parse(vector).scores().score();
  }
}
