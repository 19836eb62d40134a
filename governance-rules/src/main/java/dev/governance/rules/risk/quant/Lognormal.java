package dev.governance.rules.risk.quant;

import static dev.governance.core.ArgChecker.check;

import java.util.random.RandomGenerator;

/** The lognormal distribution exp(N(mu, sigma)). */
record Lognormal(double mu, double sigma) implements Distribution {

  /** The standard normal distribution's 95th percentile, so that (low, high) is a 90 % interval. */
  static final double Z_95 = 1.6448536269514722;

  static Lognormal ofInterval(double low, double high) {
    check(Double.isFinite(low) && low > 0, "lognormal.low", low, "a finite lower bound > 0");
    check(
        Double.isFinite(high) && high > low,
        "lognormal.high",
        high,
        "a finite upper bound above the lower bound " + low);
    return new Lognormal(
        (Math.log(low) + Math.log(high)) / 2, (Math.log(high) - Math.log(low)) / (2 * Z_95));
  }

  /** Checks the parameters, also of a distribution read from a stream. */
  Lognormal {
    check(Double.isFinite(mu), "lognormal.mu", mu, "a finite number");
    check(Double.isFinite(sigma) && sigma > 0, "lognormal.sigma", sigma, "a finite number > 0");
  }

  static Lognormal of(double mu, double sigma) {
    return new Lognormal(mu, sigma);
  }

  @Override
  public double sample(RandomGenerator random) {
    return Math.exp(mu + sigma * random.nextGaussian());
  }

  @Override
  public double mean() {
    return Math.exp(mu + sigma * sigma / 2);
  }

  @Override
  public double minimum() {
    return 0;
  }

  @Override
  public String toString() {
    return "lognormal(mu " + mu + ", sigma " + sigma + ")";
  }
}
