package dev.governance.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToneTest {

  @Test
  void everyToneHasAWordAndAColourAndNeverColourAlone() {
    for (Tone tone : Tone.values()) {
      assertThat(Texts.status(tone)).isNotBlank();
      assertThat(Svg.fill(tone)).matches("#[0-9A-F]{6}");
    }
    assertThat(Svg.letter(Tone.GOOD) + Svg.letter(Tone.WARNING) + Svg.letter(Tone.CRITICAL)).isEqualTo("GAR");
  }
}
