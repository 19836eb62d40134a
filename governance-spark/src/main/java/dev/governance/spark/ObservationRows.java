package dev.governance.spark;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.Violation;
import dev.governance.core.kpi.Observation;
import dev.governance.core.time.ReportingPeriod;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * KPI observations as Spark rows, one observation a row, in the documented schema {@link #SCHEMA}:
 *
 * <table>
 *   <caption>Observation rows</caption>
 *   <tr><th>column</th><th>type</th><th>holds</th></tr>
 *   <tr><td>{@code kpi}</td><td>string, not null</td><td>the KPI's id</td></tr>
 *   <tr><td>{@code period}</td><td>string</td><td>the reporting period observed, as {@link
 *       ReportingPeriod#parse} reads it ({@code 2025-05}, {@code 2025-Q2}, ...); or null</td></tr>
 *   <tr><td>{@code at}</td><td>timestamp</td><td>the instant observed; or null. Exactly one of
 *       {@code period} and {@code at} is set</td></tr>
 *   <tr><td>{@code value}</td><td>double, not null</td><td>the value, finite</td></tr>
 *   <tr><td>{@code weight}</td><td>double, not null</td><td>its weight for a weighted mean, not
 *       negative; 1 for an observation without one, as {@link Observation} has (a null weight is
 *       refused, not read as 1)</td></tr>
 * </table>
 *
 * <p>Reading refuses, rather than drops or mends, what does not fit: a file without one of these
 * columns or with another type, a CSV line that does not parse (Spark's {@code FAILFAST} mode),
 * and, when an observation is made of a row ({@link #observation}), a row the model would not
 * accept.
 */
public final class ObservationRows {

  /** The schema of observation rows. */
  public static final StructType SCHEMA =
      new StructType()
          .add("kpi", DataTypes.StringType, false)
          .add("period", DataTypes.StringType, true)
          .add("at", DataTypes.TimestampType, true)
          .add("value", DataTypes.DoubleType, false)
          .add("weight", DataTypes.DoubleType, false);

  private static final int KPI = 0;
  private static final int PERIOD = 1;
  private static final int AT = 2;
  private static final int VALUE = 3;
  private static final int WEIGHT = 4;

  private ObservationRows() {}

  /**
   * Reads observations from Parquet files, checking that they have the schema's columns.
   *
   * @param spark the session
   * @param paths the files or directories
   * @return the observation rows, the columns in the schema's order
   * @throws GovernanceValidationException naming every column missing or of another type
   */
  public static Dataset<Row> readParquet(SparkSession spark, String... paths) {
    return conforming(spark.read().parquet(paths));
  }

  /**
   * Reads observations from CSV files whose header line names the schema's columns in its order; a
   * line that does not parse fails the job that reads it (Spark's {@code FAILFAST} mode), naming
   * it, and so does a header with other names.
   *
   * @param spark the session
   * @param paths the files or directories
   * @return the observation rows
   */
  public static Dataset<Row> readCsv(SparkSession spark, String... paths) {
    return spark
        .read()
        .schema(SCHEMA)
        .option("header", "true")
        .option("enforceSchema", "false")
        .option("mode", "FAILFAST")
        .csv(paths);
  }

  /**
   * Returns {@code rows} with the schema's columns in its order, after checking that each is there
   * with the schema's type; other columns are left out.
   *
   * @param rows rows holding observations
   * @return the observation rows
   * @throws GovernanceValidationException naming every column missing or of another type
   */
  public static Dataset<Row> conforming(Dataset<Row> rows) {
    Columns.check(
        rows.schema(), SCHEMA, Set.of(), DataType::equals, DataType::simpleString, "observations");
    return rows.select("kpi", "period", "at", "value", "weight");
  }

  /**
   * Returns the observation a row holds.
   *
   * @param row a row in the schema
   * @return the observation
   * @throws GovernanceValidationException if the row does not hold a valid observation, naming the
   *     row and each field at fault
   */
  public static Observation observation(Row row) {
    try {
      if (row.isNullAt(KPI)) {
        throw GovernanceValidationException.of("kpi", "null", "a KPI id");
      }
      Observation.Builder observation =
          Observation.builder()
              .kpi(row.getString(KPI))
              .value(number(row, VALUE, "value"))
              .weight(number(row, WEIGHT, "weight"));
      String period = row.getString(PERIOD);
      if (period != null) {
        observation.period(ReportingPeriod.parse(period));
      }
      Object at = row.get(AT);
      if (at != null) {
        observation.at(at instanceof Instant instant ? instant : ((Timestamp) at).toInstant());
      }
      return observation.build();
    } catch (GovernanceValidationException e) {
      List<Violation> located = new ArrayList<>();
      for (Violation violation : e.violations()) {
        located.add(
            Violation.of(
                "observation row " + row.mkString("[", ", ", "]") + "." + violation.path(),
                violation.value(),
                violation.expected()));
      }
      throw new GovernanceValidationException(located);
    }
  }

  private static double number(Row row, int field, String name) {
    if (row.isNullAt(field)) {
      throw GovernanceValidationException.of(name, "null", "a number");
    }
    return row.getDouble(field);
  }

  /**
   * Returns the row of an observation.
   *
   * @param observation the observation
   * @return its row in the schema
   */
  public static Row row(Observation observation) {
    ReportingPeriod period = observation.period();
    Instant at = observation.at();
    return RowFactory.create(
        observation.kpi(),
        period == null ? null : period.toString(),
        at == null ? null : Timestamp.from(at),
        observation.value(),
        observation.weight());
  }
}
