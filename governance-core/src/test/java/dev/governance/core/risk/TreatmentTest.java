package dev.governance.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TreatmentTest {

  @Test
  void hasTheFourOptions() {
    assertThat(Treatment.values())
        .containsExactly(Treatment.ACCEPT, Treatment.MITIGATE, Treatment.TRANSFER, Treatment.AVOID);
    assertThat(Treatment.valueOf("TRANSFER")).isEqualTo(Treatment.TRANSFER);
  }
}
