package dev.governance.rules.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExactSumTest {

  @Test
  void twoSumsErrorAndTheExactnessCheckAgreeWithBigDecimal() {
    qt().withExamples(5_000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom random = new SplittableRandom(seed);
              List<Double> pair = AdversarialTerms.draw(random, 2);
              double a = pair.get(0);
              double b = pair.get(1);
              double sum = a + b;
              BigDecimal exact = new BigDecimal(a).add(new BigDecimal(b));
              if (Double.isInfinite(sum)) {
                assertThat(ExactSum.error(a, b, sum)).isNaN();
                assertThat(ExactSum.isExact(a, b, sum)).isFalse();
                return;
              }
              BigDecimal error = exact.subtract(new BigDecimal(sum));
              assertThat(new BigDecimal(ExactSum.error(a, b, sum))).isEqualByComparingTo(error);
              assertThat(ExactSum.isExact(a, b, sum))
                  .as("%s + %s = %s", a, b, sum)
                  .isEqualTo(error.signum() == 0);
            });
  }

  @Test
  void roundsTheExactSumOfAnyTermsOnce() {
    qt().withExamples(1_000)
        .forAll(longs().all(), integers().between(0, 120))
        .checkAssert(
            (seed, size) -> {
              List<Double> terms = AdversarialTerms.draw(new SplittableRandom(seed), size);
              ExactSum sum = new ExactSum();
              terms.forEach(sum::add);
              assertThat(sum.round()).as("%s", terms).isEqualTo(AdversarialTerms.exactSum(terms));
              assertThat(sum.roundWith(1.0, -1.0)).isEqualTo(sum.round());
            });
  }

  @Test
  void anInfiniteTermIsThatInfinityAndBothAreNaN() {
    ExactSum sum = new ExactSum();
    sum.add(1e308);
    sum.add(Double.POSITIVE_INFINITY);
    sum.add(-1e308);
    assertThat(sum.round()).isEqualTo(Double.POSITIVE_INFINITY);
    ExactSum negative = new ExactSum();
    negative.add(Double.NEGATIVE_INFINITY);
    assertThat(negative.round()).isEqualTo(Double.NEGATIVE_INFINITY);
    sum.add(negative);
    assertThat(sum.round()).isNaN();
  }

  @Test
  void anEmptySumAndCancelledOnesArePositiveZero() {
    assertThat(new ExactSum().round()).isEqualTo(0.0);
    ExactSum sum = new ExactSum();
    sum.add(-0.0);
    sum.add(Double.MAX_VALUE);
    sum.add(Double.MAX_VALUE);
    sum.add(-Double.MAX_VALUE);
    sum.add(-Double.MAX_VALUE);
    assertThat(sum.round()).isEqualTo(0.0);
  }
}
