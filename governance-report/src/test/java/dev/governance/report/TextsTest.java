package dev.governance.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
  }
}
