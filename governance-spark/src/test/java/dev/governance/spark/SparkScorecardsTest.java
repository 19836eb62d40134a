package dev.governance.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.rules.kpi.NodeResult;
import dev.governance.rules.kpi.ScorecardEngine;
import dev.governance.spark.example.GeneratedKpiFeed;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkScorecardsTest {

  @TempDir Path dir;

  @Test
  void aResultBecomesOneRowPerNodeParentsFirstWrittenAsParquetAndJson() {
    SparkSession spark = LocalSpark.session();
    GeneratedKpiFeed feed = GeneratedKpiFeed.of(8);
    NodeResult result =
        ScorecardEngine.standard()
            .evaluate(
                GeneratedKpiFeed.scorecard(),
                GeneratedKpiFeed.kpis(),
                feed.observations(3_000),
                GeneratedKpiFeed.AS_OF);
    Dataset<Row> rows = SparkScorecards.rows(spark, result);
    assertThat(rows.schema()).isEqualTo(SparkScorecards.RESULT_SCHEMA);
    List<Row> collected = rows.collectAsList();
    assertThat(collected).hasSize(1 + 2 + GeneratedKpiFeed.kpis().size());
    Row root = collected.get(0);
    assertThat(root.getString(0)).isEqualTo("enterprise");
    assertThat(root.getInt(4)).isZero();
    assertThat(root.getDouble(6)).isEqualTo(result.score().getAsDouble());
    assertThat(root.getString(7)).isEqualTo(result.status().name());
    assertThat(root.getString(11)).isEqualTo(result.explanation().orElseThrow().formula());
    NodeResult sum = result.children().get(0).children().get(0);
    Row sumRow = collected.get(2);
    assertThat(sumRow.getString(0)).isEqualTo("enterprise/system/" + sum.id());
    assertThat(sumRow.getString(3)).isEqualTo("KPI");
    assertThat(sumRow.getDouble(5)).isEqualTo(sum.value().getAsDouble());

    rows.write().parquet(dir.resolve("parquet").toString());
    rows.write().json(dir.resolve("json").toString());
    assertThat(spark.read().parquet(dir.resolve("parquet").toString()).collectAsList())
        .containsExactlyInAnyOrderElementsOf(collected);
    Dataset<Row> json =
        spark.read().schema(SparkScorecards.RESULT_SCHEMA).json(dir.resolve("json").toString());
    assertThat(json.collectAsList()).containsExactlyInAnyOrderElementsOf(collected);
  }
}
