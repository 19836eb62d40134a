package dev.governance.rules.kpi;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.finite;
import static dev.governance.rules.kpi.Numbers.plain;

import dev.governance.rules.Explanation;
import org.immutables.value.Value;

/**
 * Linear scoring between two anchor values: the value at {@link #zero()} scores 0 and the value at
 * {@link #one()} scores 1. With the KPI's minimum and maximum as anchors this is BSC Designer's
 * "performance", (value - min) / (max - min) (reversed for lower-is-better); with its baseline and
 * target it is BSC Designer's "progress", (value - baseline) / (target - baseline).
 */
@Value.Immutable
abstract class AbstractLinearNormalisation implements Normalisation {

  /** Returns the value that scores 0 (the minimum, or the baseline). */
  public abstract double zero();

  /** Returns the value that scores 1 (the maximum, or the target); not equal to {@link #zero()}. */
  public abstract double one();

  /** Returns what happens to scores beyond [0, 1]; clamped by default. */
  @Value.Default
  public ScoreLimits limits() {
    return ScoreLimits.clamped();
  }

  /**
   * Returns BSC Designer's performance: min scores 0, max scores 1.
   *
   * @param min the KPI's minimum
   * @param max the KPI's maximum
   * @param lowerIsBetter whether smaller values are better (then max scores 0 and min 1)
   * @return the normalisation
   */
  public static LinearNormalisation performance(double min, double max, boolean lowerIsBetter) {
    return lowerIsBetter
        ? LinearNormalisation.builder().zero(max).one(min).build()
        : LinearNormalisation.builder().zero(min).one(max).build();
  }

  /**
   * Returns BSC Designer's progress: the baseline scores 0, the target 1. Direction follows from
   * which side of the baseline the target lies.
   *
   * @param baseline the starting value
   * @param target the value aimed for
   * @return the normalisation
   */
  public static LinearNormalisation progress(double baseline, double target) {
    return LinearNormalisation.builder().zero(baseline).one(target).build();
  }

  @Override
  public Explanation score(double value) {
    finite(value, "value");
    double raw = (value - zero()) / (one() - zero());
    String formula =
        "("
            + plain(value)
            + " - "
            + plain(zero())
            + ") / ("
            + plain(one())
            + " - "
            + plain(zero())
            + ")";
    return Explanation.of("score", limits().apply(raw), limits().describe(formula));
  }

  @Value.Check
  protected void validate() {
    finite(zero(), "zero");
    finite(one(), "one");
    check(
        one() != zero(),
        "one",
        one(),
        "a value other than the zero anchor "
            + zero()
            + " (target equal to baseline, or max equal to min)");
  }
}
