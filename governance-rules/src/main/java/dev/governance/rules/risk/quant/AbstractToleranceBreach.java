package dev.governance.rules.risk.quant;

import org.immutables.value.Value;

/** A point of a tolerance curve that the simulated losses exceed more often than tolerated. */
@Value.Immutable
abstract class AbstractToleranceBreach {

  /** Returns the amount of loss. */
  public abstract double loss();

  /** Returns the largest probability of exceeding it that is tolerated. */
  public abstract double tolerated();

  /** Returns the simulated probability of exceeding it. */
  public abstract double simulated();
}
