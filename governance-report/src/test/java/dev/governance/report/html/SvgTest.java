package dev.governance.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.report.Tone;
import org.junit.jupiter.api.Test;

class SvgTest {

  @Test
  void everyToneHasAColourAndALetterSoColourIsNeverAlone() {
    for (Tone tone : Tone.values()) {
      assertThat(Svg.fill(tone)).matches("#[0-9A-F]{6}");
    }
    assertThat(Svg.letter(Tone.GOOD) + Svg.letter(Tone.WARNING) + Svg.letter(Tone.CRITICAL))
        .isEqualTo("GAR");
  }

  @Test
  void shortenNeverSplitsASurrogatePair() {
    String emoji = "\uD83D\uDE00";
    assertThat(Svg.shorten("ab" + emoji + "cd", 4)).isEqualTo("ab\u2026");
    assertThat(Svg.shorten("abc" + emoji + "d", 5)).isEqualTo("abc\u2026");
    assertThat(Svg.shorten("abc" + emoji + "de", 6)).isEqualTo("abc" + emoji + "\u2026");
    assertThat(Svg.shorten(emoji.repeat(10), 6)).isEqualTo(emoji.repeat(2) + "\u2026");
    assertThat(Svg.shorten("short", 5)).isEqualTo("short");
  }

  @Test
  void textIsEscapedWithControlCharactersVisibleAndNulAndUnpairedSurrogatesReplaced() {
    assertThat(
            Svg.text(new StringBuilder(), "<a href='x'>&\"\u001b[31m\u0000\uD800\u0007\n")
                .toString())
        .isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;&quot;\\u001b[31m\uFFFD\uFFFD\\u0007\n");
  }
}
