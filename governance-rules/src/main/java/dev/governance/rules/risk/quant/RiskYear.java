package dev.governance.rules.risk.quant;

import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * A loss scenario made ready to simulate years: its optional parts resolved once, outside the loop
 * over years.
 *
 * @param events the frequency of the events counted: loss events, or threat events
 * @param contest the vulnerability turning threat events into loss events, or null when loss events
 *     are counted
 * @param primary the primary loss magnitude
 * @param secondaryProbability the probability of secondary loss per loss event
 * @param secondary the secondary loss magnitude, or null
 */
record RiskYear(
    Frequency events,
    @Nullable Vulnerability contest,
    Distribution primary,
    double secondaryProbability,
    @Nullable Distribution secondary) {

  static RiskYear of(LossScenario scenario) {
    return new RiskYear(
        scenario.lossEventFrequency().or(scenario::threatEventFrequency).orElseThrow(),
        scenario.vulnerability().orElse(null),
        scenario.primaryLoss(),
        scenario.secondaryLossProbability(),
        scenario.secondaryLoss().orElse(null));
  }

  /**
   * Returns one simulated year's loss: the count of events from the year's first number, then, for
   * each event in turn, whether it is a loss event and its primary and secondary losses. An event
   * draws the same numbers whatever the count, so a higher frequency only adds events.
   */
  double simulate(RandomGenerator random) {
    return losses(count(random), random);
  }

  /** Returns the count of events of a year, from the year's first number. */
  int count(RandomGenerator random) {
    return events.count(random.nextDouble());
  }

  /**
   * Returns the loss of {@code count} events, each drawing its numbers in turn from {@code random}:
   * the rest of {@link #simulate} once the count is drawn.
   */
  double losses(int count, RandomGenerator random) {
    double loss = 0;
    for (int e = 0; e < count; e++) {
      if (contest != null && !contest.succeeds(random)) {
        continue;
      }
      loss += primary.sample(random);
      if (secondary != null && random.nextDouble() < secondaryProbability) {
        loss += secondary.sample(random);
      }
    }
    return loss;
  }
}
