package dev.governance.rules.risk.quant;

/**
 * How many events a year brings: a Poisson count at a rate, or one event with an annual
 * probability. A count is drawn from one uniform number by the count's quantile function, so that a
 * higher rate or probability never gives fewer events for the same number (which keeps simulations
 * with the same seed comparable).
 */
public interface Frequency extends java.io.Serializable {

  /**
   * Returns the count whose distribution function first exceeds {@code u}: the u-quantile,
   * non-decreasing in {@code u}.
   *
   * @param u a uniform number in [0, 1)
   */
  int count(double u);

  /** Returns the mean count a year. */
  double mean();

  /**
   * Returns a Poisson count of events at {@code rate} a year.
   *
   * @param rate the mean number of events a year, from 0 to 10,000,000
   * @throws dev.governance.core.GovernanceValidationException if the rate is negative, too large or
   *     not finite
   */
  static Frequency poisson(double rate) {
    return PoissonFrequency.of(rate);
  }

  /**
   * Returns at most one event a year, with {@code probability}.
   *
   * @param probability the probability of the event in a year, from 0 to 1
   * @throws dev.governance.core.GovernanceValidationException if the probability is outside [0, 1]
   */
  static Frequency annualProbability(double probability) {
    return BernoulliFrequency.of(probability);
  }
}
