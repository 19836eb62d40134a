package dev.governance.core.model;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.testing.EqualsTester;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.ValueContract;
import dev.governance.core.Violation;
import dev.governance.core.compliance.CompletionRecord;
import dev.governance.core.compliance.ComplianceEvent;
import dev.governance.core.compliance.Obligation;
import dev.governance.core.compliance.Regulation;
import dev.governance.core.compliance.TimeLimit;
import dev.governance.core.compliance.TimeLimitUnit;
import dev.governance.core.kpi.Aggregation;
import dev.governance.core.kpi.Direction;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.kpi.KpiSource;
import dev.governance.core.kpi.NodeKind;
import dev.governance.core.kpi.Observation;
import dev.governance.core.kpi.Perspective;
import dev.governance.core.kpi.Scorecard;
import dev.governance.core.kpi.ScorecardNode;
import dev.governance.core.kpi.UpdateFrequency;
import dev.governance.core.money.Money;
import dev.governance.core.party.OrganisationalUnit;
import dev.governance.core.party.Person;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.party.WellKnownRole;
import dev.governance.core.portfolio.CostReport;
import dev.governance.core.portfolio.Criticality;
import dev.governance.core.portfolio.Deliverable;
import dev.governance.core.portfolio.InformationSystem;
import dev.governance.core.portfolio.Milestone;
import dev.governance.core.portfolio.MilestoneKind;
import dev.governance.core.portfolio.Program;
import dev.governance.core.portfolio.Project;
import dev.governance.core.practice.Approval;
import dev.governance.core.practice.Cadence;
import dev.governance.core.practice.CadenceKind;
import dev.governance.core.practice.ChangeRequest;
import dev.governance.core.practice.Decision;
import dev.governance.core.practice.Disagreement;
import dev.governance.core.practice.DocumentationArtifact;
import dev.governance.core.practice.Meeting;
import dev.governance.core.practice.RoadmapWindow;
import dev.governance.core.practice.Waiver;
import dev.governance.core.practice.WindowKind;
import dev.governance.core.raci.RaciActivity;
import dev.governance.core.raci.RaciAssignment;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.core.risk.Acceptance;
import dev.governance.core.risk.ActionStatus;
import dev.governance.core.risk.AssessmentStage;
import dev.governance.core.risk.Control;
import dev.governance.core.risk.LossSpec;
import dev.governance.core.risk.MitigationAction;
import dev.governance.core.risk.OrderedScale;
import dev.governance.core.risk.Risk;
import dev.governance.core.risk.RiskAppetite;
import dev.governance.core.risk.RiskAssessment;
import dev.governance.core.risk.RiskScenario;
import dev.governance.core.risk.Treatment;
import dev.governance.core.service.IncidentRecord;
import dev.governance.core.service.OutageRecord;
import dev.governance.core.service.ServiceCount;
import dev.governance.core.service.ServiceTargets;
import dev.governance.core.time.ReportingPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A small omni-channel model that uses every kind of reference, and ways to break it. */
class GovernanceModelTest {

  private static final LocalDate START = LocalDate.of(2023, 1, 1);

  static GovernanceModel.Builder omniChannel() {
    return GovernanceModel.builder()
        .name("Omni-channel retailer")
        .addPeople(
            Person.builder().id("ana").name("Ana Lima").unit("it").build(),
            Person.of("bo", "Bo Berg"),
            Person.of("cy", "Cy Wei"))
        .addRoles(
            WellKnownRole.PROGRAM_MANAGER.role(),
            WellKnownRole.SYSTEM_OWNER.role(),
            WellKnownRole.STEERING_COMMITTEE.role())
        .addRoleAssignments(
            RoleAssignment.of("program-manager", List.of("ana")),
            RoleAssignment.of("system-owner", List.of("cy")),
            RoleAssignment.of("steering-committee", List.of("ana", "bo")))
        .addUnits(
            OrganisationalUnit.of("corp", "Corporate"),
            OrganisationalUnit.builder().id("it").name("IT").parent("corp").build())
        .addPrograms(
            Program.builder()
                .id("omni")
                .name("Omni-channel")
                .addProjects("web", "stores")
                .budget(Money.parse("45000000", "EUR"))
                .baselineStart(START)
                .baselineFinish(START.plusYears(3).minusDays(1))
                .programManager("ana")
                .build())
        .addProjects(
            Project.builder()
                .id("web")
                .name("Web shop")
                .program("omni")
                .owner("bo")
                .manager("ana")
                .start(START)
                .finish(START.plusYears(1))
                .build(),
            Project.builder()
                .id("stores")
                .name("Stores")
                .program("omni")
                .start(START)
                .finish(START.plusYears(2))
                .build())
        .addSystems(
            InformationSystem.builder()
                .id("commerce")
                .name("Commerce")
                .owner("cy")
                .criticality(Criticality.MISSION_CRITICAL)
                .addRegulations("GDPR", "PCI-DSS")
                .build())
        .addDeliverables(
            Deliverable.builder()
                .id("checkout")
                .name("Checkout")
                .project("web")
                .critical(true)
                .major(true)
                .build())
        .addMilestones(
            Milestone.builder()
                .id("go-live")
                .name("Go-live")
                .kind(MilestoneKind.GO_LIVE)
                .due(START.plusYears(1))
                .project("web")
                .build(),
            Milestone.builder()
                .id("close")
                .name("Close")
                .due(START.plusYears(3))
                .program("omni")
                .build())
        .addRaciMatrices(
            RaciMatrix.builder()
                .id("checkout-raci")
                .name("Checkout")
                .addActivities(
                    RaciActivity.builder()
                        .id("build")
                        .name("Build")
                        .deliverable("checkout")
                        .build())
                .addRoles("program-manager", "system-owner")
                .addAssignments(
                    RaciAssignment.of("build", "program-manager", "A"),
                    RaciAssignment.of("build", "system-owner", "R"))
                .build())
        .addControls(
            Control.builder().id("enc").name("Encryption").effectiveness(0.7).owner("cy").build())
        .addRisks(
            Risk.builder()
                .id("privacy-law")
                .title("New data-privacy law")
                .category("privacy")
                .programOwner("ana")
                .systemOwner("cy")
                .addSystems("commerce")
                .addProjects("web")
                .addControls("enc")
                .identifiedOn(START.plusMonths(18))
                .addAssessments(
                    RiskAssessment.builder()
                        .stage(AssessmentStage.INHERENT)
                        .likelihood(4)
                        .impact(5)
                        .assessedOn(START.plusMonths(18))
                        .assessor("cy")
                        .build())
                .treatment(Treatment.ACCEPT)
                .acceptance(Acceptance.of("bo", START.plusMonths(19), START.plusMonths(31)))
                .build())
        .addAppetites(
            RiskAppetite.builder().appetite(6).tolerance(12).build(),
            RiskAppetite.builder().category("privacy").appetite(4).tolerance(8).build())
        .addPerspectives(Perspective.INTERNAL_PROCESS)
        .addKpis(
            KpiDefinition.builder()
                .id("availability")
                .name("Availability")
                .unit("%")
                .direction(Direction.HIGHER_IS_BETTER)
                .target(99.95)
                .perspective("internal-process")
                .aggregation(Aggregation.MEAN)
                .updateFrequency(UpdateFrequency.MONTHLY)
                .build())
        .addObservations(
            Observation.builder()
                .kpi("availability")
                .period(ReportingPeriod.month(YearMonth.of(2025, 1)))
                .value(99.96)
                .build())
        .addScorecards(
            Scorecard.builder()
                .id("shared")
                .name("Shared")
                .addChildren(
                    ScorecardNode.builder()
                        .id("p")
                        .name("Process")
                        .kind(NodeKind.PERSPECTIVE)
                        .addChildren(ScorecardNode.kpiLeaf("availability", "Availability", 1))
                        .build())
                .build())
        .addRegulations(Regulation.GDPR, Regulation.PCI_DSS)
        .addObligations(
            Obligation.builder()
                .id("gdpr-33")
                .title("Notify breach")
                .regulation("GDPR")
                .citation("Art. 33(1)")
                .ownerRole("system-owner")
                .trigger("personal-data-breach")
                .timeLimit(TimeLimit.of(72, TimeLimitUnit.HOURS))
                .build())
        .addEvents(
            ComplianceEvent.builder()
                .id("breach-1")
                .kind("personal-data-breach")
                .occurredAt(Instant.parse("2025-03-01T10:00:00Z"))
                .becameAwareAt(Instant.parse("2025-03-01T12:00:00Z"))
                .zone(ZoneId.of("Europe/Berlin"))
                .addSystems("commerce")
                .build())
        .addCompletions(
            CompletionRecord.builder()
                .obligation("gdpr-33")
                .due(LocalDate.of(2025, 3, 4))
                .event("breach-1")
                .completedAt(Instant.parse("2025-03-02T09:00:00Z"))
                .completedBy("cy")
                .build());
  }

  private static final ReportingPeriod JAN = ReportingPeriod.month(YearMonth.of(2025, 1));
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency USD = Currency.getInstance("USD");

  static CostReport report(String project, ReportingPeriod period, Currency currency) {
    return CostReport.builder()
        .project(project)
        .period(period)
        .currency(currency)
        .plannedValue(new BigDecimal("100000"))
        .earnedValue(new BigDecimal("90000"))
        .actualCost(new BigDecimal("95000"))
        .build();
  }

  static ServiceCount count(String system, ReportingPeriod period) {
    return ServiceCount.builder()
        .system(system)
        .period(period)
        .requests(1_000_000)
        .errors(120)
        .build();
  }

  static KpiDefinition.Builder derived(String id, KpiSource source) {
    return KpiDefinition.builder()
        .id(id)
        .name(id)
        .unit("%")
        .direction(Direction.HIGHER_IS_BETTER)
        .target(1)
        .perspective("internal-process")
        .aggregation(Aggregation.LAST)
        .updateFrequency(UpdateFrequency.MONTHLY)
        .source(source);
  }

  /** The omni-channel model with one of each record added in issue 18, all references resolving. */
  static GovernanceModel withRecords() {
    GovernanceModel m = omniChannel().build();
    return m.withSystems(
            m.systems()
                .get(0)
                .withServiceTargets(
                    ServiceTargets.builder().availability(99.95).mttrMinutes(240.0).build()))
        .withRisks(m.risks().get(0).withTargetDate(LocalDate.of(2025, 12, 31)))
        .withProjects(
            m.projects().get(0).withBudget(Money.parse("1000000", "EUR")),
            m.projects().get(1).withBudget(Money.parse("2000000", "USD")))
        .withCostReports(report("web", JAN, EUR), report("web", JAN.next(), EUR))
        .withOutages(
            OutageRecord.builder()
                .id("out-1")
                .system("commerce")
                .start(Instant.parse("2025-01-10T08:00:00Z"))
                .end(Instant.parse("2025-01-10T09:00:00Z"))
                .build())
        .withIncidents(
            IncidentRecord.builder()
                .id("INC-1")
                .system("commerce")
                .severity("SEV1")
                .opened(Instant.parse("2025-01-10T08:05:00Z"))
                .resolved(Instant.parse("2025-01-10T09:00:00Z"))
                .build())
        .withServiceCounts(count("commerce", JAN), count("commerce", JAN.next()))
        .withLossScenarios(
            RiskScenario.builder()
                .id("breach")
                .risk("privacy-law")
                .frequency("poisson:0.5")
                .magnitude("lognormal90:1e4,2e5")
                .addControls("enc")
                .build())
        .withMitigationActions(
            MitigationAction.builder()
                .id("dpia")
                .risk("privacy-law")
                .title("Run a DPIA")
                .owner("ana")
                .coOwner("cy")
                .due(LocalDate.of(2025, 6, 30))
                .status(ActionStatus.IN_PROGRESS)
                .build())
        .withKpis(
            m.kpis().get(0),
            derived("commerce-availability", KpiSource.AVAILABILITY).system("commerce").build(),
            derived("web-cpi", KpiSource.CPI).project("web").build(),
            derived("omni-spi", KpiSource.SPI).program("omni").build());
  }

  @Test
  void aModelWhoseReferencesAllResolveBuilds() {
    GovernanceModel model = omniChannel().build();
    assertThat(model.likelihoodScale()).isEqualTo(OrderedScale.nistFiveLevel("likelihood"));
    assertThat(model.impactScale()).isEqualTo(OrderedScale.nistFiveLevel("impact"));
    assertThat(model.risks()).hasSize(1);
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(omniChannel().build(), omniChannel().build())
        .addEqualityGroup(omniChannel().build().withName("Other"))
        .addEqualityGroup(omniChannel().likelihoodScale(OrderedScale.nistFiveLevel("l")).build())
        .testEquals();
  }

  @Test
  void reportsEveryViolationAtOnceWithItsPath() {
    GovernanceModel model = omniChannel().build();
    GovernanceValidationException e =
        catchThrowableOfType(
            GovernanceValidationException.class,
            () ->
                omniChannel()
                    .addRisks(
                        model
                            .risks()
                            .get(0)
                            .withId("r2")
                            .withSystemOwner("zed")
                            .withControls("enc", "firewall"))
                    .addObservations(model.observations().get(0).withKpi("nps"))
                    .build());
    assertThat(e.violations())
        .containsExactly(
            Violation.of("risks[1].systemOwner", "'zed'", "the id of a defined person"),
            Violation.of("risks[1].controls[1]", "'firewall'", "the id of a defined control"),
            Violation.of("observations[1].kpi", "'nps'", "the id of a defined KPI"));
  }

  @Test
  void rejectsDanglingReferencesOfThePracticeRecords() {
    GovernanceModel m = omniChannel().build();
    LocalDate day = LocalDate.of(2025, 3, 3);
    rejects(
        () ->
            m.withChangeRequests(
                ChangeRequest.builder()
                    .id("cr")
                    .title("Upgrade")
                    .system("crm")
                    .initiator("ann")
                    .raisedOn(day)
                    .addProjects("nope")
                    .addMilestones("none")
                    .addRequiredApprovals("board")
                    .addApprovals(Approval.of("board", "zed", day))
                    .build()),
        "Invalid governance data, 7 violations:\n"
            + "  - changeRequests[0].system = 'crm': expected the id of a defined system\n"
            + "  - changeRequests[0].initiator = 'ann': expected the id of a defined person\n"
            + "  - changeRequests[0].projects[0] = 'nope': expected the id of a defined project\n"
            + "  - changeRequests[0].milestones[0] = 'none': expected the id of a defined"
            + " milestone\n"
            + "  - changeRequests[0].requiredApprovals[0] = 'board': expected the id of a defined"
            + " role\n"
            + "  - changeRequests[0].approvals[0].role = 'board': expected the id of a defined"
            + " role\n"
            + "  - changeRequests[0].approvals[0].person = 'zed': expected the id of a defined"
            + " person");
    rejects(
        () ->
            m.withRoadmapWindows(
                RoadmapWindow.builder()
                    .id("w")
                    .system("crm")
                    .kind(WindowKind.FREEZE)
                    .start(day)
                    .end(day)
                    .build()),
        "Invalid governance data: roadmapWindows[0].system = 'crm': expected the id of a defined"
            + " system");
    rejects(
        () ->
            m.withDocuments(
                DocumentationArtifact.builder()
                    .id("d")
                    .system("crm")
                    .kind("sla")
                    .owner("zed")
                    .build()),
        "Invalid governance data, 2 violations:\n"
            + "  - documents[0].system = 'crm': expected the id of a defined system\n"
            + "  - documents[0].owner = 'zed': expected the id of a defined person");
    rejects(
        () ->
            m.withCadences(
                Cadence.builder()
                    .id("c")
                    .name("C")
                    .kind(CadenceKind.STEERING_COMMITTEE)
                    .program("x")
                    .every(Period.ofMonths(1))
                    .build()),
        "Invalid governance data: cadences[0].program = 'x': expected the id of a defined program");
    GovernanceModel withCadence =
        m.withCadences(
            Cadence.builder()
                .id("c")
                .name("C")
                .kind(CadenceKind.STEERING_COMMITTEE)
                .every(Period.ofMonths(1))
                .build());
    rejects(
        () ->
            withCadence.withMeetings(
                Meeting.builder().cadence("other").heldOn(day).addAttendees("zed").build()),
        "Invalid governance data, 2 violations:\n"
            + "  - meetings[0].cadence = 'other': expected the id of a defined cadence\n"
            + "  - meetings[0].attendees[0] = 'zed': expected the id of a defined person");
    rejects(
        () ->
            m.withDisagreements(
                Disagreement.builder()
                    .id("d")
                    .topic("T")
                    .raisedOn(day)
                    .addParties("zed")
                    .system("crm")
                    .build()),
        "Invalid governance data, 2 violations:\n"
            + "  - disagreements[0].parties[0] = 'zed': expected the id of a defined person\n"
            + "  - disagreements[0].system = 'crm': expected the id of a defined system");
  }

  @Test
  void decisionsAndWaiversReferToDefinedThings() {
    LocalDate day = LocalDate.of(2025, 3, 3);
    Decision decision =
        Decision.builder()
            .id("dec")
            .title("Go live")
            .decidedOn(day)
            .decidedBy("steering-committee")
            .rationale("Worth the risk")
            .build();
    Waiver waiver =
        Waiver.builder()
            .id("w")
            .code("GOV-005")
            .putSubject("program", "omni")
            .reason("Accepted")
            .approvedBy("bo")
            .decision("dec")
            .from(day)
            .until(day.plusDays(30))
            .build();
    GovernanceModel decided =
        omniChannel()
            .addDecisions(decision, decision.withId("by-a-person").withDecidedBy("ana"))
            .addWaivers(waiver)
            .addDisagreements(
                Disagreement.builder()
                    .id("d")
                    .topic("T")
                    .raisedOn(day)
                    .decidedOn(day)
                    .decision("Go live")
                    .decisionRecord("dec")
                    .build())
            .build();
    assertThat(decided.waivers()).containsExactly(waiver);
    rejects(
        () ->
            omniChannel()
                .addDecisions(decision.withDecidedBy("board").withRelatesTo("nothing"))
                .addDisagreements(
                    Disagreement.builder()
                        .id("d")
                        .topic("T")
                        .raisedOn(day)
                        .decidedOn(day)
                        .decision("Go live")
                        .decisionRecord("elsewhere")
                        .build())
                .addWaivers(
                    waiver
                        .withApprovedBy("zed")
                        .withDecision("none")
                        .withSubject(ImmutableSortedMap.of("system", "crm", "activity", "plan")))
                .build(),
        "Invalid governance data, 6 violations:\n"
            + "  - disagreements[0].decisionRecord = 'elsewhere': expected the id of a defined"
            + " decision\n"
            + "  - decisions[0].decidedBy = 'board': expected the id of a defined role or person\n"
            + "  - decisions[0].relatesTo[0] = 'nothing': expected the id of a defined"
            + " disagreement, change request, risk or milestone\n"
            + "  - waivers[0].approvedBy = 'zed': expected the id of a defined person\n"
            + "  - waivers[0].decision = 'none': expected the id of a defined decision\n"
            + "  - waivers[0].subject.system = 'crm': expected the id of a defined system");
  }

  @Test
  void rejectsRepeatedIds() {
    GovernanceModel model = omniChannel().build();
    rejects(
        () ->
            model.withPeople(
                model.people().get(0),
                model.people().get(1),
                Person.of("ana", "Another Ana"),
                model.people().get(2)),
        "Invalid governance data: people[2].id = 'ana': expected an id not already used by"
            + " people[0]");
  }

  @Test
  void rejectsDanglingReferencesEverywhere() {
    GovernanceModel m = omniChannel().build();
    rejects(
        () ->
            m.withPeople(
                Person.builder().id("ana").name("Ana").unit("hr").build(),
                m.people().get(1),
                m.people().get(2)),
        "Invalid governance data: people[0].unit = 'hr': expected the id of a defined unit");
    rejects(
        () ->
            m.withRoleAssignments(
                RoleAssignment.of("auditor", List.of("ana")),
                RoleAssignment.of("program-manager", List.of("ann"))),
        "Invalid governance data, 2 violations:\n"
            + "  - roleAssignments[0].role = 'auditor': expected the id of a defined role\n"
            + "  - roleAssignments[1].people[0] = 'ann': expected the id of a defined person");
    rejects(
        () -> m.withPrograms(m.programs().get(0).withProgramManager("ann")),
        "Invalid governance data: programs[0].programManager = 'ann': expected the id of a defined"
            + " person");
    rejects(
        () ->
            m.withProjects(
                m.projects().get(0).withProgram("other"), m.projects().get(1).withOwner("ann")),
        "Invalid governance data, 3 violations:\n"
            + "  - programs[0].projects[0] = 'web': expected a project of program 'omni', but the"
            + " project names program 'other'\n"
            + "  - projects[0].program = 'other': expected the id of a defined program\n"
            + "  - projects[1].owner = 'ann': expected the id of a defined person");
    rejects(
        () -> m.withProjects(m.projects().get(0).withManager("ann"), m.projects().get(1)),
        "Invalid governance data: projects[0].manager = 'ann': expected the id of a defined"
            + " person");
    rejects(
        () -> m.withPrograms(m.programs().get(0).withProjects("web", "stores", "app")),
        "Invalid governance data: programs[0].projects[2] = 'app': expected the id of a defined"
            + " project");
    rejects(
        () -> m.withScorecards(m.scorecards().get(0), m.scorecards().get(0)),
        "Invalid governance data: scorecards[1].id = 'shared': expected an id not already used by"
            + " scorecards[0]");
    rejects(
        () -> m.withSystems(m.systems().get(0).withOwner("ann")),
        "Invalid governance data: systems[0].owner = 'ann': expected the id of a defined person");
    rejects(
        () -> m.withSystems(m.systems().get(0).withRegulations("HIPAA")),
        "Invalid governance data: systems[0].regulations[0] = 'HIPAA': expected the id of a defined"
            + " regulation");
    rejects(
        () -> m.withDeliverables(m.deliverables().get(0).withProject("app")),
        "Invalid governance data: deliverables[0].project = 'app': expected the id of a defined"
            + " project");
    rejects(
        () ->
            m.withMilestones(
                m.milestones().get(0).withProject("app"),
                m.milestones().get(1).withProgram("other")),
        "Invalid governance data, 2 violations:\n"
            + "  - milestones[0].project = 'app': expected the id of a defined project\n"
            + "  - milestones[1].program = 'other': expected the id of a defined program");
    rejects(
        () -> m.withControls(m.controls().get(0).withOwner("ann")),
        "Invalid governance data: controls[0].owner = 'ann': expected the id of a defined person");
    rejects(
        () -> m.withKpis(m.kpis().get(0).withPerspective("customer")),
        "Invalid governance data: kpis[0].perspective = 'customer': expected the id of a defined"
            + " perspective");
    rejects(
        () -> m.withEvents(m.events().get(0).withSystems("pos")),
        "Invalid governance data: events[0].systems[0] = 'pos': expected the id of a defined"
            + " system");
    rejects(
        () ->
            m.withCompletions(
                m.completions()
                    .get(0)
                    .withObligation("sox-404")
                    .withEvent("breach-2")
                    .withCompletedBy("ann")),
        "Invalid governance data, 3 violations:\n"
            + "  - completions[0].obligation = 'sox-404': expected the id of a defined obligation\n"
            + "  - completions[0].event = 'breach-2': expected the id of a defined event\n"
            + "  - completions[0].completedBy = 'ann': expected the id of a defined person");
    rejects(
        () -> m.withObligations(m.obligations().get(0).withRegulation("SOX").withOwnerRole("dpo")),
        "Invalid governance data, 2 violations:\n"
            + "  - obligations[0].regulation = 'SOX': expected the id of a defined regulation\n"
            + "  - obligations[0].ownerRole = 'dpo': expected the id of a defined role");
  }

  @Test
  void rejectsRaciRolesAndDeliverablesThatAreNotDefined() {
    GovernanceModel m = omniChannel().build();
    RaciMatrix raci =
        RaciMatrix.builder()
            .id("x")
            .name("X")
            .addActivities(
                RaciActivity.builder().id("build").name("Build").deliverable("app").build())
            .addRoles("dpo")
            .addAssignments(RaciAssignment.of("build", "dpo", "A/R"))
            .build();
    rejects(
        () -> m.withRaciMatrices(raci),
        "Invalid governance data, 2 violations:\n"
            + "  - raciMatrices[0].roles[0] = 'dpo': expected the id of a defined role\n"
            + "  - raciMatrices[0].activities[0].deliverable = 'app': expected the id of a defined"
            + " deliverable");
  }

  @Test
  void rejectsRiskReferencesAndLevelsOffTheScales() {
    GovernanceModel m = omniChannel().build();
    Risk risk = m.risks().get(0);
    RiskAssessment offScale =
        risk.assessments().get(0).withLikelihood(6).withImpact(0).withAssessor("ann");
    rejects(
        () ->
            m.withRisks(
                risk.withProgramOwner("ann")
                    .withSystems("pos")
                    .withProjects("app")
                    .withAssessments(offScale)
                    .withAcceptance(Acceptance.of("zed", START, START))),
        "Invalid governance data, 7 violations:\n"
            + "  - risks[0].programOwner = 'ann': expected the id of a defined person\n"
            + "  - risks[0].systems[0] = 'pos': expected the id of a defined system\n"
            + "  - risks[0].projects[0] = 'app': expected the id of a defined project\n"
            + "  - risks[0].acceptance.acceptedBy = 'zed': expected the id of a defined person\n"
            + "  - risks[0].assessments[0].assessor = 'ann': expected the id of a defined person\n"
            + "  - risks[0].assessments[0].likelihood = 6: expected a level of the likelihood scale"
            + " [1 Very Low, 2 Low, 3 Moderate, 4 High, 5 Very High]\n"
            + "  - risks[0].assessments[0].impact = 0: expected a level of the impact scale [1 Very"
            + " Low, 2 Low, 3 Moderate, 4 High, 5 Very High]");
  }

  @Test
  void rejectsScorecardLeavesOfUndefinedKpis() {
    GovernanceModel m = omniChannel().build();
    Scorecard s =
        Scorecard.builder()
            .id("s")
            .name("S")
            .addChildren(
                ScorecardNode.builder()
                    .id("p")
                    .name("P")
                    .kind(NodeKind.PERSPECTIVE)
                    .addChildren(
                        ScorecardNode.builder()
                            .id("o")
                            .name("O")
                            .kind(NodeKind.OBJECTIVE)
                            .addChildren(ScorecardNode.kpiLeaf("nps", "NPS", 1))
                            .build())
                    .build())
            .build();
    rejects(
        () -> m.withScorecards(s),
        "Invalid governance data: scorecards[0].children[0].children[0].children[0].kpi = 'nps':"
            + " expected the id of a defined KPI");
  }

  @Test
  void rejectsDuplicateAssignmentsAppetitesAndUnitLoops() {
    GovernanceModel m = omniChannel().build();
    rejects(
        () ->
            m.withRoleAssignments(
                RoleAssignment.of("program-manager", List.of("ana")),
                RoleAssignment.of("program-manager", List.of("bo"))),
        "Invalid governance data: roleAssignments[1].role = 'program-manager': expected one"
            + " assignment per role");
    rejects(
        () ->
            m.withAppetites(
                RiskAppetite.builder().appetite(1).tolerance(2).build(),
                RiskAppetite.builder().appetite(3).tolerance(4).build()),
        "Invalid governance data: appetites[1].category = '<default>': expected one appetite per"
            + " category");
    rejects(
        () ->
            m.withUnits(
                OrganisationalUnit.builder().id("corp").name("Corp").parent("it").build(),
                m.units().get(1)),
        "Invalid governance data, 2 violations:\n"
            + "  - units[0].parent = 'it': expected a parent chain that does not lead back to"
            + " 'corp'\n"
            + "  - units[1].parent = 'corp': expected a parent chain that does not lead back to"
            + " 'it'");
    rejects(
        () -> m.withUnits(OrganisationalUnit.builder().id("it").name("IT").parent("hq").build()),
        "Invalid governance data: units[0].parent = 'hq': expected the id of a defined unit");
    rejects(
        () -> m.withUnits(OrganisationalUnit.of("corp", "Corporate")),
        "Invalid governance data: people[0].unit = 'it': expected the id of a defined unit");
  }

  @Test
  void aModelWithEveryKindOfRecordBuilds() {
    GovernanceModel m = withRecords();
    assertThat(m.costReports()).hasSize(2);
    assertThat(m.outages()).hasSize(1);
    assertThat(m.incidents()).hasSize(1);
    assertThat(m.serviceCounts()).hasSize(2);
    assertThat(m.lossScenarios()).hasSize(1);
    assertThat(m.mitigationActions()).hasSize(1);
    assertThat(m.kpis()).hasSize(4);
    assertThat(m.systems().get(0).serviceTargets()).isPresent();
    assertThat(m.risks().get(0).targetDate()).contains(LocalDate.of(2025, 12, 31));
    assertThat(m.lossScenarios().get(0).frequencySpec().parameters()).containsExactly(0.5);
    assertThat(m.lossScenarios().get(0).magnitudeSpec().kind())
        .as("the kind enum is usable outside its package as LossSpec.Kind")
        .isEqualTo(LossSpec.Kind.LOGNORMAL90);
    assertThat(m.withCostReports(report("web", JAN, EUR), report("stores", JAN, USD)).costReports())
        .as("one report per project and period; each project has its own currency")
        .hasSize(2);
    assertThat(m.withServiceCounts().serviceCounts()).isEmpty();
  }

  @Test
  void rejectsRepeatedIdsOfTheRecords() {
    GovernanceModel m = withRecords();
    rejects(
        () -> m.withOutages(m.outages().get(0), m.outages().get(0).withPlanned(true)),
        "Invalid governance data: outages[1].id = 'out-1': expected an id not already used by"
            + " outages[0]");
    rejects(
        () -> m.withIncidents(m.incidents().get(0), m.incidents().get(0).withSeverity("SEV2")),
        "Invalid governance data: incidents[1].id = 'INC-1': expected an id not already used by"
            + " incidents[0]");
    rejects(
        () ->
            m.withLossScenarios(
                m.lossScenarios().get(0), m.lossScenarios().get(0).withFrequency("poisson:1")),
        "Invalid governance data: lossScenarios[1].id = 'breach': expected an id not already used"
            + " by lossScenarios[0]");
    rejects(
        () ->
            m.withMitigationActions(
                m.mitigationActions().get(0),
                m.mitigationActions().get(0).withTitle("Other"),
                m.mitigationActions().get(0).withTitle("Third")),
        "Invalid governance data, 2 violations:\n"
            + "  - mitigationActions[1].id = 'dpia': expected an id not already used by"
            + " mitigationActions[0]\n"
            + "  - mitigationActions[2].id = 'dpia': expected an id not already used by"
            + " mitigationActions[0]");
  }

  @Test
  void rejectsACostReportOfAnUndefinedProject() {
    GovernanceModel m = withRecords();
    rejects(
        () -> m.withCostReports(report("app", JAN, EUR)),
        "Invalid governance data: costReports[0].project = 'app': expected the id of a defined"
            + " project");
  }

  @Test
  void rejectsACostReportInAnotherCurrencyThanTheBudgets() {
    GovernanceModel m = withRecords();
    rejects(
        () ->
            m.withProjects(
                m.projects().get(0).withBudget(Money.parse("1000000", "USD")), m.projects().get(1)),
        "Invalid governance data, 2 violations:\n"
            + "  - costReports[0].currency = 'EUR': expected the budget currency USD of project"
            + " 'web'\n"
            + "  - costReports[1].currency = 'EUR': expected the budget currency USD of project"
            + " 'web'");
    assertThat(
            m.withProjects(
                    m.projects().get(0).withBudget(Money.parse("1000000", "EUR")),
                    m.projects().get(1))
                .costReports())
        .hasSize(2);
  }

  @Test
  void rejectsACostReportOfAProjectWithoutABudgetAboveZero() {
    GovernanceModel m = withRecords();
    rejects(
        () ->
            m.withCostReports(
                    report("web", JAN, EUR),
                    report("web", JAN.next(), EUR),
                    report("stores", JAN, USD))
                .withProjects(
                    m.projects().get(0).withBudget(Optional.empty()),
                    m.projects().get(1).withBudget(Money.parse("0", "USD"))),
        "Invalid governance data, 3 violations:\n"
            + "  - costReports[0].project = 'web': expected a project with a budget above 0 (its"
            + " BAC)\n"
            + "  - costReports[1].project = 'web': expected a project with a budget above 0 (its"
            + " BAC)\n"
            + "  - costReports[2].project = 'stores': expected a project with a budget above 0 (its"
            + " BAC)");
  }

  @Test
  void rejectsASecondCostReportOfAProjectForOnePeriod() {
    GovernanceModel m = withRecords();
    rejects(
        () ->
            m.withCostReports(
                report("web", JAN, EUR),
                report("stores", JAN, USD),
                report("web", JAN, EUR).withActualCost(BigDecimal.ZERO)),
        "Invalid governance data: costReports[2].period = 2025-01: expected a period not already"
            + " reported for 'web' in costReports");
  }

  @Test
  void rejectsServiceRecordsOfAnUndefinedSystem() {
    GovernanceModel m = withRecords();
    rejects(
        () -> m.withOutages(m.outages().get(0).withSystem("crm")),
        "Invalid governance data: outages[0].system = 'crm': expected the id of a defined system");
    rejects(
        () -> m.withIncidents(m.incidents().get(0).withSystem("pos")),
        "Invalid governance data: incidents[0].system = 'pos': expected the id of a defined"
            + " system");
    rejects(
        () -> m.withServiceCounts(count("commerce", JAN), count("erp", JAN)),
        "Invalid governance data: serviceCounts[1].system = 'erp': expected the id of a defined"
            + " system");
    rejects(
        () ->
            omniChannel()
                .addOutages(m.outages().get(0).withSystem("crm"))
                .addIncidents(m.incidents().get(0).withSystem("pos"))
                .addServiceCounts(count("erp", JAN))
                .build(),
        "Invalid governance data, 3 violations:\n"
            + "  - outages[0].system = 'crm': expected the id of a defined system\n"
            + "  - incidents[0].system = 'pos': expected the id of a defined system\n"
            + "  - serviceCounts[0].system = 'erp': expected the id of a defined system");
  }

  @Test
  void rejectsASecondServiceCountOfASystemForOnePeriod() {
    GovernanceModel m = withRecords();
    rejects(
        () ->
            m.withServiceCounts(
                count("commerce", JAN), count("commerce", JAN.next()), count("commerce", JAN)),
        "Invalid governance data: serviceCounts[2].period = 2025-01: expected a period not already"
            + " reported for 'commerce' in serviceCounts");
  }

  @Test
  void rejectsLossScenariosOfUndefinedRisksAndControls() {
    GovernanceModel m = withRecords();
    rejects(
        () ->
            m.withLossScenarios(
                m.lossScenarios().get(0).withRisk("R-9").withControls("enc", "firewall")),
        "Invalid governance data, 2 violations:\n"
            + "  - lossScenarios[0].risk = 'R-9': expected the id of a defined risk\n"
            + "  - lossScenarios[0].controls[1] = 'firewall': expected the id of a defined"
            + " control");
  }

  @Test
  void rejectsMitigationActionsOfUndefinedRisksAndPeople() {
    GovernanceModel m = withRecords();
    rejects(
        () ->
            m.withMitigationActions(
                m.mitigationActions().get(0).withRisk("R-9").withOwner("ann").withCoOwner("zed")),
        "Invalid governance data, 3 violations:\n"
            + "  - mitigationActions[0].risk = 'R-9': expected the id of a defined risk\n"
            + "  - mitigationActions[0].owner = 'ann': expected the id of a defined person\n"
            + "  - mitigationActions[0].coOwner = 'zed': expected the id of a defined person");
  }

  @Test
  void rejectsDerivedKpisOfUndefinedSubjects() {
    GovernanceModel m = withRecords();
    rejects(
        () ->
            m.withKpis(
                m.kpis().get(0),
                m.kpis().get(1).withSystem("crm"),
                m.kpis().get(2).withProject("app"),
                m.kpis().get(3).withProgram("other")),
        "Invalid governance data, 3 violations:\n"
            + "  - kpis[1].system = 'crm': expected the id of a defined system\n"
            + "  - kpis[2].project = 'app': expected the id of a defined project\n"
            + "  - kpis[3].program = 'other': expected the id of a defined program");
  }

  @Test
  void rejectsAnObservationOfADerivedKpi() {
    GovernanceModel m = withRecords();
    rejects(
        () ->
            m.withObservations(
                m.observations().get(0),
                m.observations().get(0).withKpi("commerce-availability"),
                m.observations().get(0).withKpi("web-cpi")),
        "Invalid governance data, 2 violations:\n"
            + "  - observations[1].kpi = 'commerce-availability': expected an observed KPI;"
            + " 'commerce-availability' is derived from its source availability\n"
            + "  - observations[2].kpi = 'web-cpi': expected an observed KPI; 'web-cpi' is derived"
            + " from its source cpi");
    rejects(
        () ->
            m.withKpis(derived("availability", KpiSource.AVAILABILITY).system("commerce").build()),
        "Invalid governance data: observations[0].kpi = 'availability': expected an observed KPI;"
            + " 'availability' is derived from its source availability");
  }

  @Test
  void rejectsABlankName() {
    rejects(
        () -> omniChannel().build().withName(" "),
        "Invalid governance data: name = ' ': expected a non-blank text");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicInstanceMethods(GovernanceModel.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(omniChannel().build());
  }
}
