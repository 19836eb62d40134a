package dev.governance.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.api.Test;

/** The small enums of the KPI package: directions, aggregations, frequencies and node kinds. */
class KpiEnumsTest {

  @Test
  void updateFrequenciesHaveTheirIntervals() {
    assertThat(UpdateFrequency.DAILY.interval()).isEqualTo(Period.ofDays(1));
    assertThat(UpdateFrequency.WEEKLY.interval()).isEqualTo(Period.ofDays(7));
    assertThat(UpdateFrequency.QUARTERLY.interval()).isEqualTo(Period.ofMonths(3));
    assertThat(UpdateFrequency.HALF_YEARLY.interval()).isEqualTo(Period.ofMonths(6));
    assertThat(UpdateFrequency.YEARLY.interval()).isEqualTo(Period.ofYears(1));
  }

  @Test
  void enumsHaveTheDocumentedConstants() {
    assertThat(Direction.values())
        .containsExactly(
            Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER, Direction.TARGET_RANGE);
    assertThat(Aggregation.values())
        .hasSize(7)
        .contains(Aggregation.WEIGHTED_MEAN, Aggregation.LAST);
    assertThat(NodeKind.values())
        .containsExactly(NodeKind.PERSPECTIVE, NodeKind.OBJECTIVE, NodeKind.KPI);
  }
}
