package dev.governance.spark.example;

import static dev.governance.core.ArgChecker.check;

import com.google.common.collect.ImmutableList;
import dev.governance.core.kpi.Aggregation;
import dev.governance.core.kpi.Direction;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.kpi.NodeKind;
import dev.governance.core.kpi.Observation;
import dev.governance.core.kpi.Scorecard;
import dev.governance.core.kpi.ScorecardNode;
import dev.governance.core.kpi.UpdateFrequency;
import dev.governance.core.time.ReportingPeriod;
import dev.governance.spark.ObservationRows;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A generated feed of KPI observations, the same for the same seed on any machine: observation
 * {@code i} is drawn from its own random stream (the seed and {@code i}), so that a cluster
 * generates a billion observations in parallel and a local run the same ones in a list. Fourteen
 * KPIs, two of each {@link Aggregation}, in a system and a program perspective; observations of
 * months and at instants, from six months before the evaluation date to one month after it (those
 * the evaluation leaves out), in runs of one KPI as feeds come, with values of full precision (so
 * that only sums that are exact whatever their order agree across partitionings).
 */
public final class GeneratedKpiFeed implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** The evaluation date of the feed's scorecard. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 6, 20);

  private static final YearMonth FIRST_MONTH = YearMonth.of(2025, 12);
  private static final Instant FIRST_INSTANT = Instant.parse("2025-12-01T00:00:00Z");
  private static final long SECONDS = 215L * 86_400; // December 1 to July 3

  private final long seed;
  private final ImmutableList<String> ids;

  private GeneratedKpiFeed(long seed) {
    this.seed = seed;
    this.ids = kpis().stream().map(KpiDefinition::id).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the feed of {@code seed}.
   *
   * @param seed the seed
   * @return the feed
   */
  public static GeneratedKpiFeed of(long seed) {
    return new GeneratedKpiFeed(seed);
  }

  /** Returns the feed's KPIs: two of each aggregation, in order. */
  public static List<KpiDefinition> kpis() {
    List<KpiDefinition> kpis = new ArrayList<>();
    for (Aggregation aggregation : Aggregation.values()) {
      for (String side : List.of("system", "program")) {
        String id = side + "-" + aggregation.name().toLowerCase(Locale.ROOT).replace('_', '-');
        kpis.add(
            KpiDefinition.builder()
                .id(id)
                .name(side + " KPI by " + aggregation)
                .unit("points")
                .direction(
                    side.equals("system") ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER)
                .minimum(0.0)
                .maximum(
                    aggregation == Aggregation.SUM || aggregation == Aggregation.COUNT
                        ? 20_000.0
                        : 100.0)
                .target(side.equals("system") ? 90 : 10)
                .perspective(side)
                .aggregation(aggregation)
                .updateFrequency(UpdateFrequency.MONTHLY)
                .build());
      }
    }
    return kpis;
  }

  /** Returns the feed's scorecard: a perspective per side, each KPI weighted by its place. */
  public static Scorecard scorecard() {
    Scorecard.Builder scorecard = Scorecard.builder().id("enterprise").name("Enterprise scorecard");
    for (String side : List.of("system", "program")) {
      ScorecardNode.Builder perspective =
          ScorecardNode.builder().id(side).name(side + " perspective").kind(NodeKind.PERSPECTIVE);
      int weight = 1;
      for (KpiDefinition kpi : kpis()) {
        if (kpi.perspective().equals(side)) {
          perspective.addChildren(ScorecardNode.kpiLeaf(kpi.id(), kpi.name(), weight++));
        }
      }
      scorecard.addChildren(perspective.build());
    }
    return scorecard.build();
  }

  /**
   * Returns observation {@code index}.
   *
   * @param index from 0
   * @return the observation
   */
  public Observation observation(long index) {
    check(index >= 0, "index", index, "0 or more");
    // runs of up to 8 observations of one KPI, as feeds come: the run's KPI from the run's stream
    SplittableRandom run = new SplittableRandom(seed ^ mix(index >>> 3));
    SplittableRandom random = new SplittableRandom(mix(seed + index));
    String kpi = ids.get(run.nextInt(ids.size()));
    Observation.Builder observation =
        Observation.builder()
            .kpi(kpi)
            .value(random.nextDouble() * 100)
            .weight(random.nextInt(8) == 0 ? 0 : random.nextDouble() * 3);
    if (random.nextBoolean()) {
      observation.period(ReportingPeriod.month(FIRST_MONTH.plusMonths(random.nextInt(8))));
    } else {
      observation.at(FIRST_INSTANT.plusSeconds(random.nextLong(SECONDS)));
    }
    return observation.build();
  }

  /**
   * Returns the first {@code count} observations as a list, for a local run.
   *
   * @param count how many
   * @return the observations
   */
  public List<Observation> observations(int count) {
    check(count >= 0, "count", count, "0 or more");
    List<Observation> observations = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      observations.add(observation(i));
    }
    return observations;
  }

  /**
   * Returns the first {@code count} observations as rows in {@link ObservationRows#SCHEMA},
   * generated in {@code partitions} partitions.
   *
   * @param spark the session
   * @param count how many
   * @param partitions into how many partitions
   * @return the rows
   */
  public Dataset<Row> rows(SparkSession spark, long count, int partitions) {
    check(count >= 0, "count", count, "0 or more");
    check(partitions >= 1, "partitions", partitions, "1 or more");
    return spark
        .range(0, count, 1, partitions)
        .map(
            (MapFunction<Long, Row>) index -> ObservationRows.row(observation(index)),
            Encoders.row(ObservationRows.SCHEMA));
  }

  /** Stafford's variant 13 of the MurmurHash3 finaliser, as SplittableRandom mixes seeds. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
