package dev.governance.rules.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.governance.core.GovernanceValidationException;
import dev.governance.rules.Explanation;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * PMI earned-value formulas, on the worked examples of the shared reference (scoring, "Earned
 * value").
 */
class EarnedValueTest {

  private static final double EPS = 5e-4;

  private static double value(Optional<Explanation> e) {
    return e.orElseThrow().result();
  }

  @Test
  void firstWorkedExample() {
    EarnedValue ev = EarnedValue.of(3000, 2500, 2800, 4000);
    assertThat(ev.costVariance().result()).isEqualTo(-300);
    assertThat(ev.scheduleVariance().result()).isEqualTo(-500);
    assertThat(value(ev.costPerformanceIndex())).isCloseTo(0.8929, within(EPS));
    assertThat(value(ev.schedulePerformanceIndex())).isCloseTo(0.8333, within(EPS));
    assertThat(value(ev.estimateAtCompletion())).isCloseTo(4480, within(1e-9));
    assertThat(value(ev.estimateToComplete())).isCloseTo(1680, within(1e-9));
    assertThat(value(ev.varianceAtCompletion())).isCloseTo(-480, within(1e-9));
    assertThat(ev.estimateAtCompletionAtypical().result()).isEqualTo(4300);
    assertThat(value(ev.estimateAtCompletionCostAndSchedule())).isCloseTo(4816, within(1e-9));
    assertThat(value(ev.toCompletePerformanceIndex())).isCloseTo(1.25, within(1e-12));
  }

  @Test
  void secondWorkedExample() {
    EarnedValue ev = EarnedValue.of(50, 40, 45, 100);
    assertThat(value(ev.costPerformanceIndex())).isCloseTo(0.889, within(EPS));
    assertThat(value(ev.schedulePerformanceIndex())).isCloseTo(0.80, within(1e-12));
    assertThat(value(ev.estimateAtCompletion())).isCloseTo(112.5, within(1e-9));
    assertThat(value(ev.estimateToComplete())).isCloseTo(67.5, within(1e-9));
    assertThat(value(ev.varianceAtCompletion())).isCloseTo(-12.5, within(1e-9));
    assertThat(value(ev.estimateAtCompletionCostAndSchedule())).isCloseTo(129.375, within(1e-9));
    assertThat(value(ev.toCompletePerformanceIndex())).isCloseTo(1.0909, within(EPS));
    assertThat(value(ev.toCompletePerformanceIndexToEstimate()))
        .isCloseTo(60 / 67.5, within(1e-12));
    assertThat(value(ev.budgetVariancePercent())).isCloseTo(12.5, within(1e-12));
  }

  @Test
  void explainsEachFigure() {
    EarnedValue ev = EarnedValue.of(3000, 2500, 2800, 4000);
    assertThat(ev.costVariance()).hasToString("CV = -300.0 = EV - AC = 2500 - 2800");
    assertThat(ev.estimateAtCompletion().orElseThrow().formula())
        .startsWith("BAC / CPI = 4000 / 0.89285714");
    assertThat(ev.estimateAtCompletion().orElseThrow().children())
        .extracting(Explanation::quantity)
        .containsExactly("CPI");
    assertThat(ev.estimateAtCompletionCostAndSchedule().orElseThrow().children())
        .extracting(Explanation::quantity)
        .containsExactly("CPI", "SPI");
  }

  @Test
  void undefinedRatiosAreEmptyNotInfinite() {
    EarnedValue start = EarnedValue.of(0, 0, 0, 1000);
    assertThat(start.costPerformanceIndex()).isEmpty();
    assertThat(start.schedulePerformanceIndex()).isEmpty();
    assertThat(start.estimateAtCompletion()).isEmpty();
    assertThat(start.estimateToComplete()).isEmpty();
    assertThat(start.varianceAtCompletion()).isEmpty();
    assertThat(start.estimateAtCompletionCostAndSchedule()).isEmpty();
    assertThat(start.budgetVariancePercent()).isEmpty();
    assertThat(start.toCompletePerformanceIndexToEstimate()).isEmpty();
    assertThat(EarnedValue.of(10, 0, 5, 100).estimateAtCompletion()).isEmpty();
    assertThat(EarnedValue.of(10, 0, 5, 100).estimateAtCompletionCostAndSchedule()).isEmpty();
    assertThat(EarnedValue.of(10, 5, 100, 100).toCompletePerformanceIndex()).isEmpty();
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> EarnedValue.of(-1, 0, 0, 10))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: plannedValue = -1.0: expected a finite number >= 0");
    assertThatThrownBy(() -> EarnedValue.of(0, Double.NaN, 0, 10))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: earnedValue = NaN: expected a finite number >= 0");
    assertThatThrownBy(() -> EarnedValue.of(0, 0, -5, 10))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: actualCost = -5.0: expected a finite number >= 0");
    assertThatThrownBy(() -> EarnedValue.of(0, 0, 0, 0))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: budgetAtCompletion = 0.0: expected a finite amount > 0");
  }

  @Test
  void equalityAndNulls() {
    new EqualsTester()
        .addEqualityGroup(EarnedValue.of(1, 2, 3, 4), EarnedValue.of(1, 2, 3, 4))
        .addEqualityGroup(EarnedValue.of(1, 2, 3, 5))
        .testEquals();
    new NullPointerTester().testAllPublicInstanceMethods(EarnedValue.builder());
  }
}
