package dev.governance.rules.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import dev.governance.core.GovernanceValidationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Error budgets and burn-rate alerts on the worked examples of the shared reference (scoring,
 * "Availability", "Error-budget burn rate").
 */
class ErrorBudgetTest {

  private static final Duration DAYS_30 = Duration.ofDays(30);

  @Test
  void allowedDowntime() {
    assertThat(ErrorBudget.of(0.999, DAYS_30).allowedDowntimeMinutes().result())
        .isCloseTo(43.2, within(1e-9));
    assertThat(ErrorBudget.of(0.9999, DAYS_30).allowedDowntimeMinutes().result())
        .isCloseTo(4.32, within(1e-9));
  }

  @Test
  void burnRateAndRemainingBudget() {
    ErrorBudget budget = ErrorBudget.of(0.999, DAYS_30);
    assertThat(budget.burnRate(0.0144).result()).isCloseTo(14.4, within(1e-9));
    assertThat(budget.burnRate(0.001).result()).isCloseTo(1.0, within(1e-9));
    assertThat(budget.remaining(0.0005).result()).isCloseTo(0.5, within(1e-9));
    assertThat(budget.remaining(0.002).result()).isCloseTo(-1.0, within(1e-9));
  }

  @Test
  void recommendedAlertsFor30And28Days() {
    assertThat(BurnRateAlerts.recommended(DAYS_30))
        .extracting(BurnRateAlert::threshold)
        .containsExactly(14.4, 6.0, 1.0);
    assertThat(BurnRateAlerts.recommended(Duration.ofDays(28)))
        .satisfiesExactly(
            a -> assertThat(a.threshold()).isCloseTo(13.44, within(1e-9)),
            a -> assertThat(a.threshold()).isCloseTo(5.6, within(1e-9)),
            a -> assertThat(a.threshold()).isCloseTo(0.9333, within(5e-5)));
    BurnRateAlert fast = BurnRateAlerts.recommended(DAYS_30).get(0);
    assertThat(fast.action()).isEqualTo("page");
    assertThat(fast.longWindow()).isEqualTo(Duration.ofHours(1));
    assertThat(fast.shortWindow()).isEqualTo(Duration.ofMinutes(5));
    assertThat(fast.budgetSpent()).isEqualTo(0.02);
  }

  @Test
  void alertsFireOnlyWhenBothWindowsBurn() {
    ErrorBudget budget = ErrorBudget.of(0.999, DAYS_30);
    ImmutableList<BurnRateAlert> alerts = BurnRateAlerts.recommended(DAYS_30);
    // a sharp outage: 2 % errors in the last hour, still 2 % in the last 5 minutes
    assertThat(
            BurnRateAlerts.firing(
                alerts,
                budget,
                window -> window.compareTo(Duration.ofHours(1)) <= 0 ? 0.02 : 0.0005))
        .extracting(BurnRateAlert::longWindow)
        .containsExactly(Duration.ofHours(1));
    // the same hour, but the last 5 minutes are clean: recovered, no page
    assertThat(
            BurnRateAlerts.firing(
                alerts, budget, window -> window.equals(Duration.ofMinutes(5)) ? 0.0 : 0.02))
        .extracting(BurnRateAlert::longWindow)
        .containsExactly(Duration.ofHours(6), Duration.ofDays(3));
    assertThat(BurnRateAlerts.firing(alerts, budget, window -> 0.0005)).isEmpty();
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> ErrorBudget.of(1.0, DAYS_30))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: objective = 1.0: expected a share strictly between 0 and 1,"
                + " such as 0.999");
    assertThatThrownBy(() -> ErrorBudget.of(0.99, Duration.ZERO))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: window = PT0S: expected a positive duration");
    assertThatThrownBy(() -> ErrorBudget.of(0.99, DAYS_30).burnRate(1.5))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: errorRate = 1.5: expected a share from 0 to 1");
    assertThatThrownBy(() -> BurnRateAlerts.recommended(Duration.ofDays(3)))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: sloWindow = PT72H: expected a window longer than the 3-day"
                + " alert window");
    assertThatThrownBy(
            () ->
                BurnRateAlert.builder()
                    .action("page")
                    .longWindow(Duration.ofHours(1))
                    .shortWindow(Duration.ofHours(1))
                    .budgetSpent(0.02)
                    .threshold(14.4)
                    .build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: shortWindow = PT1H: expected a positive duration shorter than"
                + " the long window PT1H");
    assertThatThrownBy(
            () ->
                BurnRateAlert.builder()
                    .action("page")
                    .longWindow(Duration.ofHours(1))
                    .shortWindow(Duration.ofMinutes(5))
                    .budgetSpent(0)
                    .threshold(14.4)
                    .build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: budgetSpent = 0.0: expected a share above 0, at most 1");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(ErrorBudget.of(0.999, DAYS_30), ErrorBudget.of(0.999, DAYS_30))
        .addEqualityGroup(ErrorBudget.of(0.99, DAYS_30))
        .testEquals();
  }
}
