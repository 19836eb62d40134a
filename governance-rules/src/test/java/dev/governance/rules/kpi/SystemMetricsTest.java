package dev.governance.rules.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.governance.core.GovernanceValidationException;
import dev.governance.rules.Explanation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The value {@link ServiceRecords#window} returns; its figures are worked out there. */
class SystemMetricsTest {

  private static final LocalDate NOV_1 = LocalDate.of(2025, 11, 1);
  private static final LocalDate NOV_30 = LocalDate.of(2025, 11, 30);

  private static SystemMetrics.Builder metrics(double availability, int incidents) {
    return SystemMetrics.builder()
        .system("web")
        .from(NOV_1)
        .to(NOV_30)
        .availability(Explanation.of("availability %", availability, "given"))
        .downtimeMinutes(0)
        .plannedDowntimeMinutes(0)
        .incidents(incidents);
  }

  @Test
  void figuresTheRecordsCannotGiveAreEmptyUnlessSet() {
    SystemMetrics m = metrics(100, 0).build();
    assertThat(m.mttaMinutes()).isEmpty();
    assertThat(m.mttrMinutes()).isEmpty();
    assertThat(m.mtbfHours()).isEmpty();
    assertThat(m.errorRate()).isEmpty();
    assertThat(m.errorBudgetRemaining()).isEmpty();
  }

  @Test
  void rejectsAMissingFigure() {
    assertThatThrownBy(() -> SystemMetrics.builder().system("web").from(NOV_1).to(NOV_30).build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("availability = <missing>: expected a value (required attribute)");
  }

  @Test
  void equalityAndNulls() {
    new EqualsTester()
        .addEqualityGroup(metrics(100, 0).build(), metrics(100, 0).build())
        .addEqualityGroup(metrics(99.9, 0).build())
        .addEqualityGroup(metrics(100, 1).build())
        .testEquals();
    new NullPointerTester().testAllPublicInstanceMethods(SystemMetrics.builder());
  }
}
