package dev.governance.rules.risk.quant;

import static dev.governance.core.ArgChecker.check;

import java.util.random.RandomGenerator;

/**
 * The PERT distribution: min + (max - min) x Beta(alpha, beta), the beta variable drawn as X / (X +
 * Y) from two gamma variables (Marsaglia and Tsang, "A simple method for generating gamma
 * variables", ACM TOMS 26(3), 2000; alpha and beta are at least 1 here, the case that method covers
 * directly).
 */
record Pert(double min, double mode, double max, double gamma, double alpha, double beta)
    implements Distribution {

  /**
   * Checks the estimate and the shape, and that alpha and beta are the shape's, also of a
   * distribution read from a stream.
   */
  Pert {
    Bounded.estimate("pert", min, mode, max);
    check(
        Double.isFinite(gamma) && gamma >= 0,
        "pert.gamma",
        gamma,
        "a finite shape >= 0 (4 for the classic PERT)");
    double a = 1 + gamma * (mode - min) / (max - min);
    double b = 1 + gamma * (max - mode) / (max - min);
    check(alpha == a, "pert.alpha", alpha, a + ", 1 + gamma (mode - min) / (max - min)");
    check(beta == b, "pert.beta", beta, b + ", 1 + gamma (max - mode) / (max - min)");
  }

  static Pert of(double min, double mode, double max, double gamma) {
    return new Pert(
        min,
        mode,
        max,
        gamma,
        1 + gamma * (mode - min) / (max - min),
        1 + gamma * (max - mode) / (max - min));
  }

  @Override
  public double sample(RandomGenerator random) {
    double x = gamma(alpha, random);
    double y = gamma(beta, random);
    return min + (max - min) * (x / (x + y));
  }

  @Override
  public double mean() {
    return (min + gamma * mode + max) / (gamma + 2);
  }

  @Override
  public double minimum() {
    return min;
  }

  @Override
  public String toString() {
    return "PERT(min " + min + ", mode " + mode + ", max " + max + ", gamma " + gamma + ")";
  }

  /**
   * Draws Gamma(shape, 1) for shape {@literal >=} 1 by Marsaglia and Tsang's squeeze and rejection.
   */
  private static double gamma(double shape, RandomGenerator random) {
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = random.nextGaussian();
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = random.nextDouble();
      double x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }
}
