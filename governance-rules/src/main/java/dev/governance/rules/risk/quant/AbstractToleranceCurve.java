package dev.governance.rules.risk.quant;

import static dev.governance.core.ArgChecker.check;

import java.util.List;
import org.immutables.value.Value;

/**
 * A loss tolerance (risk appetite) curve: for each amount, the largest probability of exceeding it
 * in a year the organisation accepts. Losses must rise and tolerated probabilities must not.
 */
@Value.Immutable
abstract class AbstractToleranceCurve {

  /** Returns the curve's points, by rising loss. */
  public abstract List<ExceedancePoint> points();

  @Value.Check
  protected void validate() {
    check(!points().isEmpty(), "toleranceCurve.points", points(), "at least one point");
    for (int i = 1; i < points().size(); i++) {
      ExceedancePoint before = points().get(i - 1);
      ExceedancePoint point = points().get(i);
      check(
          point.loss() > before.loss(),
          "toleranceCurve.points[" + i + "].loss",
          point.loss(),
          "a loss above the previous point's " + before.loss());
      check(
          point.probability() <= before.probability(),
          "toleranceCurve.points[" + i + "].probability",
          point.probability(),
          "a probability no higher than the previous point's " + before.probability());
    }
  }
}
