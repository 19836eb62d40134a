package dev.governance.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KpiSourceTest {

  @Test
  void codesAreThePublicContract() {
    assertThat(Arrays.stream(KpiSource.values()).map(KpiSource::code))
        .containsExactly(
            "availability",
            "mttr",
            "mtta",
            "mtbf",
            "errorRate",
            "errorBudgetRemaining",
            "cpi",
            "spi",
            "costVariancePercent",
            "scheduleVarianceDays");
  }

  @Test
  void serviceFiguresAreForSystemsAndCostFiguresForProjectsOrPrograms() {
    assertThat(KpiSource.AVAILABILITY.subject()).isEqualTo(KpiSource.Subject.SYSTEM);
    assertThat(KpiSource.MTTR.subject()).isEqualTo(KpiSource.Subject.SYSTEM);
    assertThat(KpiSource.MTTA.subject()).isEqualTo(KpiSource.Subject.SYSTEM);
    assertThat(KpiSource.MTBF.subject()).isEqualTo(KpiSource.Subject.SYSTEM);
    assertThat(KpiSource.ERROR_RATE.subject()).isEqualTo(KpiSource.Subject.SYSTEM);
    assertThat(KpiSource.ERROR_BUDGET_REMAINING.subject()).isEqualTo(KpiSource.Subject.SYSTEM);
    assertThat(KpiSource.CPI.subject()).isEqualTo(KpiSource.Subject.PORTFOLIO);
    assertThat(KpiSource.SPI.subject()).isEqualTo(KpiSource.Subject.PORTFOLIO);
    assertThat(KpiSource.COST_VARIANCE_PERCENT.subject()).isEqualTo(KpiSource.Subject.PORTFOLIO);
    assertThat(KpiSource.SCHEDULE_VARIANCE_DAYS.subject()).isEqualTo(KpiSource.Subject.PORTFOLIO);
    assertThat(KpiSource.Subject.values())
        .containsExactly(KpiSource.Subject.SYSTEM, KpiSource.Subject.PORTFOLIO);
  }
}
