package dev.governance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.SplittableRandom;
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
  void numbersAreWhatFormatWritesWithoutItsTrailingZeros() {
    SplittableRandom random = new SplittableRandom(23);
    for (int i = 0; i < 300_000; i++) {
      double value;
      switch (i % 5) {
        case 0:
          value = random.nextDouble() * Math.pow(10, random.nextInt(-6, 12));
          break;
        case 1:
          // every magnitude and sign, the subnormals and the largest included
          value = Double.longBitsToDouble(random.nextLong());
          break;
        case 2:
          // decimal fractions, where %.Nf's rounding of the shortest digits shows
          value = random.nextInt(-100_000, 100_000) / Math.pow(10, random.nextInt(0, 6));
          break;
        case 3:
          // exact ties at the last decimal kept
          value = (random.nextInt(0, 20_001) + 0.5) / Math.pow(10, random.nextInt(0, 5));
          break;
        default:
          // where Double.toString switches between plain and computerized notation
          value = (random.nextBoolean() ? 1 : -1) * Math.pow(10, random.nextInt(-4, 9));
          value *= 0.5 + random.nextDouble();
      }
      int decimals = random.nextInt(0, 7);
      assertThat(Texts.number(value, decimals))
          .as("%s with %d decimals", value, decimals)
          .isEqualTo(formatted(value, decimals));
    }
  }

  @Test
  void numbersRoundingToZeroAndNonFiniteOnesAreWrittenAsFormatWritesThem() {
    for (double value :
        new double[] {
          -0.0,
          -0.001,
          -0.004,
          0.0049,
          Double.MIN_VALUE,
          -Double.MAX_VALUE,
          Double.NaN,
          Double.POSITIVE_INFINITY,
          Double.NEGATIVE_INFINITY,
          1e7,
          9_999_999.5,
          0.001,
          9.9995
        }) {
      for (int decimals = 0; decimals < 4; decimals++) {
        assertThat(Texts.number(value, decimals)).isEqualTo(formatted(value, decimals));
      }
    }
    assertThat(Texts.number(-0.001, 2)).isEqualTo("0");
  }

  @Test
  void aNegativeNumberOfDecimalsIsRejected() {
    assertThatThrownBy(() -> Texts.number(1.5, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("decimals is -1; expected a number of decimals from 0");
  }

  /** The former implementation: {@code %.Nf}, less trailing zeros; no negative zero. */
  private static String formatted(double value, int decimals) {
    String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
    if (text.contains(".")) {
      text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return text.equals("-0") ? "0" : text;
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
