package dev.governance.rules.risk.quant;

import static dev.governance.core.ArgChecker.finite;

import java.util.random.RandomGenerator;

/** The distribution that is always one value. */
record Constant(double value) implements Distribution {

  /** Checks the value, also of a distribution read from a stream. */
  Constant {
    finite(value, "constant.value");
  }

  static Constant of(double value) {
    return new Constant(value);
  }

  @Override
  public double sample(RandomGenerator random) {
    return value;
  }

  @Override
  public double mean() {
    return value;
  }

  @Override
  public double minimum() {
    return value;
  }

  @Override
  public String toString() {
    return "constant " + value;
  }
}
