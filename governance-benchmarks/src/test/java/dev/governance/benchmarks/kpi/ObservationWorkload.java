package dev.governance.benchmarks.kpi;

import dev.governance.core.kpi.Aggregation;
import dev.governance.core.kpi.Direction;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.kpi.Observation;
import dev.governance.core.kpi.UpdateFrequency;
import dev.governance.core.time.ReportingPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Scorecards' observations for the benchmark: {@code scorecards} scorecards of 10 KPIs each, every
 * KPI observed {@code perKpi} times over the last three months (a feed lists one KPI's observations
 * together), evaluated as of the end of the third month.
 */
final class ObservationWorkload {

  /** Which aggregations the KPIs use. */
  enum Mix {
    /** Every KPI is the mean of observations of its periods. */
    MEAN,
    /**
     * The KPIs of a scorecard take turns: a mean and a weighted mean (weights 1 to 10) of period
     * observations, a minimum of period observations, and a maximum and a latest value of
     * observations at instants (seconds spread over the three months, UTC).
     */
    MIXED
  }

  static final LocalDate AS_OF = LocalDate.of(2025, 5, 31);
  static final List<ReportingPeriod> PERIODS =
      List.of(
          ReportingPeriod.month(YearMonth.of(2025, 5)),
          ReportingPeriod.month(YearMonth.of(2025, 4)),
          ReportingPeriod.month(YearMonth.of(2025, 3)));

  private static final Aggregation[] MIXED =
      new Aggregation[] {
        Aggregation.MEAN,
        Aggregation.WEIGHTED_MEAN,
        Aggregation.MIN,
        Aggregation.MAX,
        Aggregation.LAST
      };

  private static final long FIRST_SECOND =
      PERIODS.get(2).start().atStartOfDay(ZoneOffset.UTC).toEpochSecond();
  private static final long SECONDS =
      AS_OF.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() - FIRST_SECOND;

  final List<KpiDefinition> kpis = new ArrayList<>();
  final List<Observation> observations = new ArrayList<>();

  ObservationWorkload(int scorecards, int perKpi) {
    this(scorecards, perKpi, Mix.MEAN);
  }

  ObservationWorkload(int scorecards, int perKpi, Mix mix) {
    SplittableRandom random = new SplittableRandom(2026);
    for (int s = 0; s < scorecards; s++) {
      for (int k = 0; k < 10; k++) {
        String id = "scorecard-" + s + "/kpi-" + k;
        Aggregation aggregation = mix == Mix.MEAN ? Aggregation.MEAN : MIXED[k % MIXED.length];
        kpis.add(
            KpiDefinition.builder()
                .id(id)
                .name("KPI " + k)
                .unit("%")
                .direction(Direction.HIGHER_IS_BETTER)
                .minimum(0.0)
                .maximum(100.0)
                .target(95)
                .perspective("p")
                .aggregation(aggregation)
                .updateFrequency(UpdateFrequency.MONTHLY)
                .build());
        boolean atInstants = aggregation == Aggregation.MAX || aggregation == Aggregation.LAST;
        for (int o = 0; o < perKpi; o++) {
          Observation.Builder observation =
              Observation.builder().kpi(id).value(random.nextInt(10_001) / 100.0);
          if (atInstants) {
            observation.at(Instant.ofEpochSecond(FIRST_SECOND + random.nextLong(SECONDS)));
          } else {
            observation.period(PERIODS.get(o % PERIODS.size()));
          }
          if (aggregation == Aggregation.WEIGHTED_MEAN) {
            observation.weight(1 + random.nextInt(10));
          }
          observations.add(observation.build());
        }
      }
    }
  }
}
