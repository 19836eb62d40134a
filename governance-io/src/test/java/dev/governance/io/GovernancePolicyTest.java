package dev.governance.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.model.GovernanceModel;
import dev.governance.rules.Finding;
import dev.governance.rules.Severity;
import dev.governance.rules.health.GovernanceHealth;
import dev.governance.rules.health.HealthReport;
import dev.governance.rules.health.HealthRule;
import dev.governance.rules.raci.RaciPolicy;
import dev.governance.rules.raci.RaciRule;
import dev.governance.testkit.GovernanceModelGenerator;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GovernancePolicyTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 15);
  private static final LocalDate FRI_2025_10_03 = LocalDate.of(2025, 10, 3);
  private static final LocalDate FRI_2026_05_01 = LocalDate.of(2026, 5, 1);
  private static final LocalDate MON_2026_05_04 = LocalDate.of(2026, 5, 4);
  private static final GovernancePolicy EMPTY = GovernancePolicy.builder().build();

  /** A model in which two activities have two or more Consulted, none more than five. */
  private static final long SEED_WITH_TWO_CONSULTED = 1;

  private static final String TOO_MANY_CONSULTED = RaciRule.TOO_MANY_CONSULTED.code();

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void theEmptyPolicyFindsWhatStandardHealthFinds(long seed) {
    GovernanceModel model = model(seed);
    HealthReport configured = EMPTY.health(model, AS_OF).check(model, AS_OF);
    HealthReport standard = GovernanceHealth.standard().check(model, AS_OF);
    assertThat(configured.findings().findings())
        .isNotEmpty()
        .isEqualTo(standard.findings().findings());
  }

  @Test
  void aLowerConsultedLimitNeverFindsFewerTooManyConsulted() {
    GovernancePolicy strict = EMPTY.withRaci(RaciPolicy.builder().consultedLimit(1).build());
    LongStream.rangeClosed(1, 10)
        .forEach(
            seed -> {
              GovernanceModel model = model(seed);
              assertThat(tooManyConsulted(strict, model))
                  .as("seed " + seed)
                  .isGreaterThanOrEqualTo(tooManyConsulted(EMPTY, model));
            });
    GovernanceModel model = model(SEED_WITH_TWO_CONSULTED);
    assertThat(tooManyConsulted(EMPTY, model)).isZero();
    assertThat(tooManyConsulted(strict, model)).isEqualTo(2);
  }

  @Test
  void aNamedCalendarMakesItsHolidaysNonBusinessDaysForDeadlinesAndRiskReviews() {
    GovernanceModel model = model(1);
    GovernanceHealth health =
        EMPTY
            .withCompliance(CompliancePolicy.builder().calendar("DE").build())
            .health(model, AS_OF);
    HolidayCalendar days = health.compliance().orElseThrow().calendar();
    assertThat(days.id()).isEqualTo("DE");
    assertThat(days.isBusinessDay(FRI_2025_10_03)).as("German Unity Day").isFalse();
    assertThat(days.isBusinessDay(FRI_2026_05_01)).as("Labour Day").isFalse();
    assertThat(days.isBusinessDay(MON_2026_05_04)).isTrue();
    assertThat(health.riskRegister().calendar()).contains(days);
  }

  @Test
  void withoutACalendarOnlyWeekendsAreDaysOffAndRiskReviewsFallOnCalendarDays() {
    GovernanceHealth health = EMPTY.health(model(1), AS_OF);
    HolidayCalendar days = health.compliance().orElseThrow().calendar();
    assertThat(days.id()).isEqualTo("weekends");
    assertThat(days.isBusinessDay(FRI_2025_10_03)).isTrue();
    assertThat(days.isBusinessDay(FRI_2026_05_01)).isTrue();
    assertThat(health.riskRegister().calendar()).isEmpty();
  }

  @Test
  void theCalendarCoversTheYearsAroundTheDayJudged() {
    HolidayCalendar days =
        EMPTY
            .withCompliance(CompliancePolicy.builder().calendar("DE").build())
            .health(model(1), AS_OF)
            .compliance()
            .orElseThrow()
            .calendar();
    assertThat(days.firstYear()).isLessThanOrEqualTo(2025);
    assertThat(days.lastYear()).isGreaterThanOrEqualTo(2028);
  }

  @Test
  void everyEngineIsConfiguredFromItsSection() {
    GovernancePolicy policy = new GovernancePolicyGenerator().generate(new SplittableRandom(7));
    GovernanceHealth health = policy.health(model(1), AS_OF);
    assertThat(health.raci().policy()).isEqualTo(policy.raci());
    assertThat(health.scorecards()).isEqualTo(policy.scorecard().engine());
    assertThat(health.practice().policy()).isEqualTo(policy.practice());
    assertThat(health.riskRegister().reviewCadence()).isEqualTo(policy.risk().reviewCadence());
    assertThat(health.compliance().orElseThrow().escalation())
        .isEqualTo(policy.compliance().escalation());
    assertThat(health.horizonDays()).isEqualTo(policy.horizonDays());
  }

  @Test
  void theHorizonSetsTheDeadlineWindowOfTheReport() {
    GovernanceModel model = model(1);
    HealthReport report = EMPTY.withHorizonDays(30).health(model, AS_OF).check(model, AS_OF);
    assertThat(report.from()).isEqualTo(LocalDate.of(2026, 2, 13));
    assertThat(report.to()).isEqualTo(LocalDate.of(2026, 4, 14));
    HealthReport standard = EMPTY.health(model, AS_OF).check(model, AS_OF);
    assertThat(standard.from()).isEqualTo(AS_OF.minusDays(90));
    assertThat(standard.to()).isEqualTo(AS_OF.plusDays(90));
  }

  @Test
  void anUnknownCalendarIdIsRejectedWhenHealthIsConfigured() {
    GovernancePolicy policy =
        EMPTY.withCompliance(CompliancePolicy.builder().calendar("XX-NOPE").build());
    assertThatThrownBy(() -> policy.health(model(1), AS_OF))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: calendar = 'XX-NOPE': expected ids such as US, DE-BY or"
                + " GB+US: ISO 3166 country codes or other jollyday calendar codes, each with an"
                + " optional subdivision");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  void rejectsAHorizonOfNoDays(int days) {
    assertThatThrownBy(() -> GovernancePolicy.builder().horizonDays(days).build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: horizonDays = " + days + ": expected an integer >= 1");
  }

  private static long tooManyConsulted(GovernancePolicy policy, GovernanceModel model) {
    return policy.health(model, AS_OF).check(model, AS_OF).findings().findings().stream()
        .map(Finding::code)
        .filter(TOO_MANY_CONSULTED::equals)
        .count();
  }

  private static GovernanceModel model(long seed) {
    return GovernanceModelGenerator.small().generate(new SplittableRandom(seed));
  }

  @Test
  void theHealthFindingsSeveritiesReachGovernanceHealth() {
    GovernancePolicy policy =
        PolicyJson.load("p.json", "{\"severities\": {\"CAL-001\": \"WARNING\"}}".getBytes(UTF_8));
    GovernanceModel model = GovernanceModelGenerator.small().generate(new SplittableRandom(3));
    assertThat(policy.health(model, AS_OF).severities())
        .containsExactly(java.util.Map.entry(HealthRule.DEADLINE_OVERDUE, Severity.WARNING));
  }
}
