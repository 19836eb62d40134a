package dev.governance.rules.kpi;

import static dev.governance.core.ArgChecker.check;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * The SRE workbook's recommended multi-window, multi-burn-rate alerts (chapter 5, "Alerting on
 * SLOs", table 5-8), for any SLO window: page when 2 % of the budget burns in 1 hour (checked over
 * 5 minutes) or 5 % in 6 hours (30 minutes); open a ticket when 10 % burns in 3 days (6 hours). The
 * threshold is budget spent x SLO window / long window: 14.4, 6 and 1 for 30 days; 13.44, 5.6 and
 * 0.9333 for 28 days.
 */
public final class BurnRateAlerts {

  private BurnRateAlerts() {}

  /**
   * Returns the three recommended alerts for an SLO over {@code sloWindow}.
   *
   * @param sloWindow the SLO window, such as 30 days
   * @return the page (1 h), page (6 h) and ticket (3 d) alerts with their thresholds
   * @throws dev.governance.core.GovernanceValidationException if the window is not longer than 3
   *     days
   */
  public static ImmutableList<BurnRateAlert> recommended(Duration sloWindow) {
    Objects.requireNonNull(sloWindow, "sloWindow");
    check(
        sloWindow.compareTo(Duration.ofDays(3)) > 0,
        "sloWindow",
        sloWindow,
        "a window longer than the 3-day alert window");
    return ImmutableList.of(
        alert("page", Duration.ofHours(1), Duration.ofMinutes(5), 0.02, sloWindow),
        alert("page", Duration.ofHours(6), Duration.ofMinutes(30), 0.05, sloWindow),
        alert("ticket", Duration.ofDays(3), Duration.ofHours(6), 0.10, sloWindow));
  }

  /**
   * Returns the alerts that fire, given the error rate observed over each window.
   *
   * @param alerts the alerts to evaluate
   * @param budget the error budget they protect
   * @param errorRateOver the observed error rate (0 to 1) over the last given duration
   * @return the alerts whose long- and short-window burn rates both exceed their threshold
   */
  public static ImmutableList<BurnRateAlert> firing(
      ImmutableList<BurnRateAlert> alerts,
      ErrorBudget budget,
      Function<Duration, Double> errorRateOver) {
    return alerts.stream()
        .filter(
            a ->
                budget.burnRate(errorRateOver.apply(a.longWindow())).result() > a.threshold()
                    && budget.burnRate(errorRateOver.apply(a.shortWindow())).result()
                        > a.threshold())
        .collect(ImmutableList.toImmutableList());
  }

  private static BurnRateAlert alert(
      String action, Duration longWindow, Duration shortWindow, double spent, Duration sloWindow) {
    double threshold = spent * sloWindow.toSeconds() / (double) longWindow.toSeconds();
    return BurnRateAlert.builder()
        .action(action)
        .longWindow(longWindow)
        .shortWindow(shortWindow)
        .budgetSpent(spent)
        .threshold(threshold)
        .build();
  }
}
