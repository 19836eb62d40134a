package dev.governance.core;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArgCheckerTest {

  @Test
  void theIdentifierLoopAgreesWithThePublishedPattern() {
    // letters, digits and marks of several scripts, a letter outside the BMP (U+20000), half of
    // its surrogate pair, a symbol, a format character and punctuation
    List<String> alphabet =
        List.of(
            "a",
            "Z",
            "0",
            "9",
            ".",
            "_",
            ":",
            "/",
            "+",
            "-",
            "é",
            "e\u0301",
            "\u0301",
            " ",
            "\n",
            "#",
            "项",
            "Ж",
            "ع",
            "٣",
            "प्र",
            "\uD840\uDC00",
            "\uD840",
            "€",
            "\u200D",
            "。",
            "Ⅻ");
    qt().withExamples(20_000)
        .forAll(integers().between(0, 130), longs().all())
        .checkAssert(
            (length, seed) -> {
              java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
              StringBuilder id = new StringBuilder();
              for (int i = 0; i < length; i++) {
                id.append(
                    random.nextInt(4) == 0
                        ? alphabet.get(random.nextInt(alphabet.size()))
                        : String.valueOf((char) ('a' + random.nextInt(26))));
              }
              String text = id.toString();
              assertThat(ArgChecker.isIdentifier(text))
                  .as(text)
                  .isEqualTo(ArgChecker.ID.matcher(text).matches());
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a",
        "risk-1",
        "GDPR",
        "p.smith",
        "sys:crm",
        "org/unit",
        "A+B",
        "x_1",
        "é",
        "café",
        "项目经理",
        "руководитель-проекта",
        "مدير-المشروع",
        "υπεύθυνος",
        "परियोजना-प्रबंधक",
        "٣",
        "\uD840\uDC00"
      })
  void acceptsIdentifiersOfLettersAndDigitsOfAnyScript(String id) {
    assertThat(ArgChecker.identifier(id, "id")).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", " a", "a b", "-a", "a\n", "\u0301a", "a\u200Db", "a€", "项目。", "\uD840"})
  void rejectsMalformedIdentifiers(String id) {
    rejects(
        () -> ArgChecker.identifier(id, "id"),
        "Invalid governance data: id = '"
            + id
            + "': expected an id of 1 to 128 letters, digits or"
            + " . _ : / + - starting with a letter or digit");
  }

  @Test
  void rejectsAnIdentifierOf129Characters() {
    String id = "a".repeat(129);
    assertThat(ArgChecker.identifier("a".repeat(128), "id")).hasSize(128);
    assertThat(ArgChecker.identifier("\uD840\uDC00".repeat(128), "id"))
        .as("128 characters outside the BMP, 256 chars")
        .hasSize(256);
    assertThat(ArgChecker.isIdentifier("项".repeat(129))).isFalse();
    rejects(
        () -> ArgChecker.identifier(id, "id"),
        "Invalid governance data: id = '"
            + id
            + "': expected an id of 1 to 128 letters, digits or"
            + " . _ : / + - starting with a letter or digit");
  }

  @Test
  void rejectsBlankText() {
    assertThat(ArgChecker.notBlank(" x ", "name")).isEqualTo(" x ");
    rejects(
        () -> ArgChecker.notBlank(" \t", "name"),
        "Invalid governance data: name = ' \t': expected a non-blank text");
  }

  @Test
  void rejectsNonFiniteNumbers() {
    assertThat(ArgChecker.finite(-1.5, "v")).isEqualTo(-1.5);
    rejects(
        () -> ArgChecker.finite(Double.NaN, "v"),
        "Invalid governance data: v = NaN: expected a finite number");
    rejects(
        () -> ArgChecker.finite(Double.POSITIVE_INFINITY, "v"),
        "Invalid governance data: v = Infinity: expected a finite number");
  }

  @Test
  void rejectsNegativeNumbers() {
    assertThat(ArgChecker.notNegative(0.0, "weight")).isZero();
    assertThat(ArgChecker.notNegative(2.5, "weight")).isEqualTo(2.5);
    rejects(
        () -> ArgChecker.notNegative(-0.1, "weight"),
        "Invalid governance data: weight = -0.1: expected a finite number >= 0");
    rejects(
        () -> ArgChecker.notNegative(Double.NaN, "weight"),
        "Invalid governance data: weight = NaN: expected a finite number >= 0");
  }

  @Test
  void checksClosedRanges() {
    assertThat(ArgChecker.inRange(0.0, 0, 1, "e")).isZero();
    assertThat(ArgChecker.inRange(1.0, 0, 1, "e")).isEqualTo(1.0);
    rejects(
        () -> ArgChecker.inRange(1.5, 0, 1, "e"),
        "Invalid governance data: e = 1.5: expected a number from 0 to 1");
    rejects(
        () -> ArgChecker.inRange(-0.5, 0, 1e15, "e"),
        "Invalid governance data: e = -0.5: expected a number from 0 to 1.0E15");
    rejects(
        () -> ArgChecker.inRange(-2, -1, 1e14, "e"),
        "Invalid governance data: e = -2.0: expected a number from -1 to 100000000000000");
    rejects(
        () -> ArgChecker.inRange(Double.NaN, 0, 0.5, "e"),
        "Invalid governance data: e = NaN: expected a number from 0 to 0.5");
    assertThat(ArgChecker.inRange(9, 0, 9, "f")).isEqualTo(9);
    assertThat(ArgChecker.inRange(0, 0, 9, "f")).isZero();
    rejects(
        () -> ArgChecker.inRange(-1, 0, 9, "f"),
        "Invalid governance data: f = -1: expected an integer from 0 to 9");
    rejects(
        () -> ArgChecker.inRange(10, 0, 9, "f"),
        "Invalid governance data: f = 10: expected an integer from 0 to 9");
  }

  @Test
  void rejectsNegativeCounts() {
    assertThat(ArgChecker.notNegative(0, "n")).isZero();
    rejects(
        () -> ArgChecker.notNegative(-1, "n"),
        "Invalid governance data: n = -1: expected an integer >= 0");
  }

  @Test
  void rejectsNonPositiveCounts() {
    assertThat(ArgChecker.positive(1, "n")).isEqualTo(1);
    rejects(
        () -> ArgChecker.positive(0, "n"),
        "Invalid governance data: n = 0: expected an integer >= 1");
  }

  @Test
  void rejectsRepeatedEntriesNamingTheIndex() {
    assertThat(ArgChecker.noDuplicates(List.of("a", "b"), "ids")).containsExactly("a", "b");
    rejects(
        () -> ArgChecker.noDuplicates(List.of("a", "b", "a"), "ids"),
        "Invalid governance data: ids[2] = 'a': expected no repeated entries");
  }

  @Test
  void checksEveryIdentifierOfAList() {
    assertThat(ArgChecker.identifiers(List.of("a", "b"), "ids")).containsExactly("a", "b");
    rejects(
        () -> ArgChecker.identifiers(List.of("a", "b c"), "ids"),
        "Invalid governance data: ids[1] = 'b c': expected an id of 1 to 128 letters, digits or"
            + " . _ : / + - starting with a letter or digit");
  }

  @Test
  void checkThrowsOnlyWhenTheConditionFails() {
    ArgChecker.check(true, "f", 1, "x");
    rejects(
        () -> ArgChecker.check(false, "f", "v", "w"),
        "Invalid governance data: f = 'v': expected w");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicStaticMethods(ArgChecker.class);
  }
}
