package dev.governance.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.governance.core.GovernanceValidationException;
import org.junit.jupiter.api.Test;

class FormulaModelTest {

  @Test
  void formulaModelsNormaliseToTen() {
    assertThat(FormulaModel.PRODUCT.score(5, 5).value()).isEqualTo(10.0);
    assertThat(FormulaModel.PRODUCT.score(5, 5).level()).isEqualTo("Very High");
    assertThat(FormulaModel.PRODUCT.score(2, 3).value())
        .isCloseTo(2.4, within(1e-12)); // 10 x 6 / 25
    assertThat(FormulaModel.PRODUCT_PLUS_IMPACT.score(2, 3).value())
        .isCloseTo(3.0, within(1e-12)); // 10 x 9 / 30
    assertThat(FormulaModel.PRODUCT_PLUS_TWICE_IMPACT.score(2, 3).value())
        .isCloseTo(10.0 * 12 / 35, within(1e-12));
    assertThat(FormulaModel.PRODUCT_PLUS_LIKELIHOOD.score(2, 3).value())
        .isCloseTo(10.0 * 8 / 30, within(1e-12));
    assertThat(FormulaModel.PRODUCT_PLUS_TWICE_LIKELIHOOD.score(4, 5).explanation().formula())
        .isEqualTo("10 x (L x I + 2L) / max = 10 x 28 / 35");
    assertThat(FormulaModel.PRODUCT.score(4, 4).level()).isEqualTo("Medium"); // 6.4
    qt().forAll(integers().between(1, 5), integers().between(1, 5), integers().between(0, 4))
        .checkAssert(
            (l, i, m) -> {
              FormulaModel model = FormulaModel.values()[m];
              double value = model.score(l, i).value();
              assertThat(value).isBetween(0.0, 10.0);
              if (l < 5) {
                assertThat(model.score(l + 1, i).value()).isGreaterThan(value);
              }
            });
    assertThatThrownBy(() -> FormulaModel.PRODUCT.score(0, 3))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageStartingWith("Invalid governance data: likelihood = 0");
  }
}
