package dev.governance.rules.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.compliance.Obligation;
import dev.governance.core.compliance.Regulation;
import dev.governance.core.compliance.RegulationKind;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.money.Money;
import dev.governance.core.party.Person;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.party.WellKnownRole;
import dev.governance.core.portfolio.Criticality;
import dev.governance.core.portfolio.InformationSystem;
import dev.governance.core.portfolio.Program;
import dev.governance.core.practice.ChangeRequest;
import dev.governance.core.practice.Waiver;
import dev.governance.core.service.IncidentRecord;
import dev.governance.core.service.OutageRecord;
import dev.governance.core.service.ServiceTargets;
import dev.governance.rules.Finding;
import dev.governance.rules.Severity;
import dev.governance.rules.Waived;
import dev.governance.rules.deadline.ComplianceCalendar;
import dev.governance.rules.practice.PracticeEngine;
import dev.governance.rules.practice.PracticePolicy;
import dev.governance.rules.practice.PracticeRule;
import dev.governance.rules.raci.RaciPolicy;
import dev.governance.rules.raci.RaciRule;
import dev.governance.rules.raci.RaciValidator;
import dev.governance.rules.risk.RiskRegister;
import dev.governance.rules.steering.WaiverPolicy;
import dev.governance.testkit.GovernanceModelGenerator;
import java.time.Instant;
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
          PracticeEngine.standard().review(model, AS_OF, HolidayCalendar.weekends()).findings());
      union.addAll(health.health().findings());
      Recipients recipients = Recipients.of(model);
      assertThat(health.findings().findings())
          .containsExactlyInAnyOrderElementsOf(union.stream().map(recipients::resolve).toList())
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
                    .contains(
                        f.message()
                            .substring(f.message().indexOf("; escalated to ") + 15)
                            .split(";")[0]));
    assertThat(health.findings().findings("CAL-001"))
        .as("one finding per obligation, however many of its occurrences were missed")
        .extracting(f -> f.subject().obligation().orElseThrow())
        .doesNotHaveDuplicates();
    assertThat(overdue)
        .isNotEmpty()
        .allSatisfy(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.subject().obligation()).contains("risk-review");
              assertThat(f.notifyRoles()).startsWith(model.roles().get(0).id());
              assertThat(f.message())
                  .startsWith("'Monthly risk review' was due on 2025-12-31 and is 52 business days")
                  .endsWith("; 2 later occurrences missed too, the last due on 2026-03-02");
            });
  }

  @Test
  void anOverdueDeadlineThatCannotClimbSaysWhyInsteadOfNamingItsOwner() {
    Obligation review =
        Obligation.builder()
            .id("risk-review")
            .title("Monthly risk review")
            .regulation("POLICY")
            .citation("Section 4.1")
            .ownerRole("program-manager")
            .recurrence("FREQ=MONTHLY;BYMONTHDAY=1")
            .build();
    GovernanceModel model =
        GovernanceModel.builder()
            .name("ladder")
            .addPeople(Person.of("ana", "Ana"), Person.of("lea", "Lea"))
            .addRoles(WellKnownRole.PROGRAM_MANAGER.role(), WellKnownRole.STEERING_COMMITTEE.role())
            .addRoleAssignments(
                RoleAssignment.of("program-manager", List.of("ana")),
                RoleAssignment.of("steering-committee", List.of("lea")))
            .addRegulations(Regulation.of("POLICY", "Our policy", RegulationKind.FRAMEWORK))
            .addObligations(
                review,
                review
                    .withId("committee-review")
                    .withTitle("Committee review")
                    .withOwnerRole("steering-committee"))
            .build();
    LocalDate asOf = LocalDate.of(2026, 3, 16);
    assertThat(GovernanceHealth.standard().check(model, asOf).findings().findings("CAL-001"))
        .extracting(Finding::message, Finding::notifyRoles)
        .containsExactly(
            tuple(
                "'Committee review' was due on 2026-01-01 and is 52 business days overdue; not"
                    + " escalated: no higher role on the ladder than steering-committee; 2 later"
                    + " occurrences missed too, the last due on 2026-03-02",
                List.of("steering-committee")),
            tuple(
                "'Monthly risk review' was due on 2026-01-01 and is 52 business days overdue;"
                    + " escalated to steering-committee; 2 later occurrences missed too, the last"
                    + " due on 2026-03-02",
                List.of("program-manager", "steering-committee")));
    GovernanceModel chaired =
        model.withRoleAssignments(
            RoleAssignment.of("program-manager", List.of("ana")),
            RoleAssignment.of("steering-committee", List.of("ana")));
    assertThat(GovernanceHealth.standard().check(chaired, asOf).findings().findings("CAL-001"))
        .filteredOn(f -> f.subject().obligation().orElseThrow().equals("risk-review"))
        .extracting(Finding::message)
        .containsExactly(
            "'Monthly risk review' was due on 2026-01-01 and is 52 business days overdue; not"
                + " escalated: steering-committee, the higher role on the ladder, is held by the"
                + " owner too; 2 later occurrences missed too, the last due on 2026-03-02");
  }

  @Test
  void missedServiceTargetsAndBurningBudgetsTellTheSystemOwnerAndProgramManager() {
    Instant end = AS_OF.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    GovernanceModel model =
        GovernanceModel.builder()
            .name("service")
            .addPeople(Person.of("ana", "Ana"), Person.of("cy", "Cy"))
            .addPrograms(
                Program.builder()
                    .id("omni")
                    .name("Omni")
                    .budget(Money.parse("1000", "EUR"))
                    .baselineStart(AS_OF.minusYears(1))
                    .baselineFinish(AS_OF.plusYears(1))
                    .programManager("ana")
                    .build())
            .addSystems(
                InformationSystem.builder()
                    .id("shop")
                    .name("Shop")
                    .owner("cy")
                    .criticality(Criticality.HIGH)
                    .addPrograms("omni")
                    .serviceTargets(
                        ServiceTargets.builder().availability(99.9).mttrMinutes(60.0).build())
                    .build(),
                InformationSystem.builder()
                    .id("calm")
                    .name("Calm")
                    .criticality(Criticality.LOW)
                    .serviceTargets(ServiceTargets.builder().availability(99.0).build())
                    .build())
            .addOutages(
                OutageRecord.builder()
                    .id("o1")
                    .system("shop")
                    .start(end.minusSeconds(7_200))
                    .end(end)
                    .build())
            .addIncidents(
                IncidentRecord.builder()
                    .id("i1")
                    .system("shop")
                    .severity("SEV1")
                    .opened(end.minusSeconds(7_200))
                    .resolved(end.minusSeconds(60))
                    .build())
            .build();
    HealthReport health = GovernanceHealth.standard().check(model, AS_OF);
    assertThat(health.findings().findings("KPI-003"))
        .extracting(Finding::toString)
        .containsExactly(
            "WARNING KPI-003 [system=shop] system 'Shop' missed its service targets over"
                + " 2026-02-14..2026-03-15: availability 99.72% against a target of 99.90%; MTTR"
                + " 119.0 min against a target of 60.00 min");
    assertThat(health.findings().findings("KPI-004"))
        .extracting(Finding::toString)
        .containsExactly(
            "WARNING KPI-004 [system=shop] system 'Shop' burns its availability error budget"
                + " 1000.0x over the last 1 h (threshold 14.40x): page, and 2 more alert(s)");
    assertThat(health.findings().findings())
        .filteredOn(f -> f.code().startsWith("KPI-00") && f.subject().system().isPresent())
        .allSatisfy(
            f -> {
              assertThat(f.notifyRoles()).containsExactly("system-owner", "program-manager");
              assertThat(f.notifyPeople()).containsExactly("cy", "ana");
              assertThat(f.explanation()).isPresent();
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
  void everyFindingIsRoutedToThePeopleWhoHoldItsRolesInItsScope() {
    for (long seed = 1; seed <= 10; seed++) {
      GovernanceModel model = GovernanceModelGenerator.small().generate(new SplittableRandom(seed));
      HealthReport health = GovernanceHealth.standard().check(model, AS_OF);
      Recipients recipients = Recipients.of(model);
      java.util.Map<String, Integer> expected = new java.util.TreeMap<>();
      for (Finding f : health.findings().findings()) {
        assertThat(f.people()).isEqualTo(recipients.people(f));
        assertThat(f.people()).containsAll(f.notifyPeople());
        f.people().forEach(p -> expected.merge(p, 1, Integer::sum));
      }
      assertThat(health.countsByPerson()).isEqualTo(expected);
    }
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

  /**
   * Issue 20, point 8: a day at the end of the calendar's years failed deep in the compliance
   * calendar with a date of the year 10000; the window is checked first, and named.
   */
  @Test
  void rejectsADayWhoseWindowLeavesTheCalendarsYears() {
    GovernanceModel model = GovernanceModel.builder().name("m").build();
    assertThat(GovernanceHealth.standard().check(model, LocalDate.of(9999, 10, 1)).findings())
        .isNotNull();
    assertThatThrownBy(() -> GovernanceHealth.standard().check(model, LocalDate.of(9999, 10, 3)))
        .hasMessage(
            "Invalid governance data: asOf = 9999-10-03: expected a day whose window, 90 days"
                + " before it to 90 days after, lies in the years of calendar weekends"
                + " (0001-01-01 to 9999-12-31)");
    assertThatThrownBy(
            () ->
                GovernanceHealth.builder()
                    .horizonDays(10)
                    .build()
                    .check(model, LocalDate.of(1, 1, 5)))
        .hasMessageStartingWith(
            "Invalid governance data: asOf = 0001-01-05: expected a day whose window, 10 days"
                + " before it to 10 days after,");
  }

  @Test
  void rejectsANonPositiveHorizon() {
    assertThatThrownBy(() -> GovernanceHealth.builder().horizonDays(0).build())
        .hasMessageStartingWith("Invalid governance data: horizonDays = 0: expected");
  }

  @Test
  void aWaiverMarksItsFindingInTheMergedReportAndInItsEnginesReport() {
    for (long seed = 1; seed <= 20; seed++) {
      GovernanceModel model = GovernanceModelGenerator.small().generate(new SplittableRandom(seed));
      HealthReport before = GovernanceHealth.standard().check(model, AS_OF);
      java.util.Optional<String> approver =
          model.roleAssignments().stream()
              .filter(a -> a.role().equals("steering-committee") && !a.people().isEmpty())
              .map(a -> a.people().get(0))
              .findFirst();
      java.util.Optional<Finding> error =
          before.findings().findings().stream()
              .filter(f -> f.severity() == Severity.ERROR && !f.subject().ids().isEmpty())
              .findFirst();
      if (approver.isEmpty() || error.isEmpty()) {
        continue;
      }
      Finding waived = error.get();
      GovernanceModel withWaiver =
          model.withWaivers(
              Waiver.builder()
                  .id("accepted")
                  .code(waived.code())
                  .putAllSubject(waived.subject().ids())
                  .reason("Accepted for the quarter")
                  .approvedBy(approver.get())
                  .from(AS_OF.minusDays(10))
                  .until(AS_OF.plusDays(60))
                  .build());
      HealthReport after = GovernanceHealth.standard().check(withWaiver, AS_OF);
      Waived mark =
          Waived.of("accepted", AS_OF.plusDays(60)).withReason("Accepted for the quarter");
      assertThat(after.findings().findings()).contains(waived.withWaived(mark));
      assertThat(after.findings().activeCount(Severity.ERROR))
          .isLessThan(before.findings().activeCount(Severity.ERROR));
      assertThat(after.findings().count(Severity.ERROR))
          .isEqualTo(before.findings().count(Severity.ERROR));
      List<Finding> engines = new ArrayList<>();
      after.raciReports().forEach(r -> engines.addAll(r.findings().findings()));
      engines.addAll(after.riskReport().findings().findings());
      engines.addAll(after.practice().findings());
      engines.addAll(after.health().findings());
      assertThat(engines)
          .as("the engine's own report is marked too")
          .contains(waived.withWaived(mark));
      assertThat(after.waivers().findings()).isEmpty();
      return;
    }
    throw new AssertionError("no generated model has a steering committee member and an error");
  }

  @Test
  void rejectsANotWaivableCodeThatNoRuleHas() {
    assertThatThrownBy(
            () ->
                GovernanceHealth.builder()
                    .waivers(
                        WaiverPolicy.builder()
                            .notWaivable(
                                com.google.common.collect.ImmutableList.of(
                                    "WAIVER-001",
                                    "WAIVER-002",
                                    "WAIVER-003",
                                    "WAIVER-004",
                                    "GOV-099"))
                            .build())
                    .build())
        .hasMessage(
            "Invalid governance data: waivers.notWaivable[4] = 'GOV-099': expected the code of a"
                + " rule the library reports, such as GOV-005");
  }
}
