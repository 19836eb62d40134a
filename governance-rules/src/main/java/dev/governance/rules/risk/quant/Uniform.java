package dev.governance.rules.risk.quant;

import java.util.random.RandomGenerator;

/** The uniform distribution on [min, max]. */
record Uniform(double min, double max) implements Distribution {

  /** Checks the interval, also of a distribution read from a stream. */
  Uniform {
    Bounded.interval("uniform", min, max);
  }

  static Uniform of(double min, double max) {
    return new Uniform(min, max);
  }

  @Override
  public double sample(RandomGenerator random) {
    return min + (max - min) * random.nextDouble();
  }

  @Override
  public double mean() {
    return (min + max) / 2;
  }

  @Override
  public double minimum() {
    return min;
  }

  @Override
  public String toString() {
    return "uniform(" + min + ", " + max + ")";
  }
}
