package dev.governance.rules.risk.quant;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.inRange;

import dev.governance.core.GovernanceValidationException;
import dev.governance.rules.Explanation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The distribution of annual loss that a simulation gives, one loss per simulated year: mean,
 * standard deviation, percentiles, value at risk, expected shortfall, the probability of exceeding
 * an amount and the loss exceedance curve. Percentiles interpolate linearly between order
 * statistics (Hyndman and Fan's definition 7, as spreadsheets' PERCENTILE and NumPy's default
 * compute them). Immutable; it keeps the sorted losses (8 bytes per year).
 */
public final class LossDistribution {

  private static final double[] STANDARD_PERCENTILES = {50, 90, 95, 99, 99.9};

  private final double[] sorted;
  private final double mean;
  private final double standardDeviation;

  private LossDistribution(double[] sorted) {
    this.sorted = sorted;
    double sum = 0;
    for (double loss : sorted) {
      sum += loss;
    }
    mean = sum / sorted.length;
    double squares = 0;
    for (double loss : sorted) {
      squares += (loss - mean) * (loss - mean);
    }
    standardDeviation = sorted.length > 1 ? Math.sqrt(squares / (sorted.length - 1)) : 0;
  }

  /**
   * Returns the distribution of these annual losses (copied).
   *
   * @param losses one loss per simulated year, each finite and not negative
   * @throws GovernanceValidationException if there are none, or one is negative or not finite
   */
  public static LossDistribution of(double... losses) {
    Objects.requireNonNull(losses, "losses");
    check(losses.length > 0, "losses", "[]", "at least one simulated year");
    for (int i = 0; i < losses.length; i++) {
      check(
          Double.isFinite(losses[i]) && losses[i] >= 0,
          "losses[" + i + "]",
          losses[i],
          "a finite loss >= 0");
    }
    // sorted into a new array: the caller's is left as it is
    return new LossDistribution(RadixSort.sorted(new double[][] {losses}, false));
  }

  /** Returns the distribution of losses already sorted ascending, which the caller hands over. */
  static LossDistribution ofSorted(double[] sorted) {
    return new LossDistribution(sorted);
  }

  /** Returns the number of simulated years. */
  public int years() {
    return sorted.length;
  }

  /** Returns the mean annual loss (the annualised loss expectancy). */
  public double mean() {
    return mean;
  }

  /** Returns the sample standard deviation of the annual loss. */
  public double standardDeviation() {
    return standardDeviation;
  }

  /**
   * Returns a percentile of the annual loss.
   *
   * @param percent from 0 to 100, such as 99.9
   * @throws GovernanceValidationException if it is outside [0, 100]
   */
  public double percentile(double percent) {
    inRange(percent, 0, 100, "percentile");
    double h = (sorted.length - 1) * percent / 100;
    int below = (int) Math.floor(h);
    return below + 1 >= sorted.length
        ? sorted[sorted.length - 1]
        : sorted[below] + (h - below) * (sorted[below + 1] - sorted[below]);
  }

  /** Returns P50, P90, P95, P99 and P99.9, keyed {@code P50} ... {@code P99.9}. */
  public Map<String, Double> percentiles() {
    Map<String, Double> percentiles = new LinkedHashMap<>();
    for (double p : STANDARD_PERCENTILES) {
      percentiles.put(
          "P" + (p == Math.rint(p) ? String.valueOf((int) p) : String.valueOf(p)), percentile(p));
    }
    return percentiles;
  }

  /**
   * Returns the value at risk at a confidence level: the annual loss not exceeded with that
   * probability.
   *
   * @param level such as 0.99
   * @throws GovernanceValidationException unless 0 {@literal <} level {@literal <} 1
   */
  public double valueAtRisk(double level) {
    check(
        level > 0 && level < 1, "level", level, "a confidence level between 0 and 1, such as 0.99");
    return percentile(level * 100);
  }

  /**
   * Returns the expected shortfall (conditional value at risk) at a confidence level: the mean of
   * the worst {@code 1 - level} of the simulated years (at least one).
   *
   * @param level such as 0.99
   * @throws GovernanceValidationException unless 0 {@literal <} level {@literal <} 1
   */
  public double expectedShortfall(double level) {
    check(
        level > 0 && level < 1, "level", level, "a confidence level between 0 and 1, such as 0.99");
    int tail = Math.max(1, (int) Math.ceil(sorted.length * (1 - level) - 1e-9));
    double sum = 0;
    for (int i = sorted.length - tail; i < sorted.length; i++) {
      sum += sorted[i];
    }
    return sum / tail;
  }

  /**
   * Returns the probability that a year's loss exceeds {@code loss}: the share of simulated years
   * above it.
   */
  public double probabilityOfExceeding(double loss) {
    check(!Double.isNaN(loss), "loss", loss, "a number");
    return (double) (sorted.length - firstAbove(loss)) / sorted.length;
  }

  /**
   * Returns the index of the first simulated year whose loss exceeds {@code loss}, or the number of
   * years.
   */
  private int firstAbove(double loss) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= loss) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Returns the loss exceedance curve at {@code points} amounts spaced evenly on a log scale from
   * the smallest positive simulated loss to the largest; a single point at 0 when no year had a
   * loss.
   *
   * @param points at least 2
   * @throws GovernanceValidationException if fewer
   */
  public List<ExceedancePoint> exceedanceCurve(int points) {
    check(points >= 2, "points", points, "at least 2 points");
    int firstPositive = firstAbove(0);
    if (firstPositive == sorted.length) {
      return List.of(ExceedancePoint.of(0, 0));
    }
    double low = Math.log(sorted[firstPositive]);
    double high = Math.log(sorted[sorted.length - 1]);
    List<ExceedancePoint> curve = new ArrayList<>(points);
    for (int i = 0; i < points; i++) {
      double loss =
          i == points - 1
              ? sorted[sorted.length - 1]
              : Math.exp(low + (high - low) * i / (points - 1));
      curve.add(ExceedancePoint.of(loss, probabilityOfExceeding(loss)));
    }
    return curve;
  }

  /**
   * Returns the points of a tolerance curve that the simulated losses exceed more often than
   * tolerated.
   */
  public List<ToleranceBreach> breaches(ToleranceCurve tolerance) {
    List<ToleranceBreach> breaches = new ArrayList<>();
    for (ExceedancePoint point : tolerance.points()) {
      double simulated = probabilityOfExceeding(point.loss());
      if (simulated > point.probability()) {
        breaches.add(
            ToleranceBreach.builder()
                .loss(point.loss())
                .tolerated(point.probability())
                .simulated(simulated)
                .build());
      }
    }
    return breaches;
  }

  /** Returns how the mean and the percentiles were obtained. */
  public Explanation explain() {
    Explanation.Builder explanation =
        Explanation.builder()
            .quantity("mean annual loss")
            .result(mean)
            .formula("sum of the simulated annual losses / " + sorted.length + " years")
            .putInputs("years", sorted.length)
            .putInputs("standard deviation", standardDeviation);
    percentiles()
        .forEach(
            (name, value) ->
                explanation.addChildren(
                    Explanation.of(
                        name + " annual loss",
                        value,
                        "linear between order statistics (Hyndman-Fan 7) of "
                            + sorted.length
                            + " years")));
    return explanation.build();
  }
}
