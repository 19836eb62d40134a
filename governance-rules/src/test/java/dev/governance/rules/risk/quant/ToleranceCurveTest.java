package dev.governance.rules.risk.quant;

import static dev.governance.rules.risk.quant.DistributionTest.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToleranceCurveTest {

  @Test
  void keepsItsPointsByRisingLoss() {
    ToleranceCurve curve =
        ToleranceCurve.builder()
            .addPoints(ExceedancePoint.of(1_000_000, 0.1), ExceedancePoint.of(10_000_000, 0.01))
            .build();
    assertThat(curve.points())
        .extracting(ExceedancePoint::loss)
        .containsExactly(1_000_000.0, 10_000_000.0);
  }

  @Test
  void rejectsFallingLossesRisingProbabilitiesAndNoPoints() {
    assertRejected(
        () ->
            ToleranceCurve.builder()
                .addPoints(ExceedancePoint.of(10, 0.5), ExceedancePoint.of(5, 0.1))
                .build(),
        "toleranceCurve.points[1].loss = 5.0: expected a loss above the previous point's 10.0");
    assertRejected(
        () ->
            ToleranceCurve.builder()
                .addPoints(ExceedancePoint.of(10, 0.1), ExceedancePoint.of(20, 0.2))
                .build(),
        "toleranceCurve.points[1].probability = 0.2: expected a probability no higher than the"
            + " previous point's 0.1");
    assertRejected(
        () -> ToleranceCurve.builder().build(),
        "toleranceCurve.points = []: expected at least one point");
  }
}
