package dev.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HostileTextGeneratorTest {

  /** Returns whether {@code text} is one to three of {@code samples} joined by spaces. */
  static boolean madeOfSamples(String text, List<String> samples, int most) {
    if (most == 0) {
      return false;
    }
    for (String sample : samples) {
      if (text.equals(sample)
          || (text.startsWith(sample + " ")
              && madeOfSamples(text.substring(sample.length() + 1), samples, most - 1))) {
        return true;
      }
    }
    return false;
  }

  static boolean wellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  @ParameterizedTest
  @EnumSource(HostileText.class)
  void everyFamilyHasNonBlankSamples(HostileText family) {
    assertThat(family.samples()).isNotEmpty().allSatisfy(s -> assertThat(s).isNotBlank());
  }

  @Test
  void everyScriptSampleSetsTheScriptMark() {
    assertThat(HostileText.HTML.samples().stream().filter(s -> s.contains("<script")))
        .hasSizeGreaterThanOrEqualTo(5)
        .allSatisfy(s -> assertThat(s).contains(HostileText.SCRIPT_MARK));
    assertThat(HostileText.HTML.samples().stream().filter(s -> s.contains("onerror=")))
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s).contains(HostileText.SCRIPT_MARK));
  }

  @Test
  void theFamiliesHoldWhatTheIssueNames() {
    assertThat(String.join("\n", HostileTextGenerator.any().samples()))
        .contains("<script>", "onerror=", "javascript:", "</style>", "<svg", "]]>", "-->")
        .contains("=cmd|", "+1+", "-2+", "@SUM", "\t=", "\r=")
        .contains("](javascript:", "![pixel](http:", " | ", "`")
        .contains("\u001B[31m", "\u0007", "\rERROR", "\nmodel.json")
        .contains("\r\nEND:VEVENT", ";", ",", "\\")
        .contains("\"", "\u2028", "\u2029")
        .contains("\u202E", "\u200B", "\uD83D\uDE00", "\u0000", "\uD800 ");
    assertThat(HostileText.LONG.samples()).allSatisfy(s -> assertThat(s).hasSizeGreaterThan(5000));
    assertThat(HostileText.ICALENDAR.samples())
        .anySatisfy(
            s ->
                assertThat(s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                    .isGreaterThan(150));
  }

  @Test
  void textsAreOneToThreeSamplesAndNeverBlank() {
    HostileTextGenerator any = HostileTextGenerator.any();
    qt().withExamples(500)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              String text = any.generate(new SplittableRandom(seed));
              assertThat(text).isNotBlank();
              assertThat(madeOfSamples(text, any.samples(), 3)).as(text).isTrue();
            });
  }

  @Test
  void theSameSeedGivesTheSameText() {
    qt().forAll(longs().all())
        .checkAssert(
            seed ->
                assertThat(HostileTextGenerator.any().generate(new SplittableRandom(seed)))
                    .isEqualTo(HostileTextGenerator.any().generate(new SplittableRandom(seed))));
  }

  @Test
  void anyDrawsFromEveryFamily() {
    HostileTextGenerator any = HostileTextGenerator.any();
    SplittableRandom random = new SplittableRandom(20);
    Set<HostileText> seen = EnumSet.noneOf(HostileText.class);
    for (int i = 0; i < 2000; i++) {
      String text = any.generate(random);
      Arrays.stream(HostileText.values())
          .filter(f -> f.samples().stream().anyMatch(text::startsWith))
          .forEach(seen::add);
    }
    assertThat(seen).containsExactlyInAnyOrder(HostileText.values());
  }

  @Test
  void wellFormedTextHasNoNulAndNoUnpairedSurrogate() {
    assertThat(HostileText.UNPAIRED.samples()).noneMatch(HostileTextGeneratorTest::wellFormed);
    assertThat(HostileTextGenerator.wellFormed().samples())
        .allMatch(HostileTextGeneratorTest::wellFormed)
        .doesNotContainAnyElementsOf(HostileText.UNPAIRED.samples());
    qt().withExamples(500)
        .forAll(longs().all())
        .checkAssert(
            seed ->
                assertThat(
                        wellFormed(
                            HostileTextGenerator.wellFormed().generate(new SplittableRandom(seed))))
                    .isTrue());
  }

  @Test
  void ofDrawsOnlyFromTheFamiliesGiven() {
    HostileTextGenerator csv = HostileTextGenerator.of(HostileText.CSV_FORMULA);
    assertThat(csv.samples()).isEqualTo(HostileText.CSV_FORMULA.samples());
    qt().forAll(longs().all())
        .checkAssert(
            seed ->
                assertThat(
                        madeOfSamples(csv.generate(new SplittableRandom(seed)), csv.samples(), 3))
                    .isTrue());
  }

  @Test
  void ofNoFamilyIsRejected() {
    assertThatThrownBy(HostileTextGenerator::of)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at least one family of hostile text is needed");
  }

  @Test
  void theSimplestTextIsOneOfTheShortestSamples() {
    HostileTextGenerator any = HostileTextGenerator.any();
    int shortest = any.samples().stream().mapToInt(String::length).min().orElseThrow();
    String simplest = any.generate(ChoiceRandom.replaying(new long[0]));
    assertThat(simplest).hasSize(shortest).isIn(any.samples());
    assertThat(
            HostileTextGenerator.of(HostileText.LONG).generate(ChoiceRandom.replaying(new long[0])))
        .isEqualTo(HostileText.LONG.samples().get(0));
  }
}
