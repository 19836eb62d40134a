package dev.governance.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.kpi.Observation;
import dev.governance.core.time.ReportingPeriod;
import dev.governance.rules.kpi.NodeResult;
import dev.governance.rules.kpi.ObservationAggregator;
import dev.governance.rules.kpi.PeriodValues;
import dev.governance.rules.kpi.ScorecardEngine;
import dev.governance.spark.example.GeneratedKpiFeed;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.spark.SparkException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KpiAggregationTest {

  private static final int OBSERVATIONS = 30_000;
  private static final ScorecardEngine ENGINE = ScorecardEngine.standard();
  private static final List<KpiDefinition> KPIS = GeneratedKpiFeed.kpis();

  @ParameterizedTest(name = "{0} partitions")
  @ValueSource(ints = {1, 3, 7})
  void theScorecardFromSparkIsTheLocalEnginesToTheLastBitWhateverThePartitioning(int partitions) {
    SparkSession spark = LocalSpark.session();
    GeneratedKpiFeed feed = GeneratedKpiFeed.of(partitions);
    List<Observation> observations = feed.observations(OBSERVATIONS);
    NodeResult local =
        ENGINE.evaluate(GeneratedKpiFeed.scorecard(), KPIS, observations, GeneratedKpiFeed.AS_OF);
    // generated in parallel, and shuffled into other partitions, in another order
    Dataset<Row> generated = feed.rows(spark, OBSERVATIONS, partitions);
    Dataset<Row> shuffled = generated.repartition(partitions + 1);
    for (Dataset<Row> rows : List.of(generated, shuffled)) {
      NodeResult distributed =
          SparkScorecards.evaluate(
              ENGINE, GeneratedKpiFeed.scorecard(), KPIS, rows, GeneratedKpiFeed.AS_OF);
      assertThat(distributed).isEqualTo(local);
    }
    assertThat(local.score()).isPresent();
  }

  @Test
  void theValuesOfEveryKpiAndPeriodAreTheLocalAggregatorsWhateverTheOrder() {
    SparkSession spark = LocalSpark.session();
    GeneratedKpiFeed feed = GeneratedKpiFeed.of(11);
    List<Observation> observations = new ArrayList<>(feed.observations(5_000));
    ObservationAggregator aggregator = ENGINE.aggregator(KPIS, GeneratedKpiFeed.AS_OF);
    PeriodValues local = aggregator.aggregate(observations);
    Collections.shuffle(observations, new Random(11));
    List<Row> rows = observations.stream().map(ObservationRows::row).toList();
    PeriodValues distributed =
        SparkScorecards.aggregate(
            spark.createDataFrame(rows, ObservationRows.SCHEMA).repartition(7), aggregator);
    int compared = 0;
    for (KpiDefinition kpi : KPIS) {
      assertThat(distributed.latest(kpi.id())).isEqualTo(local.latest(kpi.id()));
      for (int back = 0; back < local.periods().size(); back++) {
        assertThat(distributed.value(kpi.id(), back))
            .as("%s, %d periods back", kpi.id(), back)
            .isEqualTo(local.value(kpi.id(), back));
        compared += local.value(kpi.id(), back).isPresent() ? 1 : 0;
      }
    }
    assertThat(compared).isEqualTo(KPIS.size() * local.periods().size());
  }

  @Test
  void anObservationOfAnUnknownKpiFailsTheJobNamingIt() {
    SparkSession spark = LocalSpark.session();
    Observation unknown =
        Observation.builder()
            .kpi("nps")
            .period(ReportingPeriod.month(YearMonth.of(2026, 5)))
            .value(1)
            .build();
    Dataset<Row> rows =
        spark.createDataFrame(List.of(ObservationRows.row(unknown)), ObservationRows.SCHEMA);
    assertThatThrownBy(
            () -> SparkScorecards.aggregate(rows, ENGINE.aggregator(KPIS, GeneratedKpiFeed.AS_OF)))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining(
            "observations.kpi = 'nps': expected the id of a given KPI definition (1 observations"
                + " have it)");
  }

  @Test
  void aRowThatHoldsNoObservationFailsTheJobNamingTheRowAndTheField() {
    SparkSession spark = LocalSpark.session();
    Row bad = org.apache.spark.sql.RowFactory.create("system-mean", "2026-13", null, 1.0, 1.0);
    Dataset<Row> rows = spark.createDataFrame(List.of(bad), ObservationRows.SCHEMA);
    assertThatThrownBy(
            () -> SparkScorecards.aggregate(rows, ENGINE.aggregator(KPIS, GeneratedKpiFeed.AS_OF)))
        .isInstanceOf(SparkException.class)
        .hasStackTraceContaining(
            "GovernanceValidationException: Invalid governance data: observation row"
                + " [system-mean, 2026-13, null, 1.0, 1.0].period = '2026-13': expected a calendar"
                + " month such as 2025-03");
  }
}
