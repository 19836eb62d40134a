package dev.governance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.time.PeriodKind;
import dev.governance.rules.kpi.MissingData;
import dev.governance.rules.kpi.RollUp;
import dev.governance.rules.kpi.ScorecardEngine;
import java.time.Month;
import java.time.ZoneId;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScorecardPolicyTest {

  @Test
  void theDefaultsAreTheStandardEngines() {
    assertThat(ScorecardPolicy.builder().build().engine()).isEqualTo(ScorecardEngine.standard());
  }

  @Test
  void theEngineCarriesEveryConfiguredValue() {
    ScorecardPolicy policy =
        ScorecardPolicy.builder()
            .periodKind(PeriodKind.QUARTER)
            .fiscalYearStart(Month.APRIL)
            .zone(ZoneId.of("Europe/Berlin"))
            .missingData(MissingData.CARRY_FORWARD)
            .carryForwardPeriods(2)
            .rollUp(RollUp.WORST)
            .trendPeriods(6)
            .greenFrom(0.8)
            .amberFrom(0.5)
            .build();
    ScorecardEngine expected =
        ScorecardEngine.builder()
            .periodKind(PeriodKind.QUARTER)
            .fiscalYearStart(Month.APRIL)
            .zone(ZoneId.of("Europe/Berlin"))
            .missingData(MissingData.CARRY_FORWARD)
            .carryForwardPeriods(2)
            .rollUp(RollUp.WORST)
            .trendPeriods(6)
            .greenFrom(0.8)
            .amberFrom(0.5)
            .build();
    assertThat(policy.engine()).isEqualTo(expected);
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        Arguments.of(
            "amber above green",
            (UnaryOperator<ScorecardPolicy.Builder>) b -> b.greenFrom(0.5).amberFrom(0.7),
            "Invalid governance data: amberFrom = 0.7: expected a score from 0 to greenFrom 0.5"),
        Arguments.of(
            "negative amber",
            (UnaryOperator<ScorecardPolicy.Builder>) b -> b.amberFrom(-0.1),
            "Invalid governance data: amberFrom = -0.1: expected a score from 0 to greenFrom 0.9"),
        Arguments.of(
            "one trend period",
            (UnaryOperator<ScorecardPolicy.Builder>) b -> b.trendPeriods(1),
            "Invalid governance data: trendPeriods = 1: expected an integer from 2 to 120"),
        Arguments.of(
            "no carry forward",
            (UnaryOperator<ScorecardPolicy.Builder>) b -> b.carryForwardPeriods(0),
            "Invalid governance data: carryForwardPeriods = 0: expected an integer from 1 to 120"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejected")
  void rejectsWhatTheEngineRejectsWhenBuilt(
      String what, UnaryOperator<ScorecardPolicy.Builder> configure, String message) {
    assertThatThrownBy(() -> configure.apply(ScorecardPolicy.builder()).build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(message);
  }
}
