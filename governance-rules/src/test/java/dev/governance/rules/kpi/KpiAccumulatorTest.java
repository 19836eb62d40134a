package dev.governance.rules.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.kpi.Aggregation;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class KpiAccumulatorTest {

  @Test
  void givesEveryAggregation() {
    KpiAccumulator acc = new KpiAccumulator();
    acc.add(10, 1, 3);
    acc.add(30, 3, 1);
    acc.add(20, 0, 2);
    assertThat(acc.count()).isEqualTo(3);
    assertThat(acc.value(Aggregation.SUM)).hasValue(60);
    assertThat(acc.value(Aggregation.MEAN)).hasValue(20);
    assertThat(acc.value(Aggregation.LAST)).hasValue(10);
    assertThat(acc.value(Aggregation.MIN)).hasValue(10);
    assertThat(acc.value(Aggregation.MAX)).hasValue(30);
    assertThat(acc.value(Aggregation.COUNT)).hasValue(3);
    assertThat(acc.value(Aggregation.WEIGHTED_MEAN)).hasValue(25);
  }

  @Test
  void emptyAndWeightlessAccumulators() {
    KpiAccumulator empty = new KpiAccumulator();
    assertThat(empty.value(Aggregation.MEAN)).isEmpty();
    assertThat(empty.value(Aggregation.COUNT)).isEqualTo(OptionalDouble.of(0));
    KpiAccumulator weightless = new KpiAccumulator();
    weightless.add(5, 0, 0);
    assertThat(weightless.value(Aggregation.WEIGHTED_MEAN)).isEmpty();
  }

  @Test
  void rejectsBadObservations() {
    assertThatThrownBy(() -> new KpiAccumulator().add(Double.NaN, 1, 0))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: value = NaN: expected a finite number");
    assertThatThrownBy(() -> new KpiAccumulator().add(1, -1, 0))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: weight = -1.0: expected a finite number >= 0");
    assertThatThrownBy(() -> new KpiAccumulator().merge(null))
        .isInstanceOf(NullPointerException.class);
  }
}
