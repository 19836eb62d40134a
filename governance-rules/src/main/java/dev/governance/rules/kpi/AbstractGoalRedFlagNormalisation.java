package dev.governance.rules.kpi;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.finite;
import static dev.governance.rules.kpi.Numbers.plain;

import dev.governance.rules.Explanation;
import org.immutables.value.Value;

/**
 * Goal / red-flag scoring as Spider Impact does it, on its 0-10 scale: the red flag scores 3.33,
 * the goal 6.67, linearly between and beyond, clamped to [0, 10]; a goal below the red flag means
 * lower is better. The score returned is the 0-10 figure divided by 10, so that it sits on the
 * common scale (the goal is 0.667, not 1: Spider Impact leaves room above the goal).
 */
@Value.Immutable
abstract class AbstractGoalRedFlagNormalisation implements Normalisation {

  /** Returns the value that scores 6.67 out of 10. */
  @Value.Parameter
  public abstract double goal();

  /** Returns the value that scores 3.33 out of 10; not equal to the goal. */
  @Value.Parameter
  public abstract double redFlag();

  /**
   * Returns the score out of 10: 10/3 + (value - red flag) / (goal - red flag) x 10/3, clamped.
   *
   * @param value the raw value
   * @return the score from 0 to 10
   */
  public Explanation scoreOutOfTen(double value) {
    finite(value, "value");
    double raw = 10.0 / 3 + (value - redFlag()) / (goal() - redFlag()) * 10 / 3;
    return Explanation.of(
        "score out of 10",
        Math.min(10, Math.max(0, raw)),
        "min(10, max(0, 10/3 + ("
            + plain(value)
            + " - "
            + plain(redFlag())
            + ") / ("
            + plain(goal())
            + " - "
            + plain(redFlag())
            + ") x 10/3))");
  }

  @Override
  public Explanation score(double value) {
    Explanation outOfTen = scoreOutOfTen(value);
    return Explanation.builder()
        .quantity("score")
        .result(outOfTen.result() / 10)
        .formula("score out of 10 / 10 = " + plain(outOfTen.result()) + " / 10")
        .addChildren(outOfTen)
        .build();
  }

  @Value.Check
  protected void validate() {
    finite(goal(), "goal");
    finite(redFlag(), "redFlag");
    check(goal() != redFlag(), "redFlag", redFlag(), "a value other than the goal " + goal());
  }
}
