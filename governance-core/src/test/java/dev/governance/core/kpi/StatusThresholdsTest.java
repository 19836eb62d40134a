package dev.governance.core.kpi;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import org.junit.jupiter.api.Test;

class StatusThresholdsTest {

  @Test
  void holdsBothBoundaries() {
    StatusThresholds t = StatusThresholds.of(99.95, 99.5);
    assertThat(t.green()).isEqualTo(99.95);
    assertThat(t.amber()).isEqualTo(99.5);
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(StatusThresholds.of(1, 2), StatusThresholds.of(1, 2))
        .addEqualityGroup(StatusThresholds.of(2, 1))
        .testEquals();
  }

  @Test
  void rejectsNonFiniteBoundaries() {
    rejects(
        () -> StatusThresholds.of(Double.NaN, 1),
        "Invalid governance data: green = NaN: expected a finite number");
    rejects(
        () -> StatusThresholds.of(1, Double.NEGATIVE_INFINITY),
        "Invalid governance data: amber = -Infinity: expected a finite number");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicStaticMethods(StatusThresholds.class);
    ValueContract.nullTester().testAllPublicInstanceMethods(StatusThresholds.builder());
  }
}
