package dev.governance.rules.risk.quant;

import java.util.random.RandomGenerator;

/**
 * The triangular distribution on [min, max] peaking at mode, drawn by its inverse distribution
 * function.
 */
record Triangular(double min, double mode, double max) implements Distribution {

  /** Checks the estimate, also of a distribution read from a stream. */
  Triangular {
    Bounded.estimate("triangular", min, mode, max);
  }

  static Triangular of(double min, double mode, double max) {
    return new Triangular(min, mode, max);
  }

  @Override
  public double sample(RandomGenerator random) {
    double u = random.nextDouble();
    double width = max - min;
    return u * width < mode - min
        ? min + Math.sqrt(u * width * (mode - min))
        : max - Math.sqrt((1 - u) * width * (max - mode));
  }

  @Override
  public double mean() {
    return (min + mode + max) / 3;
  }

  @Override
  public double minimum() {
    return min;
  }

  @Override
  public String toString() {
    return "triangular(min " + min + ", mode " + mode + ", max " + max + ")";
  }
}
