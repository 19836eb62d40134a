package dev.governance.rules.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.EqualsTester;
import dev.governance.rules.Explanation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The figures {@link PortfolioMetrics} derives from its earned value and earned schedule, on the
 * worked examples of {@link EarnedValueTest} and {@link EarnedScheduleTest}.
 */
class PortfolioMetricsTest {

  private static final LocalDate DAY = LocalDate.of(2025, 7, 31);

  private static final List<Double> PV =
      List.of(
          300.0, 600.0, 900.0, 1200.0, 1600.0, 2000.0, 2500.0, 3000.0, 3400.0, 3700.0, 3900.0,
          4000.0);

  private static PortfolioMetrics.Builder metrics() {
    return PortfolioMetrics.builder().id("p").asOf(DAY);
  }

  @Test
  void aMonthIsAMeanYearOverTwelve() {
    assertThat(PortfolioMetrics.DAYS_PER_MONTH).isEqualTo(365.25 / 12).isEqualTo(30.4375);
  }

  @Test
  void costVarianceInPercentOfEarnedValue() {
    PortfolioMetrics m = metrics().earnedValue(EarnedValue.of(3000, 2500, 2800, 4000)).build();
    Explanation cv = m.costVariancePercent().orElseThrow();
    // CV = 2,500 - 2,800 = -300; -300 / 2,500 x 100
    assertThat(cv.result()).isCloseTo(-12, within(1e-12));
    assertThat(cv.quantity()).isEqualTo("CV %");
    assertThat(cv.formula()).isEqualTo("CV / EV x 100 = -300 / 2500 x 100");
    assertThat(cv.children()).extracting(Explanation::quantity).containsExactly("CV");
  }

  @Test
  void scheduleVarianceInDaysByEarnedSchedule() {
    PortfolioMetrics m = metrics().earnedSchedule(EarnedSchedule.of(PV, 2260, 7, 12)).build();
    // ES 6.52 against AT 7: SV(t) = -0.48 months of 30.4375 days
    Explanation sv = m.scheduleVarianceDays().orElseThrow();
    assertThat(sv.result())
        .isCloseTo(-0.48 * 30.4375, within(1e-9))
        .isCloseTo(-14.61, within(1e-9));
    assertThat(sv.formula()).startsWith("SV(t) x days per period = -0.48").endsWith(" x 30.4375");
  }

  @Test
  void emptyWithoutFiguresOrEarnedValue() {
    PortfolioMetrics none = metrics().build();
    assertThat(none.currency()).isEmpty();
    assertThat(none.budgetAtCompletion()).isEmpty();
    assertThat(none.costVariancePercent()).isEmpty();
    assertThat(none.scheduleVarianceDays()).isEmpty();
    assertThat(
            metrics().earnedValue(EarnedValue.of(100, 0, 50, 1000)).build().costVariancePercent())
        .as("CV %% is undefined while EV is 0")
        .isEmpty();
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(metrics().build(), metrics().build())
        .addEqualityGroup(metrics().budgetAtCompletion(10.0).build())
        .addEqualityGroup(PortfolioMetrics.builder().id("p").asOf(DAY.plusDays(1)).build())
        .addEqualityGroup(PortfolioMetrics.builder().id("q").asOf(DAY).build())
        .testEquals();
  }
}
