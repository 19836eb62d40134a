package dev.governance.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToneTest {

  @Test
  void everyToneHasAStatusWord() {
    for (Tone tone : Tone.values()) {
      assertThat(Texts.status(tone)).isNotBlank();
    }
    assertThat(Texts.status(Tone.CRITICAL)).isEqualTo("Critical");
  }
}
