package dev.governance.rules.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import java.util.Collections;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: the table-driven parsers and scorers against the straightforward implementations they
 * replaced, kept in test scope as oracles ({@link ReferenceCvssParsers}, {@link
 * ReferenceCvss3Scores}, {@link ReferenceCvss4Scores}): the same vectors accepted with the same
 * values, the same messages for the rejected ones, the same scores to the last bit and the same
 * explanations; and the perfect hash of metric names.
 */
class CvssFastPathTest {

  private static final int VECTORS = 100_000;
  private static final String V3_ALPHABET = "CVS:3.01/AVNLPHUIRXEMCTW";
  private static final String V4_ALPHABET = "CVS:4.0/AVNLPHUIRXEMCTWSYDGbdelmnr";

  @Test
  void v3ScoresAndExplanationsAreTheReferenceImplementations() {
    for (long seed = 0; seed < VECTORS; seed++) {
      Cvss3Vector vector = Cvss3Vector.parse(Cvss3VectorTest.randomVector(seed));
      Cvss3Scores fast = vector.scores();
      ReferenceCvss3Scores reference = new ReferenceCvss3Scores(vector);
      assertThat(new double[] {fast.base(), fast.temporal(), fast.environmental()})
          .as("%s", vector)
          .containsExactly(reference.base(), reference.temporal(), reference.environmental());
      if (seed % 100 == 0) {
        assertThat(fast.explainBase()).as("%s", vector).isEqualTo(reference.explainBase());
        assertThat(fast.explainTemporal()).as("%s", vector).isEqualTo(reference.explainTemporal());
        assertThat(fast.explainEnvironmental())
            .as("%s", vector)
            .isEqualTo(reference.explainEnvironmental());
      }
    }
  }

  @Test
  void v3BaseScoresOfEveryBaseVectorAreTheReferenceImplementations() {
    int scored = 0;
    for (String version : new String[] {"3.0", "3.1"}) {
      for (int b = 0; b < 4 * 2 * 3 * 2 * 2 * 27; b++) {
        String vector =
            "CVSS:"
                + version
                + "/AV:"
                + "NALP".charAt(b % 4)
                + "/AC:"
                + "LH".charAt(b / 4 % 2)
                + "/PR:"
                + "NLH".charAt(b / 8 % 3)
                + "/UI:"
                + "NR".charAt(b / 24 % 2)
                + "/S:"
                + "UC".charAt(b / 48 % 2)
                + "/C:"
                + "HLN".charAt(b / 96 % 3)
                + "/I:"
                + "HLN".charAt(b / 288 % 3)
                + "/A:"
                + "HLN".charAt(b / 864);
        Cvss3Vector parsed = Cvss3Vector.parse(vector);
        assertThat(parsed.scores().base())
            .as(vector)
            .isEqualTo(new ReferenceCvss3Scores(parsed).base());
        scored++;
      }
    }
    assertThat(scored).isEqualTo(2 * 2592);
  }

  @Test
  void v4ScoresAndExplanationsAreTheReferenceImplementations() {
    for (long seed = 0; seed < VECTORS; seed++) {
      Cvss4Vector vector = Cvss4Vector.parse(Cvss4VectorTest.randomVector(seed));
      Cvss4Scores fast = vector.scores();
      ReferenceCvss4Scores reference = new ReferenceCvss4Scores(vector);
      assertThat(fast.score()).as("%s", vector).isEqualTo(reference.score());
      assertThat(fast.macroVector()).as("%s", vector).isEqualTo(reference.macroVector());
      if (seed % 100 == 0) {
        assertThat(fast.explain()).as("%s", vector).isEqualTo(reference.explain());
      }
    }
  }

  @Test
  void v3ParserAcceptsAndRejectsAsTheReferenceWithTheSameMessages() {
    for (long seed = 0; seed < VECTORS; seed++) {
      String mutated =
          VectorMutations.mutate(Cvss3VectorTest.randomVector(seed), seed, V3_ALPHABET);
      assertThat(parse3(mutated)).as(mutated).isEqualTo(ReferenceCvssParsers.parse3(mutated));
    }
  }

  @Test
  void v4ParserAcceptsAndRejectsAsTheReferenceWithTheSameMessages() {
    SplittableRandom random = new SplittableRandom(23);
    for (long seed = 0; seed < VECTORS; seed++) {
      String valid = Cvss4VectorTest.randomVector(seed);
      String mutated =
          random.nextInt(4) == 0
              ? valid.replace("/", "/" + Cvss4Metric.values()[random.nextInt(32)].name() + ":X/")
              : VectorMutations.mutate(valid, seed, V4_ALPHABET);
      assertThat(parse4(mutated)).as(mutated).isEqualTo(ReferenceCvssParsers.parse4(mutated));
    }
  }

  @Test
  void theMetricNameHashFindsEveryMetricAndNothingElse() {
    // Every name of one to three capital letters: the hash finds the metric of that name, or none.
    int found3 = 0;
    int found4 = 0;
    String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    for (int n = 0; n < 26 + 26 * 26 + 26 * 26 * 26; n++) {
      String name =
          n < 26
              ? letters.substring(n, n + 1)
              : n < 26 + 676
                  ? "" + letters.charAt((n - 26) / 26) + letters.charAt((n - 26) % 26)
                  : ""
                      + letters.charAt((n - 702) / 676)
                      + letters.charAt((n - 702) / 26 % 26)
                      + letters.charAt((n - 702) % 26);
      Cvss3Metric metric3 = Cvss3Metric.byName(name);
      if (metric3 != null) {
        assertThat(metric3.name()).isEqualTo(name);
        found3++;
      }
      Cvss4Metric metric4 = Cvss4Metric.byName(name);
      if (metric4 != null) {
        assertThat(metric4.name()).isEqualTo(name);
        found4++;
      }
    }
    assertThat(found3).isEqualTo(Cvss3Metric.values().length);
    assertThat(found4).isEqualTo(Cvss4Metric.values().length);
    assertThat(Cvss3Metric.byName("")).isNull();
    assertThat(Cvss4Metric.byName("")).isNull();
  }

  @Test
  void aHashUnderWhichTwoMetricsShareASlotIsRefused() {
    assertThatThrownBy(
            () ->
                new VectorSyntax.KeyIndex(
                    1, Cvss3Metric.values(), Collections.nCopies(22, "X").toArray(new String[0])))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("metrics AV and AC share a slot");
  }

  /** The new parser's result in the oracle's form. */
  private static String parse3(String vector) {
    try {
      Cvss3Vector parsed = Cvss3Vector.parse(vector);
      StringBuilder values = new StringBuilder(parsed.version()).append(':');
      for (Cvss3Metric metric : Cvss3Metric.values()) {
        values.append(parsed.value(metric));
      }
      return values.toString();
    } catch (GovernanceValidationException e) {
      return String.valueOf(e.getMessage());
    }
  }

  private static String parse4(String vector) {
    try {
      Cvss4Vector parsed = Cvss4Vector.parse(vector);
      StringBuilder values = new StringBuilder();
      for (Cvss4Metric metric : Cvss4Metric.values()) {
        values.append(parsed.value(metric));
      }
      return values.toString();
    } catch (GovernanceValidationException e) {
      return String.valueOf(e.getMessage());
    }
  }
}
