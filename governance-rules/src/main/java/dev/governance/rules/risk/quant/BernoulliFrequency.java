package dev.governance.rules.risk.quant;

import static dev.governance.core.ArgChecker.inRange;

/** One event a year with a probability, else none. */
record BernoulliFrequency(double probability) implements Frequency {

  /** Checks the probability, also of a frequency read from a stream. */
  BernoulliFrequency {
    inRange(probability, 0, 1, "annualProbability");
  }

  static BernoulliFrequency of(double probability) {
    return new BernoulliFrequency(probability);
  }

  @Override
  public int count(double u) {
    return u < probability ? 1 : 0;
  }

  @Override
  public double mean() {
    return probability;
  }

  @Override
  public String toString() {
    return "annual probability " + probability;
  }
}
