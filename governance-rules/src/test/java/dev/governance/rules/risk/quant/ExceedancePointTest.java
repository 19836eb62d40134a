package dev.governance.rules.risk.quant;

import static dev.governance.rules.risk.quant.DistributionTest.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExceedancePointTest {

  @Test
  void isALossAndTheProbabilityOfExceedingIt() {
    assertThat(ExceedancePoint.of(5, 0.25).loss()).isEqualTo(5);
    assertThat(ExceedancePoint.of(5, 0.25).probability()).isEqualTo(0.25);
  }

  @Test
  void rejectsNegativeLossesAndProbabilitiesOutsideZeroToOne() {
    assertRejected(
        () -> ExceedancePoint.of(-1, 0.5),
        "exceedancePoint.loss = -1.0: expected a finite number >= 0");
    assertRejected(
        () -> ExceedancePoint.of(1, 1.5),
        "exceedancePoint.probability = 1.5: expected a number from 0 to 1");
  }
}
