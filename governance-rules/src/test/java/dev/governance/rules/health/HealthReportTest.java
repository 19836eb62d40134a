package dev.governance.rules.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.model.GovernanceModel;
import dev.governance.core.risk.OrderedScale;
import dev.governance.rules.raci.RaciPolicy;
import dev.governance.rules.raci.RaciValidator;
import dev.governance.rules.risk.RiskMatrix;
import dev.governance.rules.risk.RiskRegister;
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

  @Test
  void carriesTheDayTheWindowAndTheConfigurationItWasCheckedWith() {
    GovernanceModel model = GovernanceModelGenerator.small().generate(new SplittableRandom(3));
    LocalDate asOf = LocalDate.of(2026, 3, 15);
    RaciPolicy policy = RaciPolicy.builder().accountableLimit(2).build();
    HealthReport report =
        GovernanceHealth.builder()
            .raci(RaciValidator.of(policy))
            .riskRegister(RiskRegister.builder().matrix(RiskMatrix.threeByThree()).build())
            .horizonDays(10)
            .build()
            .check(
                model
                    .withLossScenarios()
                    .withMitigationActions()
                    .withRisks()
                    .withAppetites()
                    .withLikelihoodScale(OrderedScale.threeLevel("likelihood"))
                    .withImpactScale(OrderedScale.threeLevel("impact")),
                asOf);
    assertThat(report.asOf()).isEqualTo(asOf);
    assertThat(report.from()).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(report.to()).isEqualTo(LocalDate.of(2026, 3, 25));
    assertThat(report.daysAhead()).isEqualTo(10);
    assertThat(report.raciPolicy()).isEqualTo(policy);
    assertThat(report.riskMatrix().name()).isEqualTo("3x3");
  }

  @Test
  void rejectsAWindowThatEndsBeforeItStarts() {
    HealthReport report =
        GovernanceHealth.standard()
            .check(
                GovernanceModelGenerator.small().generate(new SplittableRandom(3)),
                LocalDate.of(2026, 3, 15));
    assertThatThrownBy(() -> report.withTo(LocalDate.of(2025, 12, 1)))
        .hasMessage(
            "Invalid governance data: to = 2025-12-01: expected a day not before from 2025-12-15");
  }
}
