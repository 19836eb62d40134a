package dev.governance.spark;

import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.kpi.Scorecard;
import dev.governance.rules.kpi.DataQuality;
import dev.governance.rules.kpi.NodeResult;
import dev.governance.rules.kpi.ObservationAggregator;
import dev.governance.rules.kpi.PeriodValues;
import dev.governance.rules.kpi.ScorecardEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Balanced scorecards over observations held in Spark: the observations are aggregated by {@link
 * KpiAggregation} across the cluster, and the scorecard is scored on the driver by the library's
 * {@link ScorecardEngine}, with the result a local evaluation of the same observations gives, to
 * the last bit.
 *
 * <pre>{@code
 * Dataset<Row> observations = ObservationRows.readParquet(spark, observationsPath); // s3a://...
 * NodeResult result =
 *     SparkScorecards.evaluate(ScorecardEngine.standard(), scorecard, kpis, observations, asOf);
 * SparkScorecards.rows(spark, result).write().parquet(scorecardPath); // a row per node
 * }</pre>
 */
public final class SparkScorecards {

  /**
   * The schema of a scorecard result as rows ({@link #rows}), one row per node, parents before
   * their children: {@code path} (the node ids from the scorecard down, joined by {@code /}),
   * {@code id}, {@code name}, {@code kind} (the node kind, null for the scorecard), {@code depth}
   * (0 for the scorecard), {@code value} (a KPI's raw value), {@code score} (0 to 1), {@code
   * status} ({@code GREEN}, {@code AMBER}, {@code RED}, ...), {@code trend} (the trend's
   * direction), {@code slope} (the trend line's slope), {@code quality} (data-quality flags such as
   * {@code STALE}) and {@code explanation} (the score's formula with its numbers).
   */
  public static final StructType RESULT_SCHEMA =
      new StructType()
          .add("path", DataTypes.StringType, false)
          .add("id", DataTypes.StringType, false)
          .add("name", DataTypes.StringType, false)
          .add("kind", DataTypes.StringType, true)
          .add("depth", DataTypes.IntegerType, false)
          .add("value", DataTypes.DoubleType, true)
          .add("score", DataTypes.DoubleType, true)
          .add("status", DataTypes.StringType, false)
          .add("trend", DataTypes.StringType, true)
          .add("slope", DataTypes.DoubleType, true)
          .add("quality", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add("explanation", DataTypes.StringType, true);

  private SparkScorecards() {}

  /**
   * Aggregates observation rows into {@code aggregator}'s periods across the cluster.
   *
   * @param observations rows in {@link ObservationRows#SCHEMA}
   * @param aggregator the aggregator
   * @return the values, equal to {@code aggregator.aggregate(...)} of the same observations
   * @throws dev.governance.core.GovernanceValidationException if a row holds no valid observation
   *     or one of an unknown KPI
   */
  public static PeriodValues aggregate(
      Dataset<Row> observations, ObservationAggregator aggregator) {
    return observations.select(new KpiAggregation(aggregator).toColumn()).first().values();
  }

  /**
   * Evaluates {@code scorecard} over observation rows: aggregated across the cluster, scored here.
   *
   * @param engine the scorecard engine
   * @param scorecard the scorecard
   * @param kpis the definitions of (at least) the scorecard's KPIs
   * @param observations rows in {@link ObservationRows#SCHEMA}
   * @param asOf the evaluation date
   * @return the result {@link ScorecardEngine#evaluate(Scorecard, List, List, LocalDate)} gives for
   *     the same observations
   * @throws dev.governance.core.GovernanceValidationException as that method does
   */
  public static NodeResult evaluate(
      ScorecardEngine engine,
      Scorecard scorecard,
      List<KpiDefinition> kpis,
      Dataset<Row> observations,
      LocalDate asOf) {
    PeriodValues values = aggregate(observations, engine.aggregator(kpis, asOf));
    return engine.evaluate(scorecard, kpis, values, asOf);
  }

  /**
   * Returns a scorecard result as rows in {@link #RESULT_SCHEMA}, to write as Parquet or JSON.
   *
   * @param spark the session
   * @param result the result of a scorecard
   * @return one row per node, parents first
   */
  public static Dataset<Row> rows(SparkSession spark, NodeResult result) {
    List<Row> rows = new ArrayList<>();
    addRows(Objects.requireNonNull(result, "result"), "", 0, rows);
    return spark.createDataFrame(rows, RESULT_SCHEMA);
  }

  private static void addRows(NodeResult node, String parent, int depth, List<Row> rows) {
    String path = parent.isEmpty() ? node.id() : parent + "/" + node.id();
    rows.add(
        RowFactory.create(
            path,
            node.id(),
            node.name(),
            node.kind().map(Enum::name).orElse(null),
            depth,
            node.value().isPresent() ? node.value().getAsDouble() : null,
            node.score().isPresent() ? node.score().getAsDouble() : null,
            node.status().name(),
            node.trend().map(t -> t.direction().name()).orElse(null),
            node.trend().map(t -> t.slope()).orElse(null),
            node.quality().stream().map(DataQuality::name).toArray(String[]::new),
            node.explanation().map(e -> e.formula()).orElse(null)));
    for (NodeResult child : node.children()) {
      addRows(child, path, depth + 1, rows);
    }
  }
}
