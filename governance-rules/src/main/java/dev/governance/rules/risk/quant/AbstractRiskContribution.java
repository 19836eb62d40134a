package dev.governance.rules.risk.quant;

import org.immutables.value.Value;

/** One risk's part in a portfolio's simulated annual loss. */
@Value.Immutable
abstract class AbstractRiskContribution {

  /** Returns the risk's identifier. */
  public abstract String id();

  /** Returns the risk's mean annual loss. */
  public abstract double meanAnnualLoss();

  /** Returns the standard deviation of the risk's annual loss. */
  public abstract double standardDeviation();

  /**
   * Returns the risk's share of the portfolio's mean annual loss, from 0 to 1 (0 when the portfolio
   * lost nothing).
   */
  public abstract double share();
}
