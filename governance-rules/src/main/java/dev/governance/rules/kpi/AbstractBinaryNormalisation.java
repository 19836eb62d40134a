package dev.governance.rules.kpi;

import static dev.governance.core.ArgChecker.finite;
import static dev.governance.rules.kpi.Numbers.plain;

import dev.governance.rules.Explanation;
import org.immutables.value.Value;

/**
 * Met or not: 1 if the value reaches the threshold (at least it, or at most it for
 * lower-is-better), else 0.
 */
@Value.Immutable
abstract class AbstractBinaryNormalisation implements Normalisation {

  /** Returns the value that must be reached. */
  @Value.Parameter
  public abstract double threshold();

  /** Returns whether values at or below the threshold meet it. */
  @Value.Parameter
  public abstract boolean lowerIsBetter();

  @Override
  public Explanation score(double value) {
    finite(value, "value");
    boolean met = lowerIsBetter() ? value <= threshold() : value >= threshold();
    return Explanation.of(
        "score",
        met ? 1 : 0,
        plain(value)
            + (lowerIsBetter() ? " <= " : " >= ")
            + plain(threshold())
            + (met ? " (met)" : " (not met)"));
  }

  @Value.Check
  protected void validate() {
    finite(threshold(), "threshold");
  }
}
