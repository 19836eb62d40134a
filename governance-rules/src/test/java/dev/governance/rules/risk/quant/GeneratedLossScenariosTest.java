package dev.governance.rules.risk.quant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.risk.RiskScenario;
import dev.governance.testkit.DomainGenerators;
import dev.governance.testkit.LossScenarioGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue 24: the testkit's loss scenarios, over every distribution a loss spec names, read as
 * simulation scenarios and simulate: the annual loss is finite and at least 0, and each scenario
 * contributes.
 */
class GeneratedLossScenariosTest {

  @Test
  void generatedScenariosSimulate() {
    SplittableRandom random = new SplittableRandom(27005);
    LossSimulation simulation = LossSimulation.builder().years(2_000).seed(1).threads(1).build();
    for (int i = 0; i < 100; i++) {
      List<LossScenario> scenarios = new ArrayList<>();
      int count = random.nextInt(1, 5);
      for (int s = 0; s < count; s++) {
        RiskScenario scenario =
            LossScenarioGenerator.of(DomainGenerators.risks().generate(random)).generate(random);
        scenarios.add(
            LossSpecs.scenario(
                "scenario-" + s, scenario.frequencySpec(), scenario.magnitudeSpec()));
      }
      SimulationResult result = simulation.run(scenarios);
      assertThat(result.contributions()).hasSize(count);
      LossDistribution annual = result.annualLoss();
      assertThat(annual.mean()).as("%s", scenarios).isFinite().isGreaterThanOrEqualTo(0.0);
    }
  }
}
