package dev.governance.benchmarks.report;

import dev.governance.core.model.GovernanceModel;
import dev.governance.testkit.GovernanceModelGenerator;
import dev.governance.testkit.ModelSize;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The model of the report benchmarks: 10,000 risks and 100,000 RACI activities (1,000 programs of
 * 10 projects of 10 deliverables, one matrix per program), 2,000 people, 300 systems, 600 KPIs with
 * 12 observations each, 50 obligations.
 */
final class LargeModel {

  static final LocalDate AS_OF = LocalDate.of(2026, 3, 15);

  private LargeModel() {}

  static GovernanceModel generate() {
    ModelSize size =
        ModelSize.builder()
            .people(2_000)
            .programs(1_000)
            .projectsPerProgram(10)
            .deliverablesPerProject(10)
            .systems(300)
            .risks(10_000)
            .controls(500)
            .kpis(600)
            .observationsPerKpi(12)
            .obligations(50)
            .build();
    return GovernanceModelGenerator.of(size).generate(new SplittableRandom(2026));
  }
}
