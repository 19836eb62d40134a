package dev.governance.rules.kpi;

import static dev.governance.core.ArgChecker.finite;
import static dev.governance.core.ArgChecker.notNegative;

import org.immutables.value.Value;

/**
 * One step of a {@link StepNormalisation}: values from {@link #from()} on score {@link #score()}.
 */
@Value.Immutable
abstract class AbstractScoreStep {

  /** Returns the lowest value of the step. */
  @Value.Parameter
  public abstract double from();

  /** Returns the step's score; not negative. */
  @Value.Parameter
  public abstract double score();

  @Value.Check
  protected void validate() {
    finite(from(), "from");
    notNegative(score(), "score");
  }
}
