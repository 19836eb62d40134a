package dev.governance.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextsTest {

  @Test
  void everyToneHasItsStatusWord() {
    assertThat(Texts.status(Tone.GOOD)).isEqualTo("OK");
    assertThat(Texts.status(Tone.WARNING)).isEqualTo("Attention");
    assertThat(Texts.status(Tone.CRITICAL)).isEqualTo("Critical");
    assertThat(Texts.status(Tone.MISSING)).isEqualTo("No data");
  }

  @Test
  void numbersKeepAtMostTheDecimalsAskedWithoutTrailingZerosInRootLocale() {
    assertThat(Texts.number(99.960, 2)).isEqualTo("99.96");
    assertThat(Texts.number(45.0, 1)).isEqualTo("45");
    assertThat(Texts.number(0.125, 2)).isEqualTo("0.13");
    assertThat(Texts.number(-3.5, 0)).isEqualTo("-4");
    assertThat(Texts.number(1234567.891, 1)).isEqualTo("1234567.9");
  }

  @Test
  void oneLineEscapesEveryControlCharacterAndLineSeparator() {
    assertThat(Texts.oneLine("a\r\nb\tc\u0007d\u2028e\u001b[2J"))
        .isEqualTo("a\\r\\nb\\tc\\u0007d\\u2028e\\u001b[2J");
    assertThat(Texts.oneLine("plain \u00e9\uD83D\uDE00")).isEqualTo("plain \u00e9\uD83D\uDE00");
    assertThat(Texts.oneLine("nul\u0000 \u009b31m \u007f"))
        .isEqualTo("nul\uFFFD \\u009b31m \\u007f");
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = "->",
      value = {
        "'plain' -> 'plain'",
        "'lone \uD800 high' -> 'lone \uFFFD high'",
        "'ends high \uD83D' -> 'ends high \uFFFD'",
        "'\uDC00 lone low' -> '\uFFFD lone low'",
        "'reversed \uDE00\uD83D' -> 'reversed \uFFFD\uFFFD'",
        "'pair \uD83D\uDE00 kept' -> 'pair \uD83D\uDE00 kept'",
        "'two highs \uD83D\uD83D\uDE00' -> 'two highs \uFFFD\uD83D\uDE00'",
      })
  void wellFormedReplacesNulAndUnpairedSurrogatesByTheReplacementCharacter(
      String text, String expected) {
    assertThat(Texts.wellFormed(text)).isEqualTo(expected);
  }

  @Test
  void wellFormedReplacesNul() {
    // a CSV source cannot carry a NUL
    assertThat(Texts.wellFormed("nul\u0000byte\u0000")).isEqualTo("nul\uFFFDbyte\uFFFD");
  }

  @Test
  void wellFormedTextIsReturnedAsItIs() {
    String text = "\u00e9\uD83D\uDE00 \u001b \t";
    assertThat(Texts.wellFormed(text)).isSameAs(text);
  }

  @Test
  void visibleEscapesTheControlCharactersATerminalObeysAndKeepsTabsAndLineBreaks() {
    assertThat(Texts.visible("a\r\nb\tc\u0007d\u2028e\u001b[2J\u009b\u007f\b\u0000\uD800"))
        .isEqualTo("a\r\nb\tc\\u0007d\u2028e\\u001b[2J\\u009b\\u007f\\u0008\uFFFD\uFFFD");
  }
}
