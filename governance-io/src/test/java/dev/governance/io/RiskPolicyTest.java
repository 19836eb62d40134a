package dev.governance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.risk.AssessmentStage;
import dev.governance.rules.Severity;
import dev.governance.rules.health.GovernanceHealth;
import dev.governance.rules.risk.RiskMatrix;
import dev.governance.rules.risk.RiskRegister;
import dev.governance.rules.risk.RiskRegisterRule;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RiskPolicyTest {

  private static final HolidayCalendar DAYS =
      HolidayCalendar.of("test", 2026, 2026, List.of(LocalDate.of(2026, 5, 1)));

  @Test
  void theDefaultsAreTheStandardRegisters() {
    RiskPolicy policy = RiskPolicy.builder().build();
    assertThat(policy.matrix()).isEqualTo("nist-800-30");
    // RiskMatrix has no equals, so registers are compared field by field, down to the matrix's grid
    assertThat(policy.register(Optional.empty()))
        .usingRecursiveComparison()
        .isEqualTo(RiskRegister.standard());
  }

  static Stream<Arguments> matrices() {
    return Stream.of(
        Arguments.of("nist-800-30", RiskMatrix.nist80030()),
        Arguments.of("3x3", RiskMatrix.threeByThree()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("matrices")
  void eachMatrixNameGivesItsMatrix(String name, RiskMatrix matrix) {
    RiskMatrix built =
        RiskPolicy.builder().matrix(name).build().register(Optional.empty()).matrix();
    assertThat(built).usingRecursiveComparison().isEqualTo(matrix);
    assertThat(built.name()).isEqualTo(matrix.name());
  }

  @Test
  void theRegisterCarriesEveryConfiguredValue() {
    ImmutableMap<String, Period> cadence =
        ImmutableMap.of(
            "High", Period.ofDays(30), "Medium", Period.ofMonths(3), "Low", Period.ofYears(1));
    RiskPolicy policy =
        RiskPolicy.builder()
            .matrix("3x3")
            .reviewCadence(cadence)
            .reviewStage(AssessmentStage.INHERENT)
            .evidenceMaxAge(Period.ofMonths(6))
            .putSeverities(RiskRegisterRule.REVIEW_OVERDUE, Severity.ERROR)
            .build();
    RiskRegister expected =
        RiskRegister.builder()
            .matrix(RiskMatrix.threeByThree())
            .reviewCadence(cadence)
            .reviewStage(AssessmentStage.INHERENT)
            .evidenceMaxAge(Period.ofMonths(6))
            .calendar(DAYS)
            .putSeverities(RiskRegisterRule.REVIEW_OVERDUE, Severity.ERROR)
            .build();
    assertThat(policy.register(Optional.of(DAYS))).usingRecursiveComparison().isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"5x5", "NIST-800-30", "nist80030", ""})
  void rejectsAMatrixItDoesNotKnow(String name) {
    assertThatThrownBy(() -> RiskPolicy.builder().matrix(name).build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: matrix = '" + name + "': expected one of nist-800-30, 3x3");
  }

  @Test
  void theLossSimulationIsTheHealthChecksUnlessConfigured() {
    assertThat(RiskPolicy.builder().build().simulation())
        .isEqualTo(GovernanceHealth.standard().lossSimulation());
    RiskPolicy policy = RiskPolicy.builder().simulationYears(500).simulationSeed(42).build();
    assertThat(policy.simulation().years()).isEqualTo(500);
    assertThat(policy.simulation().seed()).isEqualTo(42);
    assertThat(
            GovernancePolicy.builder()
                .risk(policy)
                .build()
                .health(GovernanceModel.builder().name("m").build(), LocalDate.of(2026, 1, 1))
                .lossSimulation())
        .as("the policy reaches the health check")
        .isEqualTo(policy.simulation());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 1_000_001})
  void rejectsSimulationYearsOutsideOneToAMillion(int years) {
    assertThatThrownBy(() -> RiskPolicy.builder().simulationYears(years).build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: simulationYears = "
                + years
                + ": expected an integer from 1 to 1000000");
  }
}
