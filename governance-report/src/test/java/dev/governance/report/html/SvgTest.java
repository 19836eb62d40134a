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
}
