package dev.governance.spark.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.kpi.Aggregation;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.kpi.Observation;
import dev.governance.spark.ObservationRows;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GeneratedKpiFeedTest {

  @Test
  void theSameSeedGivesTheSameObservationsAndAnotherSeedOthers() {
    List<Observation> first = GeneratedKpiFeed.of(1).observations(1_000);
    assertThat(GeneratedKpiFeed.of(1).observations(1_000)).isEqualTo(first);
    assertThat(GeneratedKpiFeed.of(2).observations(1_000)).isNotEqualTo(first);
    assertThat(GeneratedKpiFeed.of(1).observation(999)).isEqualTo(first.get(999));
  }

  @Test
  void everyKpiAndAggregationIsObservedByPeriodAndAtInstantsAroundTheEvaluationDate() {
    List<Observation> observations = GeneratedKpiFeed.of(1).observations(5_000);
    assertThat(observations.stream().map(Observation::kpi).collect(Collectors.toSet()))
        .isEqualTo(
            GeneratedKpiFeed.kpis().stream().map(KpiDefinition::id).collect(Collectors.toSet()));
    assertThat(
            GeneratedKpiFeed.kpis().stream()
                .map(KpiDefinition::aggregation)
                .collect(Collectors.toSet()))
        .isEqualTo(Set.of(Aggregation.values()));
    assertThat(observations).anyMatch(o -> o.period() != null).anyMatch(o -> o.at() != null);
    assertThat(observations)
        .anyMatch(o -> o.at() != null && o.at().toString().compareTo("2026-06-21") > 0)
        .anyMatch(o -> o.at() != null && o.at().toString().compareTo("2026-01-01") < 0);
    // runs of one KPI, as feeds come
    long changes = 0;
    for (int i = 1; i < observations.size(); i++) {
      changes += observations.get(i).kpi().equals(observations.get(i - 1).kpi()) ? 0 : 1;
    }
    assertThat(changes).isLessThan(observations.size() / 3);
    assertThat(GeneratedKpiFeed.scorecard().children()).hasSize(2);
    assertThat(ObservationRows.observation(ObservationRows.row(observations.get(0))))
        .isEqualTo(observations.get(0));
  }

  @Test
  void refusesNegativeIndexesCountsAndPartitions() {
    GeneratedKpiFeed feed = GeneratedKpiFeed.of(1);
    assertThatThrownBy(() -> feed.observation(-1))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("index = -1: expected 0 or more");
    assertThatThrownBy(() -> feed.observations(-1))
        .hasMessageContaining("count = -1: expected 0 or more");
    assertThatThrownBy(() -> feed.rows(null, 1, 0))
        .hasMessageContaining("partitions = 0: expected 1 or more");
  }
}
