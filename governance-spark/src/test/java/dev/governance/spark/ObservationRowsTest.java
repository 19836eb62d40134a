package dev.governance.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.kpi.Observation;
import dev.governance.spark.example.GeneratedKpiFeed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.SparkException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObservationRowsTest {

  @TempDir Path dir;

  private final SparkSession spark = LocalSpark.session();

  @Test
  void anObservationAndItsRowMakeEachOther() {
    for (Observation observation : GeneratedKpiFeed.of(3).observations(200)) {
      assertThat(ObservationRows.observation(ObservationRows.row(observation)))
          .isEqualTo(observation);
    }
  }

  @Test
  void readsTheObservationsWrittenAsParquetAndAsCsv() {
    Dataset<Row> rows = GeneratedKpiFeed.of(4).rows(spark, 500, 3);
    rows.write().parquet(dir.resolve("parquet").toString());
    rows.write().option("header", "true").csv(dir.resolve("csv").toString());
    List<Row> expected = rows.collectAsList();
    assertThat(
            ObservationRows.readParquet(spark, dir.resolve("parquet").toString()).collectAsList())
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(ObservationRows.readCsv(spark, dir.resolve("csv").toString()).collectAsList())
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void aParquetFileWithoutAColumnOrWithAnotherTypeIsRefusedNamingEach() {
    GeneratedKpiFeed.of(5)
        .rows(spark, 10, 1)
        .drop("weight")
        .withColumn("value", org.apache.spark.sql.functions.col("value").cast("string"))
        .write()
        .parquet(dir.resolve("bad").toString());
    assertThatThrownBy(() -> ObservationRows.readParquet(spark, dir.resolve("bad").toString()))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("observations column value = string: expected a column of double")
        .hasMessageContaining(
            "observations column weight = <missing>: expected a column weight of double (columns"
                + " found: kpi, period, at, value)");
  }

  @Test
  void aCsvLineThatDoesNotParseFailsTheReadRatherThanBeingDropped() throws IOException {
    Path csv = dir.resolve("observations.csv");
    Files.writeString(
        csv,
        "kpi,period,at,value,weight\n"
            + "system-mean,2026-05,,1.5,1\n"
            + "system-mean,2026-05,,one and a half,1\n");
    Dataset<Row> rows = ObservationRows.readCsv(spark, csv.toString());
    assertThatThrownBy(rows::collectAsList)
        .isInstanceOf(SparkException.class)
        .hasStackTraceContaining("Malformed records are detected")
        .hasStackTraceContaining("For input string: \"one and a half\"");
    Path renamed = dir.resolve("renamed.csv");
    Files.writeString(renamed, "kpi,month,at,value,weight\nsystem-mean,2026-05,,1.5,1\n");
    assertThatThrownBy(() -> ObservationRows.readCsv(spark, renamed.toString()).collectAsList())
        .hasStackTraceContaining("month");
  }

  @Test
  void aRowThatHoldsNoObservationIsRefusedNamingTheRowAndTheField() {
    assertThatThrownBy(
            () -> ObservationRows.observation(RowFactory.create(null, "2026-05", null, 1.0, 1.0)))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining(
            "observation row [null, 2026-05, null, 1.0, 1.0].kpi = 'null': expected a KPI id");
    assertThatThrownBy(
            () -> ObservationRows.observation(RowFactory.create("k", "2026-05", null, null, 1.0)))
        .hasMessageContaining(
            "observation row [k, 2026-05, null, null, 1.0].value = 'null': expected a number");
    assertThatThrownBy(
            () -> ObservationRows.observation(RowFactory.create("k", "2026-05", null, 1.0, -1.0)))
        .hasMessageContaining("observation row [k, 2026-05, null, 1.0, -1.0].weight = -1.0");
    assertThatThrownBy(
            () -> ObservationRows.observation(RowFactory.create("k", null, null, 1.0, 1.0)))
        .hasMessageContaining("observation row [k, null, null, 1.0, 1.0].");
  }
}
