package dev.governance.testkit;

import dev.governance.core.risk.Risk;
import dev.governance.core.risk.RiskScenario;

/**
 * Generates Open FAIR loss scenarios (The Open Group Risk Taxonomy O-RT and Risk Analysis O-RA,
 * section 5: loss event frequency and loss magnitude), valid by construction, over every
 * distribution a model's {@link dev.governance.core.risk.LossSpec} can name: a frequency {@code
 * poisson:RATE} (0 to 25 events a year) or {@code probability:P} (0 to 1), and a magnitude {@code
 * lognormal90:LOW,HIGH} (0 &lt; LOW &lt; HIGH) or {@code pert:MIN,MODE,MAX} (the mode at either
 * bound or between). Specs are written as people write them: some names in capitals, some numbers
 * in scientific notation, some lists with a space after the comma. The simplest scenario, to which
 * a failing case shrinks, is {@code poisson:0} with {@code lognormal90:1000,2000}.
 */
public final class LossScenarioGenerator {

  private LossScenarioGenerator() {}

  /** Returns a generator of loss event frequencies, such as {@code poisson:0.5}. */
  public static Generator<String> frequencies() {
    return RecordGenerators::frequency;
  }

  /** Returns a generator of loss magnitudes, such as {@code pert:0,5000,10000}. */
  public static Generator<String> magnitudes() {
    return RecordGenerators::magnitude;
  }

  /**
   * Returns a generator of loss scenarios of {@code risk}, with the id {@code <risk>/scenario-1},
   * each assuming some of the risk's controls in place; add it to a model that holds the risk.
   *
   * @param risk the risk the scenarios quantify
   * @return the generator
   */
  public static Generator<RiskScenario> of(Risk risk) {
    return random -> RecordGenerators.lossScenario(random, risk.id() + "/scenario-1", risk);
  }
}
