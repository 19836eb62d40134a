package dev.governance.spark;

import dev.governance.rules.kpi.ObservationAggregator;
import dev.governance.rules.kpi.PartialAggregation;
import java.io.Serial;
import java.util.Objects;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * KPI aggregation as a Spark {@link Aggregator} over observation rows ({@link ObservationRows}):
 * each partition fills a {@link PartialAggregation} of the library's {@link ObservationAggregator},
 * Spark merges the parts, and the result is the merged part, whose {@link
 * PartialAggregation#values() values} are the doubles a local {@link
 * ObservationAggregator#aggregate} of all the observations gives, whatever the partitioning: the
 * accumulators add exactly and merge in any grouping. No formula is written twice: every number
 * comes from the library.
 *
 * <pre>{@code
 * ObservationAggregator aggregator = engine.aggregator(kpis, asOf);
 * PeriodValues values =
 *     observations.select(new KpiAggregation(aggregator).toColumn()).first().values();
 * NodeResult result = engine.evaluate(scorecard, kpis, values, asOf);
 * }</pre>
 *
 * <p>Parts travel between executors and the driver in Java's serial form ({@link
 * Encoders#javaSerialization}): their size is the aggregator's table (KPIs times periods), not the
 * observations'.
 */
public final class KpiAggregation extends Aggregator<Row, PartialAggregation, PartialAggregation> {

  @Serial private static final long serialVersionUID = 1L;

  private final ObservationAggregator aggregator;

  /**
   * Aggregates into {@code aggregator}'s periods.
   *
   * @param aggregator the aggregator, such as {@link
   *     dev.governance.rules.kpi.ScorecardEngine#aggregator} returns for a scorecard's evaluation
   */
  public KpiAggregation(ObservationAggregator aggregator) {
    this.aggregator = Objects.requireNonNull(aggregator, "aggregator");
  }

  @Override
  public PartialAggregation zero() {
    return aggregator.partial();
  }

  /**
   * Adds one observation row.
   *
   * @throws dev.governance.core.GovernanceValidationException if the row holds no valid
   *     observation, naming it (the job fails: no row is dropped)
   */
  @Override
  public PartialAggregation reduce(PartialAggregation part, Row row) {
    return part.add(ObservationRows.observation(row));
  }

  @Override
  public PartialAggregation merge(PartialAggregation part, PartialAggregation other) {
    return part.merge(other);
  }

  @Override
  public PartialAggregation finish(PartialAggregation part) {
    return part;
  }

  @Override
  public Encoder<PartialAggregation> bufferEncoder() {
    return Encoders.javaSerialization(PartialAggregation.class);
  }

  @Override
  public Encoder<PartialAggregation> outputEncoder() {
    return Encoders.javaSerialization(PartialAggregation.class);
  }
}
