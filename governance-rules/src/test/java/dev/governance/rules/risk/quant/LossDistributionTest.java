package dev.governance.rules.risk.quant;

import static dev.governance.rules.risk.quant.DistributionTest.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LossDistributionTest {

  /** Ten years: nothing in six, then 10, 20, 40 and 100. */
  private static final LossDistribution TEN_YEARS =
      LossDistribution.of(0, 40, 0, 0, 10, 0, 100, 0, 20, 0);

  @Test
  void summarisesTheYears() {
    assertThat(TEN_YEARS.years()).isEqualTo(10);
    assertThat(TEN_YEARS.mean()).isEqualTo(17);
    // sample variance: (6 x 289 + 49 + 9 + 529 + 6889) / 9 = 1023.33
    assertThat(TEN_YEARS.standardDeviation()).isCloseTo(Math.sqrt(9210.0 / 9), within(1e-9));
    assertThat(LossDistribution.of(5).standardDeviation()).isZero();
  }

  @Test
  void percentilesInterpolateBetweenOrderStatistics() {
    // sorted: 0 0 0 0 0 0 10 20 40 100; P90 at h = 8.1: 40 + 0.1 x 60 = 46
    assertThat(TEN_YEARS.percentile(50)).isZero();
    assertThat(TEN_YEARS.percentile(70)).isEqualTo(13, within(1e-9));
    assertThat(TEN_YEARS.percentile(90)).isCloseTo(46, within(1e-9));
    assertThat(TEN_YEARS.percentile(100)).isEqualTo(100);
    assertThat(TEN_YEARS.percentile(0)).isZero();
    assertThat(TEN_YEARS.percentiles()).containsOnlyKeys("P50", "P90", "P95", "P99", "P99.9");
    assertThat(TEN_YEARS.percentiles().get("P99.9")).isCloseTo(99.46, within(1e-9));
    assertThat(TEN_YEARS.valueAtRisk(0.9)).isEqualTo(TEN_YEARS.percentile(90));
  }

  @Test
  void expectedShortfallIsTheMeanOfTheWorstYears() {
    assertThat(TEN_YEARS.expectedShortfall(0.8)).isEqualTo(70); // worst two: 40 and 100
    assertThat(TEN_YEARS.expectedShortfall(0.7)).isCloseTo(160.0 / 3, within(1e-9));
    assertThat(TEN_YEARS.expectedShortfall(0.999)).isEqualTo(100); // at least one year
  }

  @Test
  void exceedanceIsTheShareOfYearsAboveAnAmount() {
    assertThat(TEN_YEARS.probabilityOfExceeding(0)).isEqualTo(0.4);
    assertThat(TEN_YEARS.probabilityOfExceeding(20)).isEqualTo(0.2);
    assertThat(TEN_YEARS.probabilityOfExceeding(19.99)).isEqualTo(0.3);
    assertThat(TEN_YEARS.probabilityOfExceeding(100)).isZero();
    List<ExceedancePoint> curve = TEN_YEARS.exceedanceCurve(3);
    // log-spaced from 10 to 100: 10, 31.62, 100
    assertThat(curve).extracting(ExceedancePoint::probability).containsExactly(0.3, 0.2, 0.0);
    assertThat(curve.get(1).loss()).isCloseTo(Math.sqrt(1000), within(1e-9));
    assertThat(LossDistribution.of(0, 0).exceedanceCurve(5))
        .containsExactly(ExceedancePoint.of(0, 0));
  }

  @Test
  void comparesWithAToleranceCurve() {
    ToleranceCurve appetite =
        ToleranceCurve.builder()
            .addPoints(
                ExceedancePoint.of(10, 0.5),
                ExceedancePoint.of(30, 0.1),
                ExceedancePoint.of(90, 0.1))
            .build();
    List<ToleranceBreach> breaches = TEN_YEARS.breaches(appetite);
    assertThat(breaches)
        .containsExactly(ToleranceBreach.builder().loss(30).tolerated(0.1).simulated(0.2).build());
  }

  @Test
  void explainsTheMeanAndThePercentiles() {
    assertThat(TEN_YEARS.explain().render())
        .contains("mean annual loss = 17.0")
        .contains("sum of the simulated annual losses / 10 years")
        .contains("P90 annual loss = 45.99");
  }

  @Test
  void percentilesAreOrderedAndTheExceedanceCurveNeverRises() {
    qt().forAll(longs().all(), integers().between(1, 2_000))
        .checkAssert(
            (seed, years) -> {
              SplittableRandom random = new SplittableRandom(seed);
              double[] losses = new double[years];
              for (int i = 0; i < years; i++) {
                losses[i] = random.nextInt(3) == 0 ? 0 : Math.exp(random.nextGaussian() * 3);
              }
              LossDistribution distribution = LossDistribution.of(losses);
              List<Double> percentiles = new ArrayList<>(distribution.percentiles().values());
              assertThat(percentiles).isSorted();
              assertThat(distribution.percentile(0)).isLessThanOrEqualTo(percentiles.get(0));
              assertThat(distribution.expectedShortfall(0.95))
                  .isGreaterThanOrEqualTo(distribution.valueAtRisk(0.95) - 1e-9);
              List<ExceedancePoint> curve = distribution.exceedanceCurve(20);
              for (int i = 1; i < curve.size(); i++) {
                assertThat(curve.get(i).loss()).isGreaterThanOrEqualTo(curve.get(i - 1).loss());
                assertThat(curve.get(i).probability())
                    .isLessThanOrEqualTo(curve.get(i - 1).probability());
              }
            });
  }

  @Test
  void rejectsBadInputNamingIt() {
    assertRejected(
        () -> LossDistribution.of(), "losses = '[]': expected at least one simulated year");
    assertRejected(
        () -> LossDistribution.of(1, -2), "losses[1] = -2.0: expected a finite loss >= 0");
    assertRejected(
        () -> LossDistribution.of(1, Double.NaN), "losses[1] = NaN: expected a finite loss >= 0");
    assertRejected(
        () -> TEN_YEARS.percentile(101), "percentile = 101.0: expected a number from 0 to 100");
    assertRejected(
        () -> TEN_YEARS.valueAtRisk(1),
        "level = 1.0: expected a confidence level between 0 and 1, such as 0.99");
    assertRejected(
        () -> TEN_YEARS.expectedShortfall(0),
        "level = 0.0: expected a confidence level between 0 and 1, such as 0.99");
    assertRejected(() -> TEN_YEARS.exceedanceCurve(1), "points = 1: expected at least 2 points");
    assertRejected(
        () -> TEN_YEARS.probabilityOfExceeding(Double.NaN), "loss = NaN: expected a number");
  }
}
