package dev.governance.rules.risk.quant;

import static dev.governance.core.ArgChecker.check;

import java.util.random.RandomGenerator;

/**
 * The normal distribution N(mean, sd) conditioned on being positive, drawn by rejection (at least
 * half the draws are kept, the mean being positive). Its mean is mean + sd phi(a) / (1 - Phi(a)), a
 * = -mean / sd (Johnson, Kotz and Balakrishnan, "Continuous Univariate Distributions", vol. 1,
 * section 10.1).
 */
record TruncatedNormal(double mu, double sd) implements Distribution {

  /** Checks the parameters, also of a distribution read from a stream. */
  TruncatedNormal {
    check(Double.isFinite(mu) && mu > 0, "truncatedNormal.mean", mu, "a finite mean > 0");
    check(
        Double.isFinite(sd) && sd > 0, "truncatedNormal.sd", sd, "a finite standard deviation > 0");
  }

  static TruncatedNormal of(double mean, double sd) {
    return new TruncatedNormal(mean, sd);
  }

  @Override
  public double sample(RandomGenerator random) {
    while (true) {
      double x = mu + sd * random.nextGaussian();
      if (x >= 0) {
        return x;
      }
    }
  }

  @Override
  public double mean() {
    double a = -mu / sd;
    double density = Math.exp(-a * a / 2) / Math.sqrt(2 * Math.PI);
    return mu + sd * density / upperTail(a);
  }

  @Override
  public double minimum() {
    return 0;
  }

  @Override
  public String toString() {
    return "normal(mean " + mu + ", sd " + sd + ") truncated at 0";
  }

  /**
   * Returns 1 - Phi(a) = erfc(a / sqrt 2) / 2, erfc by the Chebyshev fit of Press et al.,
   * "Numerical Recipes", 2nd ed., section 6.2 (fractional error below 1.2e-7).
   */
  static double upperTail(double a) {
    double z = Math.abs(a / Math.sqrt(2));
    double t = 1 / (1 + 0.5 * z);
    double erfc =
        t
            * Math.exp(
                -z * z
                    - 1.26551223
                    + t
                        * (1.00002368
                            + t
                                * (0.37409196
                                    + t
                                        * (0.09678418
                                            + t
                                                * (-0.18628806
                                                    + t
                                                        * (0.27886807
                                                            + t
                                                                * (-1.13520398
                                                                    + t
                                                                        * (1.48851587
                                                                            + t
                                                                                * (-0.82215223
                                                                                    + t
                                                                                        * 0.17087277)))))))));
    return a >= 0 ? erfc / 2 : 1 - erfc / 2;
  }
}
