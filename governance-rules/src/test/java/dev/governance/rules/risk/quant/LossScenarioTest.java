package dev.governance.rules.risk.quant;

import static dev.governance.rules.risk.quant.DistributionTest.assertRejected;

import org.junit.jupiter.api.Test;

class LossScenarioTest {

  @Test
  void rejectsIncompleteOrContradictoryScenarios() {
    Distribution magnitude = Distribution.constant(1);
    assertRejected(
        () -> LossScenario.builder().id("r").primaryLoss(magnitude).build(),
        "lossScenario[r].lossEventFrequency = Optional.empty: expected either a loss event"
            + " frequency or a threat event frequency, exactly one");
    assertRejected(
        () ->
            LossScenario.builder()
                .id("r")
                .threatEventFrequency(Frequency.poisson(1))
                .primaryLoss(magnitude)
                .build(),
        "lossScenario[r].vulnerability = Optional.empty: expected a vulnerability exactly when a"
            + " threat event frequency is given");
    assertRejected(
        () ->
            LossScenario.builder()
                .id("r")
                .lossEventFrequency(Frequency.poisson(1))
                .primaryLoss(Distribution.uniform(-5, 5))
                .build(),
        "lossScenario[r].primaryLoss = uniform(-5.0, 5.0): expected a magnitude distribution with"
            + " no values below 0");
    assertRejected(
        () ->
            LossScenario.builder()
                .id("r")
                .lossEventFrequency(Frequency.poisson(1))
                .primaryLoss(magnitude)
                .secondaryLossProbability(1.2)
                .secondaryLoss(magnitude)
                .build(),
        "lossScenario[r].secondaryLossProbability = 1.2: expected a number from 0 to 1");
    assertRejected(
        () ->
            LossScenario.builder()
                .id("r")
                .lossEventFrequency(Frequency.poisson(1))
                .primaryLoss(magnitude)
                .secondaryLossProbability(0.2)
                .build(),
        "lossScenario[r].secondaryLoss = Optional.empty: expected a secondary loss magnitude"
            + " exactly when the secondary loss probability is above 0");
    assertRejected(
        () ->
            LossScenario.builder()
                .id("r")
                .lossEventFrequency(Frequency.poisson(1))
                .primaryLoss(magnitude)
                .secondaryLossProbability(0.2)
                .secondaryLoss(Distribution.constant(-1))
                .build(),
        "lossScenario[r].secondaryLoss = Optional[constant -1.0]: expected a magnitude distribution"
            + " with no values below 0");
  }
}
