package dev.governance.rules.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.GovernanceModel;
import dev.governance.testkit.GovernanceModelGenerator;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HealthReportTest {

  @Test
  void missingKpiDataIsAWarningToldToBothSides() {
    GovernanceModel model = GovernanceModelGenerator.small().generate(new SplittableRandom(7));
    HealthReport report =
        GovernanceHealth.standard().check(model.withObservations(), LocalDate.of(2026, 3, 15));
    assertThat(report.findings().findings("KPI-001"))
        .isNotEmpty()
        .allSatisfy(
            f -> {
              assertThat(f.subject().kpi()).isPresent();
              assertThat(f.notifyRoles()).containsExactly("program-manager", "system-owner");
              assertThat(f.message()).endsWith("has no data for the period evaluated");
            });
    assertThat(report.raciReport("no-such-matrix")).isEmpty();
  }
}
