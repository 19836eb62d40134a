package dev.governance.benchmarks.kpi;

import dev.governance.core.kpi.Aggregation;
import dev.governance.core.kpi.Direction;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.kpi.Observation;
import dev.governance.core.kpi.UpdateFrequency;
import dev.governance.core.time.ReportingPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Scorecards' observations for the benchmark: {@code scorecards} scorecards of 10 KPIs each, every
 * KPI observed {@code perKpi} times over the last three months (a feed lists one KPI's observations
 * together), evaluated as of the end of the third month.
 */
final class ObservationWorkload {

  static final LocalDate AS_OF = LocalDate.of(2025, 5, 31);
  static final List<ReportingPeriod> PERIODS =
      List.of(
          ReportingPeriod.month(YearMonth.of(2025, 5)),
          ReportingPeriod.month(YearMonth.of(2025, 4)),
          ReportingPeriod.month(YearMonth.of(2025, 3)));

  final List<KpiDefinition> kpis = new ArrayList<>();
  final List<Observation> observations = new ArrayList<>();

  ObservationWorkload(int scorecards, int perKpi) {
    SplittableRandom random = new SplittableRandom(2026);
    for (int s = 0; s < scorecards; s++) {
      for (int k = 0; k < 10; k++) {
        String id = "scorecard-" + s + "/kpi-" + k;
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
                .aggregation(Aggregation.MEAN)
                .updateFrequency(UpdateFrequency.MONTHLY)
                .build());
        for (int o = 0; o < perKpi; o++) {
          observations.add(
              Observation.builder()
                  .kpi(id)
                  .period(PERIODS.get(o % PERIODS.size()))
                  .value(random.nextInt(10_001) / 100.0)
                  .build());
        }
      }
    }
  }
}
