package dev.governance.rules.risk.quant;

import java.util.random.RandomGenerator;

/**
 * A continuous distribution of a loss magnitude, a threat capability or a resistance strength. The
 * factories validate their parameters and reject bad ones naming them.
 */
public interface Distribution extends java.io.Serializable {

  /** Draws a value. */
  double sample(RandomGenerator random);

  /** Returns the distribution's mean. */
  double mean();

  /** Returns the smallest value the distribution takes (its support's lower end). */
  double minimum();

  /**
   * Returns the classic PERT distribution (shape 4) of an estimate given as minimum, most likely
   * and maximum: a beta distribution scaled to [min, max], mean (min + 4 mode + max) / 6.
   *
   * @throws dev.governance.core.GovernanceValidationException unless min {@literal <} max and min
   *     {@literal <=} mode {@literal <=} max
   */
  static Distribution pert(double min, double mode, double max) {
    return Pert.of(min, mode, max, 4);
  }

  /**
   * Returns the PERT distribution with shape {@code gamma} (the "modified PERT" of Vose): alpha = 1
   * + gamma (mode - min) / (max - min), beta = 1 + gamma (max - mode) / (max - min), mean (min +
   * gamma mode + max) / (gamma + 2).
   *
   * @throws dev.governance.core.GovernanceValidationException unless min {@literal <} max, min
   *     {@literal <=} mode {@literal <=} max and gamma {@literal >=} 0
   */
  static Distribution pert(double min, double mode, double max, double gamma) {
    return Pert.of(min, mode, max, gamma);
  }

  /**
   * Returns the lognormal distribution whose 90 % interval is (low, high), as calibrated estimates
   * are given (Hubbard, "How to Measure Anything in Cybersecurity Risk"): mu = (ln low + ln high) /
   * 2, sigma = (ln high - ln low) / (2 x 1.6448536...), 1.6448536... being the standard normal 95th
   * percentile.
   *
   * @throws dev.governance.core.GovernanceValidationException unless 0 {@literal <} low {@literal
   *     <} high
   */
  static Distribution lognormal90(double low, double high) {
    return Lognormal.ofInterval(low, high);
  }

  /**
   * Returns the lognormal distribution of exp(N(mu, sigma)), mean exp(mu + sigma^2 / 2).
   *
   * @throws dev.governance.core.GovernanceValidationException unless mu is finite and sigma
   *     {@literal >} 0
   */
  static Distribution lognormal(double mu, double sigma) {
    return Lognormal.of(mu, sigma);
  }

  /**
   * Returns the normal distribution N(mean, sd) truncated at zero: values below zero are drawn
   * again, so the distribution is the normal's conditioned on being positive.
   *
   * @throws dev.governance.core.GovernanceValidationException unless mean {@literal >} 0 and sd
   *     {@literal >} 0
   */
  static Distribution truncatedNormal(double mean, double sd) {
    return TruncatedNormal.of(mean, sd);
  }

  /**
   * Returns the uniform distribution on [min, max].
   *
   * @throws dev.governance.core.GovernanceValidationException unless min {@literal <} max
   */
  static Distribution uniform(double min, double max) {
    return Uniform.of(min, max);
  }

  /**
   * Returns the triangular distribution on [min, max] peaking at mode, mean (min + mode + max) / 3.
   *
   * @throws dev.governance.core.GovernanceValidationException unless min {@literal <} max and min
   *     {@literal <=} mode {@literal <=} max
   */
  static Distribution triangular(double min, double mode, double max) {
    return Triangular.of(min, mode, max);
  }

  /**
   * Returns the distribution that is always {@code value}.
   *
   * @throws dev.governance.core.GovernanceValidationException unless value is finite
   */
  static Distribution constant(double value) {
    return Constant.of(value);
  }
}
