package dev.governance.rules.risk.quant;

import static dev.governance.core.ArgChecker.inRange;
import static dev.governance.core.ArgChecker.notNegative;

import org.immutables.value.Value;

/** A point of a loss exceedance curve: the probability that a year's loss exceeds an amount. */
@Value.Immutable
abstract class AbstractExceedancePoint {

  /** Returns the amount of loss. */
  @Value.Parameter
  public abstract double loss();

  /** Returns the probability that a year's loss exceeds {@link #loss()}. */
  @Value.Parameter
  public abstract double probability();

  @Value.Check
  protected void validate() {
    notNegative(loss(), "exceedancePoint.loss");
    inRange(probability(), 0, 1, "exceedancePoint.probability");
  }
}
