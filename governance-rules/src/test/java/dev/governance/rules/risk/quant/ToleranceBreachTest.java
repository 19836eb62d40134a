package dev.governance.rules.risk.quant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToleranceBreachTest {

  @Test
  void saysTheLossAndBothProbabilities() {
    ToleranceBreach breach =
        LossDistribution.of(0, 0, 50, 200)
            .breaches(ToleranceCurve.builder().addPoints(ExceedancePoint.of(40, 0.25)).build())
            .get(0);
    assertThat(breach.loss()).isEqualTo(40);
    assertThat(breach.tolerated()).isEqualTo(0.25);
    assertThat(breach.simulated()).isEqualTo(0.5);
  }
}
