package dev.governance.rules.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.compliance.Obligation;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.practice.ChangeRequest;
import dev.governance.rules.Finding;
import dev.governance.rules.Severity;
import dev.governance.rules.WeekendCalendar;
import dev.governance.rules.deadline.ComplianceCalendar;
import dev.governance.rules.practice.PracticeEngine;
import dev.governance.rules.practice.PracticePolicy;
import dev.governance.rules.practice.PracticeRule;
import dev.governance.rules.raci.RaciPolicy;
import dev.governance.rules.raci.RaciRule;
import dev.governance.rules.raci.RaciValidator;
import dev.governance.rules.risk.RiskRegister;
import dev.governance.testkit.GovernanceModelGenerator;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GovernanceHealthTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 15);

  @Test
  void theMergedReportIsTheUnionOfTheEnginesReportsInADeterministicOrder() {
    for (long seed = 1; seed <= 20; seed++) {
      GovernanceModel model = GovernanceModelGenerator.small().generate(new SplittableRandom(seed));
      HealthReport health = GovernanceHealth.standard().check(model, AS_OF);
      List<Finding> union = new ArrayList<>();
      model
          .raciMatrices()
          .forEach(
              m ->
                  union.addAll(
                      RaciValidator.standard()
                          .validate(m, model.roleAssignments())
                          .findings()
                          .findings()));
      union.addAll(RiskRegister.standard().review(model, AS_OF).findings().findings());
      union.addAll(
          PracticeEngine.standard()
              .review(model, AS_OF, WeekendCalendar.covering(model, AS_OF, ZoneOffset.UTC))
              .findings());
      union.addAll(health.health().findings());
      assertThat(health.findings().findings())
          .containsExactlyInAnyOrderElementsOf(union)
          .isSorted();
      assertThat(GovernanceHealth.standard().check(model, AS_OF).findings())
          .isEqualTo(health.findings());
    }
  }

  @Test
  void overdueDeadlinesTellTheirOwnerAndWhoeverTheyWereEscalatedTo() {
    GovernanceModel model = GovernanceModelGenerator.small().generate(new SplittableRandom(7));
    List<Obligation> obligations = new ArrayList<>(model.obligations());
    obligations.add(
        Obligation.builder()
            .id("risk-review")
            .title("Monthly risk review")
            .regulation(model.regulations().get(0).id())
            .citation("Art. 24")
            .ownerRole(model.roles().get(0).id())
            .recurrence("FREQ=MONTHLY;BYMONTHDAY=-1")
            .build());
    GovernanceModel withReview = model.withObligations(obligations);
    HealthReport health = GovernanceHealth.standard().check(withReview, AS_OF);
    List<Finding> overdue =
        health.findings().findings("CAL-001").stream()
            .filter(f -> f.subject().obligation().equals(java.util.Optional.of("risk-review")))
            .toList();
    assertThat(health.findings().findings("CAL-001"))
        .filteredOn(f -> f.message().contains("; escalated to "))
        .isNotEmpty()
        .allSatisfy(
            f ->
                assertThat(f.notifyRoles())
                    .contains(f.message().substring(f.message().indexOf("; escalated to ") + 15)));
    assertThat(overdue)
        .isNotEmpty()
        .allSatisfy(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.subject().obligation()).contains("risk-review");
              assertThat(f.notifyRoles()).startsWith(model.roles().get(0).id());
              assertThat(f.message()).startsWith("'Monthly risk review' was due on ");
            });
  }

  @Test
  void countsFindingsPerRoleSystemAndProgram() {
    GovernanceModel model = GovernanceModelGenerator.small().generate(new SplittableRandom(3));
    String system = model.systems().get(0).id();
    GovernanceModel withChange =
        model.withChangeRequests(
            ChangeRequest.builder()
                .id("cr")
                .title("Upgrade")
                .system(system)
                .initiator(model.people().get(0).id())
                .raisedOn(AS_OF)
                .build());
    HealthReport health = GovernanceHealth.standard().check(withChange, AS_OF);
    assertThat(health.countsBySystem()).containsKey(system);
    assertThat(health.countsByRole()).containsKeys("program-manager", "system-owner");
    long withProgram =
        health.findings().findings().stream()
            .filter(f -> f.subject().program().isPresent())
            .count();
    assertThat(health.countsByProgram().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo((int) withProgram);
    assertThat(health.raciReport(model.raciMatrices().get(0).id())).isPresent();
  }

  @Test
  void everyConfiguredEngineReachesTheReport() {
    GovernanceModel model = GovernanceModelGenerator.small().generate(new SplittableRandom(11));
    RaciPolicy oneConsulted = RaciPolicy.builder().consultedLimit(1).build();
    RaciPolicy noSegregation = RaciPolicy.builder().addDisabled(RaciRule.values()).build();
    GovernanceHealth configured =
        GovernanceHealth.builder()
            .raci(RaciValidator.of(noSegregation))
            .practice(
                PracticeEngine.of(
                    PracticePolicy.builder()
                        .putSeverities(PracticeRule.values()[0], Severity.INFO)
                        .build()))
            .horizonDays(30)
            .build();
    HealthReport health = configured.check(model, AS_OF);
    assertThat(health.raciReports()).allSatisfy(r -> assertThat(r.findings().findings()).isEmpty());
    assertThat(health.practice().findings(PracticeRule.values()[0].code()))
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    assertThat(health.from()).isEqualTo(AS_OF.minusDays(30));
    assertThat(health.to()).isEqualTo(AS_OF.plusDays(30));
    assertThat(health.riskMatrix()).isEqualTo(configured.riskRegister().matrix());
    assertThat(health.model()).isSameAs(model);
    HealthReport strict =
        GovernanceHealth.builder().raci(RaciValidator.of(oneConsulted)).build().check(model, AS_OF);
    HealthReport standard = GovernanceHealth.standard().check(model, AS_OF);
    assertThat(strict.findings().findings("RACI-007").size())
        .isGreaterThan(standard.findings().findings("RACI-007").size());
  }

  @Test
  void aCustomComplianceCalendarDatesTheDeadlines() {
    GovernanceModel model = GovernanceModelGenerator.small().generate(new SplittableRandom(7));
    ComplianceCalendar everyDayIsABusinessDay =
        ComplianceCalendar.builder()
            .calendar(
                HolidayCalendar.of(
                    "every-day",
                    AS_OF.getYear() - 5,
                    AS_OF.getYear() + 5,
                    java.util.Set.of(),
                    List.of()))
            .graceBusinessDays(1000)
            .build();
    HealthReport health =
        GovernanceHealth.builder().compliance(everyDayIsABusinessDay).build().check(model, AS_OF);
    assertThat(health.findings().findings("CAL-001"))
        .as("a grace longer than the window leaves nothing overdue")
        .isEmpty();
  }

  @Test
  void theDaysAheadListMoreDeadlinesButChangeNoFinding() {
    GovernanceModel model = GovernanceModelGenerator.small().generate(new SplittableRandom(7));
    HealthReport standard = GovernanceHealth.standard().check(model, AS_OF);
    HealthReport longer = GovernanceHealth.builder().daysAhead(400).build().check(model, AS_OF);
    assertThat(longer.to()).isEqualTo(AS_OF.plusDays(400));
    assertThat(longer.from()).isEqualTo(standard.from());
    assertThat(longer.occurrences()).containsAll(standard.occurrences());
    assertThat(longer.occurrences().size()).isGreaterThan(standard.occurrences().size());
    assertThat(longer.findings()).isEqualTo(standard.findings());
    assertThatThrownBy(() -> GovernanceHealth.builder().daysAhead(0).build())
        .hasMessageStartingWith("Invalid governance data: daysAhead = 0: expected");
  }

  @Test
  void theSeveritiesOfItsOwnFindingsAreConfigurable() {
    GovernanceModel model = GovernanceModelGenerator.small().generate(new SplittableRandom(7));
    HealthReport standard = GovernanceHealth.standard().check(model.withObservations(), AS_OF);
    HealthReport lenient =
        GovernanceHealth.builder()
            .putSeverities(HealthRule.KPI_MISSING, Severity.INFO)
            .build()
            .check(model.withObservations(), AS_OF);
    assertThat(standard.findings().findings("KPI-001"))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    assertThat(lenient.findings().findings("KPI-001"))
        .hasSameSizeAs(standard.findings().findings("KPI-001"))
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
  }

  @Test
  void rejectsANonPositiveHorizon() {
    assertThatThrownBy(() -> GovernanceHealth.builder().horizonDays(0).build())
        .hasMessageStartingWith("Invalid governance data: horizonDays = 0: expected");
  }
}
