package dev.governance.rules.kpi;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.finite;
import static dev.governance.rules.kpi.Numbers.plain;

import com.google.common.collect.ImmutableList;
import dev.governance.rules.Explanation;
import org.immutables.value.Value;

/**
 * Threshold steps: the score of the highest step whose lower bound the value reaches; values below
 * the first step score {@link #below()}. Steps are listed with strictly increasing bounds.
 */
@Value.Immutable
abstract class AbstractStepNormalisation implements Normalisation {

  /** Returns the steps, by increasing lower bound; at least one. */
  public abstract ImmutableList<ScoreStep> steps();

  /** Returns the score of values below the first step; 0 by default. */
  @Value.Default
  public double below() {
    return 0;
  }

  @Override
  public Explanation score(double value) {
    finite(value, "value");
    for (int i = steps().size() - 1; i >= 0; i--) {
      ScoreStep step = steps().get(i);
      if (value >= step.from()) {
        return Explanation.of(
            "score",
            step.score(),
            plain(value) + " >= " + plain(step.from()) + ": step " + (i + 1));
      }
    }
    return Explanation.of(
        "score",
        below(),
        plain(value) + " < " + plain(steps().get(0).from()) + ": below the first step");
  }

  @Value.Check
  protected void validate() {
    check(!steps().isEmpty(), "steps", "[]", "at least one step");
    for (int i = 1; i < steps().size(); i++) {
      check(
          steps().get(i).from() > steps().get(i - 1).from(),
          "steps[" + i + "].from",
          steps().get(i).from(),
          "a bound above the previous step's " + steps().get(i - 1).from());
    }
    check(below() >= 0 && Double.isFinite(below()), "below", below(), "a finite score >= 0");
  }
}
