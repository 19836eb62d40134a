package dev.governance.rules.risk.quant;

import static dev.governance.rules.risk.quant.DistributionTest.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

class FrequencyTest {

  @Test
  void poissonCountsHaveTheRateAsMeanAndVariance() {
    for (double rate : new double[] {0.5, 3, 40, 2_500, 1_000_000}) {
      Frequency poisson = Frequency.poisson(rate);
      TrialRandom random = new TrialRandom();
      double sum = 0;
      double squares = 0;
      int n = 200_000;
      for (int i = 0; i < n; i++) {
        int k = poisson.count(random.start(3, 0, i).nextDouble());
        sum += k;
        squares += (double) k * k;
      }
      double mean = sum / n;
      assertThat(mean).as("rate %s", rate).isCloseTo(rate, within(5 * Math.sqrt(rate / n)));
      assertThat(squares / n - mean * mean)
          .as("variance at rate %s", rate)
          .isCloseTo(rate, within(rate * 0.02 + 0.01));
      assertThat(poisson.mean()).isEqualTo(rate);
    }
  }

  @Test
  void poissonCountsWithoutBranchesAreTheOnesOfTheSearchOneByOne() {
    for (double rate : new double[] {0.01, 0.5, 2, 7.5, 8.9}) {
      PoissonFrequency poisson = PoissonFrequency.of(rate);
      double[] cumulative = poisson.cumulative();
      TrialRandom random = new TrialRandom();
      double[] odd = {0, -0.0, -1, Double.NaN, 1, 2, Double.POSITIVE_INFINITY, Math.nextDown(1.0)};
      for (int i = 0; i < 100_000 + odd.length; i++) {
        double u = i < odd.length ? odd[i] : random.start(9, 0, i).nextDouble();
        int expected = 0;
        while (expected < cumulative.length - 1 && cumulative[expected] <= u) {
          expected++;
        }
        assertThat(poisson.count(u))
            .as("rate %s u %s", rate, u)
            .isEqualTo(poisson.first() + expected);
      }
      for (double c : cumulative) {
        // at each entry and just below it
        int below = 0;
        while (below < cumulative.length - 1 && cumulative[below] <= c) {
          below++;
        }
        assertThat(poisson.count(c)).isEqualTo(poisson.first() + below);
      }
    }
  }

  @Test
  void poissonProbabilitiesAreExact() {
    Frequency poisson = Frequency.poisson(0.5);
    // P(0) = e^-0.5 = 0.60653, P(<= 1) = 1.5 e^-0.5 = 0.90980
    assertThat(poisson.count(0.6065)).isZero();
    assertThat(poisson.count(0.6066)).isEqualTo(1);
    assertThat(poisson.count(0.9097)).isEqualTo(1);
    assertThat(poisson.count(0.9099)).isEqualTo(2);
    assertThat(poisson.count(0.0)).isZero();
    assertThat(poisson.count(Math.nextDown(1.0))).isLessThan(30);
    assertThat(Frequency.poisson(0).count(0.999)).isZero();
    assertThat(Frequency.poisson(10_000).count(0.5)).isEqualTo(10_000);
    assertThat(poisson.toString()).isEqualTo("Poisson rate 0.5 a year");
  }

  @Test
  void aHigherRateNeverGivesFewerEventsForTheSameNumber() {
    qt().forAll(doubles().between(0, 200), doubles().between(0, 50), doubles().between(0, 0.999999))
        .checkAssert(
            (rate, more, u) ->
                assertThat(Frequency.poisson(rate + more).count(u))
                    .isGreaterThanOrEqualTo(Frequency.poisson(rate).count(u)));
  }

  @Test
  void annualProbabilityIsAtMostOneEvent() {
    Frequency yearly = Frequency.annualProbability(0.2);
    assertThat(yearly.count(0.1)).isEqualTo(1);
    assertThat(yearly.count(0.2)).isZero();
    assertThat(yearly.mean()).isEqualTo(0.2);
    assertThat(yearly.toString()).isEqualTo("annual probability 0.2");
  }

  @Test
  void rejectsNegativeRatesAndProbabilitiesOutsideZeroToOne() {
    assertRejected(
        () -> Frequency.poisson(-0.1),
        "poisson.rate = -0.1: expected a rate from 0 to 10,000,000 events a year");
    assertRejected(
        () -> Frequency.poisson(2e7),
        "poisson.rate = 2.0E7: expected a rate from 0 to 10,000,000 events a year");
    assertRejected(
        () -> Frequency.poisson(Double.NaN),
        "poisson.rate = NaN: expected a rate from 0 to 10,000,000 events a year");
    assertRejected(
        () -> Frequency.annualProbability(1.5),
        "annualProbability = 1.5: expected a number from 0 to 1");
    assertRejected(
        () -> Frequency.annualProbability(-0.5),
        "annualProbability = -0.5: expected a number from 0 to 1");
    assertRejected(
        () -> Vulnerability.probability(2), "vulnerability = 2.0: expected a number from 0 to 1");
  }
}
