package dev.governance.rules.kpi;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.finite;
import static dev.governance.rules.kpi.Numbers.plain;

import dev.governance.rules.Explanation;
import org.immutables.value.Value;

/**
 * Scoring for a KPI whose best value is a target, not an extreme (budget variance around 0 %): a
 * value within the tolerance of the target scores 1, and the score falls linearly with the distance
 * beyond the tolerance, reaching 0 at twice the tolerance. (GRC tools publish no common formula for
 * this; this is ours, stated here so that it can be checked.)
 */
@Value.Immutable
abstract class AbstractTargetBandNormalisation implements Normalisation {

  /** Returns the target. */
  @Value.Parameter
  public abstract double target();

  /** Returns how far from the target a value is still on target; positive. */
  @Value.Parameter
  public abstract double tolerance();

  @Override
  public Explanation score(double value) {
    finite(value, "value");
    double beyond = Math.max(0, Math.abs(value - target()) - tolerance());
    return Explanation.of(
        "score",
        Math.max(0, 1 - beyond / tolerance()),
        "max(0, 1 - max(0, |"
            + plain(value)
            + " - "
            + plain(target())
            + "| - "
            + plain(tolerance())
            + ") / "
            + plain(tolerance())
            + ")");
  }

  @Value.Check
  protected void validate() {
    finite(target(), "target");
    check(
        tolerance() > 0 && Double.isFinite(tolerance()),
        "tolerance",
        tolerance(),
        "a finite number > 0");
  }
}
