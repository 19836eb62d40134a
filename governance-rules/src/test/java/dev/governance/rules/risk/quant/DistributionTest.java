package dev.governance.rules.risk.quant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.governance.core.GovernanceValidationException;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class DistributionTest {

  /** The mean of a million draws, each from its own stream as in a simulation. */
  private static double sampleMean(Distribution distribution) {
    TrialRandom random = new TrialRandom();
    double sum = 0;
    for (int i = 0; i < 1_000_000; i++) {
      sum += distribution.sample(random.start(7, 0, i));
    }
    return sum / 1_000_000;
  }

  @Test
  void pertMeanIsMinPlusFourModePlusMaxOverSix() {
    Distribution pert = Distribution.pert(10, 20, 60);
    assertThat(pert.mean()).isEqualTo((10 + 4 * 20 + 60) / 6.0);
    assertThat(sampleMean(pert)).isCloseTo(25.0, within(0.05));
    // shape gamma: (min + gamma mode + max) / (gamma + 2)
    assertThat(Distribution.pert(0, 3, 10, 2).mean()).isEqualTo(4.0);
    assertThat(sampleMean(Distribution.pert(0, 3, 10, 2))).isCloseTo(4.0, within(0.01));
    assertThat(Distribution.pert(1, 1, 2, 0).mean()).isEqualTo(1.5);
    assertThat(pert.minimum()).isEqualTo(10);
    assertThat(pert.toString()).isEqualTo("PERT(min 10.0, mode 20.0, max 60.0, gamma 4.0)");
  }

  @Test
  void lognormalFromANinetyPercentIntervalMatchesTheWorkedExample() {
    // ../shared/reference/scoring/worked-examples.md: mean magnitude of interval (635000, 19000000)
    // is 5922706.83351131
    // with z = 1.6448536; the library's z carries all of 1.6448536269514722, which moves the mean
    // by under 1e-7.
    Distribution magnitude = Distribution.lognormal90(635_000, 19_000_000);
    assertThat(magnitude.mean()).isCloseTo(5_922_706.83351131, within(5_922_706.83351131 * 1e-7));
    assertThat(sampleMean(Distribution.lognormal90(1, 10)))
        .isCloseTo(Distribution.lognormal90(1, 10).mean(), within(0.01));
    Distribution lognormal = Distribution.lognormal(1, 0.5);
    assertThat(lognormal.mean()).isEqualTo(Math.exp(1.125));
    assertThat(sampleMean(lognormal)).isCloseTo(Math.exp(1.125), within(0.01));
    assertThat(lognormal.minimum()).isZero();
    assertThat(lognormal.toString()).isEqualTo("lognormal(mu 1.0, sigma 0.5)");
  }

  @Test
  void theOtherDistributionsSampleTheirMeans() {
    for (Distribution d :
        List.of(
            Distribution.uniform(2, 6),
            Distribution.triangular(0, 1, 5),
            Distribution.triangular(0, 0, 3),
            Distribution.triangular(0, 3, 3),
            Distribution.truncatedNormal(1, 2),
            Distribution.truncatedNormal(50, 5),
            Distribution.constant(3))) {
      assertThat(sampleMean(d)).as(d.toString()).isCloseTo(d.mean(), within(0.01));
    }
    assertThat(Distribution.uniform(2, 6).mean()).isEqualTo(4);
    assertThat(Distribution.triangular(0, 1, 5).mean()).isEqualTo(2);
    assertThat(Distribution.truncatedNormal(50, 5).mean()).isCloseTo(50, within(1e-9));
    assertThat(Distribution.truncatedNormal(1, 2).mean()).isCloseTo(2.0 + 0.0, within(0.1));
    assertThat(Distribution.truncatedNormal(1, 2).minimum()).isZero();
    assertThat(Distribution.uniform(2, 6).minimum()).isEqualTo(2);
    assertThat(Distribution.triangular(0, 1, 5).minimum()).isZero();
    assertThat(Distribution.constant(3).minimum()).isEqualTo(3);
    assertThat(Distribution.truncatedNormal(1, 2).toString())
        .isEqualTo("normal(mean 1.0, sd 2.0) truncated at 0");
    assertThat(Distribution.uniform(2, 6).toString()).isEqualTo("uniform(2.0, 6.0)");
    assertThat(Distribution.triangular(0, 1, 5).toString())
        .isEqualTo("triangular(min 0.0, mode 1.0, max 5.0)");
    assertThat(Distribution.constant(3).toString()).isEqualTo("constant 3.0");
  }

  @Test
  void truncatedNormalMeanUsesTheNormalTail() {
    // N(1, 2) truncated at 0: a = -0.5, mean = 1 + 2 phi(0.5) / Phi(0.5) = 1 + 2 x 0.3520653 /
    // 0.6914625 = 2.0183
    assertThat(Distribution.truncatedNormal(1, 2).mean()).isCloseTo(2.018321, within(1e-5));
    assertThat(TruncatedNormal.upperTail(1.96)).isCloseTo(0.0249979, within(1e-6));
    assertThat(TruncatedNormal.upperTail(-1.96)).isCloseTo(0.9750021, within(1e-6));
  }

  @Test
  void rejectsBadParametersNamingThem() {
    assertRejected(
        () -> Distribution.lognormal90(10, 10),
        "lognormal.high = 10.0: expected a finite upper bound above the lower bound 10.0");
    assertRejected(
        () -> Distribution.lognormal90(20, 10),
        "lognormal.high = 10.0: expected a finite upper bound above the lower bound 20.0");
    assertRejected(
        () -> Distribution.lognormal90(0, 10),
        "lognormal.low = 0.0: expected a finite lower bound > 0");
    assertRejected(
        () -> Distribution.lognormal(Double.NaN, 1),
        "lognormal.mu = NaN: expected a finite number");
    assertRejected(
        () -> Distribution.lognormal(0, 0), "lognormal.sigma = 0.0: expected a finite number > 0");
    assertRejected(
        () -> Distribution.pert(1, 7, 5),
        "pert.mode = 7.0: expected a most likely value within [1.0, 5.0]");
    assertRejected(
        () -> Distribution.pert(5, 5, 5),
        "pert.max = 5.0: expected a maximum above the minimum 5.0");
    assertRejected(
        () -> Distribution.pert(1, 2, 5, -1),
        "pert.gamma = -1.0: expected a finite shape >= 0 (4 for the classic PERT)");
    assertRejected(
        () -> Distribution.pert(Double.NEGATIVE_INFINITY, 2, 5),
        "pert.min = -Infinity: expected a finite number");
    assertRejected(
        () -> Distribution.triangular(0, -1, 5),
        "triangular.mode = -1.0: expected a most likely value within [0.0, 5.0]");
    assertRejected(
        () -> Distribution.uniform(3, 1),
        "uniform.max = 1.0: expected a maximum above the minimum 3.0");
    assertRejected(
        () -> Distribution.uniform(0, Double.POSITIVE_INFINITY),
        "uniform.max = Infinity: expected a finite number");
    assertRejected(
        () -> Distribution.truncatedNormal(-1, 1),
        "truncatedNormal.mean = -1.0: expected a finite mean > 0");
    assertRejected(
        () -> Distribution.truncatedNormal(1, 0),
        "truncatedNormal.sd = 0.0: expected a finite standard deviation > 0");
    assertRejected(
        () -> Distribution.constant(Double.NaN), "constant.value = NaN: expected a finite number");
  }

  static void assertRejected(ThrowingCallable call, String message) {
    assertThatThrownBy(call)
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: " + message);
  }
}
