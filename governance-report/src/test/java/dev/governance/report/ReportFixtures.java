package dev.governance.report;

import dev.governance.core.model.GovernanceModel;
import dev.governance.report.dashboard.Dashboard;
import dev.governance.rules.health.GovernanceHealth;
import dev.governance.rules.health.HealthReport;
import dev.governance.rules.risk.quant.Distribution;
import dev.governance.rules.risk.quant.ExceedancePoint;
import dev.governance.rules.risk.quant.Frequency;
import dev.governance.rules.risk.quant.LossScenario;
import dev.governance.rules.risk.quant.LossSimulation;
import dev.governance.rules.risk.quant.SimulationResult;
import dev.governance.rules.risk.quant.ToleranceCurve;
import dev.governance.testkit.GovernanceModelGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The sample dashboard of the report tests: a generated model, a loss simulation and a tolerance.
 */
public final class ReportFixtures {

  public static final LocalDate AS_OF = LocalDate.of(2026, 3, 15);
  public static final Instant STAMP = Instant.parse("2026-03-15T08:00:00Z");

  private ReportFixtures() {}

  public static GovernanceModel model() {
    return GovernanceModelGenerator.small().generate(new SplittableRandom(7));
  }

  public static SimulationResult simulation() {
    LossScenario outage =
        LossScenario.builder()
            .id("store-outage")
            .lossEventFrequency(Frequency.poisson(2))
            .primaryLoss(Distribution.lognormal90(10_000, 200_000))
            .build();
    LossScenario breach =
        LossScenario.builder()
            .id("data-breach")
            .lossEventFrequency(Frequency.annualProbability(0.1))
            .primaryLoss(Distribution.lognormal90(635_000, 19_000_000))
            .build();
    return LossSimulation.builder()
        .years(20_000)
        .seed(2026)
        .threads(1)
        .build()
        .run(List.of(outage, breach));
  }

  public static ToleranceCurve tolerance() {
    return ToleranceCurve.builder()
        .addPoints(
            ExceedancePoint.of(100_000, 0.5),
            ExceedancePoint.of(1_000_000, 0.1),
            ExceedancePoint.of(10_000_000, 0.01))
        .build();
  }

  public static Dashboard dashboard() {
    return Dashboard.builder()
        .health(health(model()))
        .simulation(simulation())
        .tolerance(tolerance())
        .build();
  }

  public static HealthReport health(GovernanceModel model) {
    return GovernanceHealth.standard().check(model, AS_OF);
  }
}
