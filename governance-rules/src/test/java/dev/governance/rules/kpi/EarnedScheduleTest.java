package dev.governance.rules.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.EqualsTester;
import dev.governance.core.GovernanceValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Earned schedule on the worked example of the shared reference: PV6 2000, PV7 2500, EV 2260, AT 7,
 * PD 12.
 */
class EarnedScheduleTest {

  private static final List<Double> PV =
      List.of(
          300.0, 600.0, 900.0, 1200.0, 1600.0, 2000.0, 2500.0, 3000.0, 3400.0, 3700.0, 3900.0,
          4000.0);

  @Test
  void workedExample() {
    EarnedSchedule es = EarnedSchedule.of(PV, 2260, 7, 12);
    assertThat(es.earnedSchedule().result()).isCloseTo(6.52, within(1e-12));
    assertThat(es.scheduleVariance().result()).isCloseTo(-0.48, within(1e-12));
    assertThat(es.schedulePerformanceIndex().result()).isCloseTo(0.93, within(0.005));
    assertThat(es.independentEstimateAtCompletion().result()).isCloseTo(12.9, within(0.05));
    assertThat(es.scheduleVarianceDays(30).result()).isCloseTo(-14.4, within(1e-9));
    assertThat(es.earnedSchedule().formula())
        .isEqualTo("C + (EV - PV[C]) / (PV[C+1] - PV[C]) = 6 + (2260 - 2000) / (2500 - 2000)");
  }

  @Test
  void earlyAndFinishedWork() {
    assertThat(EarnedSchedule.of(PV, 150, 1, 12).earnedSchedule().result())
        .isCloseTo(0.5, within(1e-12));
    assertThat(EarnedSchedule.of(PV, 4000, 13, 12).earnedSchedule().result()).isEqualTo(12);
    assertThatThrownBy(() -> EarnedSchedule.of(PV, 0, 1, 12).independentEstimateAtCompletion())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: earnedValue = 0.0: expected a value above 0 to estimate the"
                + " duration");
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> EarnedSchedule.of(List.of(), 1, 1, 1))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: cumulativePlannedValue = '[]': expected at least one period");
    assertThatThrownBy(() -> EarnedSchedule.of(List.of(10.0, 5.0), 1, 1, 2))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: cumulativePlannedValue[1] = 5.0: expected a cumulative value"
                + " >= the previous period's 10.0");
    assertThatThrownBy(() -> EarnedSchedule.of(PV, 1, 0, 12))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: actualTime = 0.0: expected a finite number of periods > 0");
    assertThatThrownBy(() -> EarnedSchedule.of(PV, 1, 1, -1))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: plannedDuration = -1.0: expected a finite number of periods >"
                + " 0");
    assertThatThrownBy(() -> EarnedSchedule.of(PV, 2260, 7, 12).scheduleVarianceDays(0))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: daysPerPeriod = 0.0: expected a finite number > 0");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(EarnedSchedule.of(PV, 1, 1, 12), EarnedSchedule.of(PV, 1, 1, 12))
        .addEqualityGroup(EarnedSchedule.of(PV, 2, 1, 12))
        .testEquals();
  }
}
