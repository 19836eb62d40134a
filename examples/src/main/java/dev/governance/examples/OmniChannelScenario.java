package dev.governance.examples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.governance.core.compliance.CompletionRecord;
import dev.governance.core.compliance.ComplianceEvent;
import dev.governance.core.compliance.Obligation;
import dev.governance.core.compliance.Regulation;
import dev.governance.core.compliance.RegulationKind;
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
import dev.governance.core.kpi.StatusThresholds;
import dev.governance.core.kpi.UpdateFrequency;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.money.Money;
import dev.governance.core.party.Person;
import dev.governance.core.party.Role;
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
import dev.governance.core.risk.MitigationAction;
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
import dev.governance.io.GovernanceJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * The omni-channel scenario built in code: a global retailer's three-year program (2023-2025) of 12
 * projects and 45 M EUR under one program manager, each project with its own owner and manager and
 * its monthly cost reports, five systems with their owners, the e-commerce platform's outages,
 * incidents and request counts, RACI matrices for the major deliverables (the mobile launch's
 * deliberately flawed), a joint risk register with the data-privacy law that arrived mid-program
 * (its loss scenario, a target and co-owned mitigation actions, one overdue: RISK-008), the shared
 * balanced scorecard whose program and system KPIs are derived from those records (cost variance
 * about +3 %, schedule variance two weeks by earned schedule, availability 99.96 %, incident
 * resolution from 4 h to 45 min) beside observed online sales +12 % and in-store conversion +7 %,
 * the compliance calendar, and the governance practice records: documentation, roadmap windows,
 * change requests, cadences and meetings, a disagreement settled by the steering committee with its
 * decision record. Three practice findings are deliberate: the click-and-collect go-live inside the
 * e-commerce peak freeze (GOV-005, which the committee's waiver accepts until 15 January 2026, so
 * it is shown waived), the POS terminal change without the steering committee's approval (GOV-004),
 * the mobile runbook past its review (GOV-006, whose waiver expired on 30 November, so WAIVER-001
 * reports it active again).
 *
 * <p>The {@code governance} command embeds this model as JSON ({@code governance demo}); {@code
 * main} writes that JSON, and a test checks the embedded file equals this code's model.
 */
public final class OmniChannelScenario {

  private static final LocalDate START = LocalDate.of(2023, 1, 1);
  private static final LocalDate FINISH = LocalDate.of(2025, 12, 31);
  private static final String[] PROJECT_OWNERS = {"hal", "ivy", "max", "noa"};
  private static final String[] PROJECT_MANAGERS = {"jon", "oli", "pia", "raj", "sam", "tia"};
  private static final BigDecimal PROJECT_BUDGET = new BigDecimal("3750000");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final YearMonth BASELINE_START = YearMonth.from(START);
  private static final YearMonth BASELINE_FINISH = YearMonth.from(FINISH);

  private OmniChannelScenario() {}

  /**
   * Writes the model as JSON to {@code args[0]}.
   *
   * @param args the output file
   * @throws IOException if it cannot be written
   */
  public static void main(String[] args) throws IOException {
    Files.write(Path.of(args[0]), GovernanceJson.toBytes(model()));
  }

  /** Returns the scenario's model. */
  public static GovernanceModel model() {
    return GovernanceModel.builder()
        .name("Global retailer: omni-channel program")
        .asOf(FINISH)
        .addPeople(
            Person.of("ana", "Ana Lima"),
            Person.of("cy", "Cy Wei"),
            Person.of("eli", "Eli Moreau"),
            Person.of("fay", "Fay Okoro"),
            Person.of("gus", "Gus Lindqvist"),
            Person.of("hal", "Hal Brennan"),
            Person.of("jon", "Jon Park"),
            Person.of("dara", "Dara Okafor"),
            Person.of("kai", "Kai Suzuki"),
            Person.of("lea", "Lea Rossi"),
            Person.of("ivy", "Ivy Chen"),
            Person.of("max", "Max Weber"),
            Person.of("noa", "Noa Levi"),
            Person.of("oli", "Oli Grant"),
            Person.of("pia", "Pia Nowak"),
            Person.of("raj", "Raj Patel"),
            Person.of("sam", "Sam Ortiz"),
            Person.of("tia", "Tia Moreno"))
        .addRoles(
            WellKnownRole.PROGRAM_MANAGER.role(),
            WellKnownRole.PROJECT_OWNER.role(),
            WellKnownRole.PROJECT_MANAGER.role(),
            WellKnownRole.SECURITY_OFFICER.role(),
            WellKnownRole.STEERING_COMMITTEE.role(),
            WellKnownRole.INFORMATION_SYSTEMS_MANAGER.role(),
            systemOwner("commerce-owner", "E-commerce system owner"),
            systemOwner("pos-owner", "POS system owner"),
            systemOwner("mobile-owner", "Mobile app system owner"),
            systemOwner("supply-owner", "Inventory and order management system owner"))
        .addRoleAssignments(
            RoleAssignment.of("program-manager", List.of("ana")),
            RoleAssignment.of("project-owner", List.of("hal")),
            RoleAssignment.of("project-manager", List.of("jon")),
            RoleAssignment.of("security-officer", List.of("dara")),
            RoleAssignment.of("steering-committee", List.of("lea", "kai")),
            RoleAssignment.of("information-systems-manager", List.of("kai")),
            RoleAssignment.of("commerce-owner", List.of("cy")),
            RoleAssignment.of("pos-owner", List.of("eli")),
            RoleAssignment.of("mobile-owner", List.of("fay")),
            RoleAssignment.of("supply-owner", List.of("gus")))
        .addPrograms(
            Program.builder()
                .id("omni")
                .name("Omni-channel")
                .goal("One customer journey across stores, web and app")
                .budget(Money.parse("45000000", "EUR"))
                .baselineStart(START)
                .baselineFinish(FINISH)
                .programManager("ana")
                .build())
        .addAllProjects(projects())
        .addAllCostReports(costReports())
        .addAllLossScenarios(lossScenarios())
        .addAllMitigationActions(mitigationActions())
        .addAllOutages(commerceOutages())
        .addAllIncidents(commerceIncidents())
        .addAllServiceCounts(commerceCounts())
        .addSystems(
            system(
                    "commerce",
                    "E-commerce platform",
                    "cy",
                    Criticality.MISSION_CRITICAL,
                    "GDPR",
                    "PCI-DSS")
                .withServiceTargets(
                    ServiceTargets.builder()
                        .availability(99.95)
                        .mttrMinutes(60.0)
                        .errorRate(0.1)
                        .build()),
            system("pos", "In-store POS", "eli", Criticality.MISSION_CRITICAL, "PCI-DSS"),
            system("mobile", "Mobile app", "fay", Criticality.HIGH, "GDPR"),
            system("inventory", "Inventory management", "gus", Criticality.HIGH),
            system("oms", "Order management", "gus", Criticality.MISSION_CRITICAL, "GDPR"))
        .addDeliverables(
            deliverable("checkout", "New checkout", "p02"),
            deliverable("pos-rollout", "POS in 900 stores", "p04"),
            deliverable("mobile-launch", "Mobile app launch", "p03"))
        .addMilestones(
            Milestone.builder()
                .id("checkout-go-live")
                .name("Checkout go-live")
                .kind(MilestoneKind.GO_LIVE)
                .due(LocalDate.of(2024, 5, 6))
                .project("p02")
                .build(),
            Milestone.builder()
                .id("click-collect-go-live")
                .name("Click and collect go-live")
                .kind(MilestoneKind.GO_LIVE)
                .due(LocalDate.of(2025, 12, 8))
                .project("p07")
                .build(),
            Milestone.builder()
                .id("program-close")
                .name("Program close")
                .kind(MilestoneKind.PHASE_GATE)
                .due(FINISH)
                .program("omni")
                .build())
        .addRaciMatrices(checkoutRaci(), posRaci(), mobileRaci())
        .addRisks(
            targeted(
                risk(
                    "privacy-law",
                    "New data-privacy law changes consent and retention",
                    "privacy",
                    "cy",
                    "commerce",
                    "p11",
                    LocalDate.of(2024, 6, 17),
                    4,
                    4,
                    2,
                    3,
                    Treatment.MITIGATE,
                    "consent-platform",
                    "dpia"),
                1,
                3,
                LocalDate.of(2026, 6, 30)),
            risk(
                "payment-outage",
                "Payment provider outage during peak season",
                "availability",
                "cy",
                "commerce",
                "p02",
                LocalDate.of(2023, 3, 1),
                3,
                5,
                2,
                3,
                Treatment.MITIGATE,
                "dual-acquirer"),
            risk(
                "store-rollout",
                "POS roll-out disrupts store trading",
                "operations",
                "eli",
                "pos",
                "p04",
                LocalDate.of(2023, 4, 3),
                3,
                3,
                2,
                2,
                Treatment.MITIGATE,
                "pilot-waves"),
            risk(
                "stock-accuracy",
                "Inventory accuracy too low for click and collect",
                "operations",
                "gus",
                "inventory",
                "p05",
                LocalDate.of(2023, 9, 4),
                4,
                3,
                3,
                2,
                Treatment.MITIGATE,
                "cycle-counts"),
            risk(
                    "app-store-rejection",
                    "App store rejects the mobile release",
                    "delivery",
                    "fay",
                    "mobile",
                    "p03",
                    LocalDate.of(2024, 2, 5),
                    2,
                    3,
                    2,
                    3,
                    Treatment.ACCEPT)
                .withAcceptance(
                    Acceptance.builder()
                        .acceptedBy("lea")
                        .acceptedOn(LocalDate.of(2024, 3, 1))
                        .validUntil(LocalDate.of(2026, 2, 28))
                        .build()))
        .addControls(
            control("consent-platform", "Consent management platform", 0.6, "cy"),
            control("dpia", "Data protection impact assessments", 0.3, "dara"),
            control("dual-acquirer", "Second payment acquirer", 0.5, "cy"),
            control("pilot-waves", "Roll-out in pilot waves", 0.4, "eli"),
            control("cycle-counts", "Daily cycle counts", 0.3, "gus"))
        .addAppetites(RiskAppetite.builder().appetite(4).tolerance(6).build())
        .addPerspectives(Perspective.FINANCIAL, Perspective.CUSTOMER, Perspective.INTERNAL_PROCESS)
        .addKpis(
            derived(
                kpi(
                    "budget-variance",
                    "Cost variance",
                    "%",
                    Direction.HIGHER_IS_BETTER,
                    -10,
                    0,
                    "financial",
                    Aggregation.LAST,
                    0,
                    -5),
                KpiSource.COST_VARIANCE_PERCENT,
                "omni"),
            derived(
                kpi(
                    "schedule-variance",
                    "Schedule variance (earned schedule)",
                    "days",
                    Direction.HIGHER_IS_BETTER,
                    -60,
                    0,
                    "financial",
                    Aggregation.LAST,
                    -15,
                    -30),
                KpiSource.SCHEDULE_VARIANCE_DAYS,
                "omni"),
            derived(
                kpi(
                    "availability",
                    "Platform availability",
                    "%",
                    Direction.HIGHER_IS_BETTER,
                    99.5,
                    99.95,
                    "internal-process",
                    Aggregation.LAST,
                    99.95,
                    99.9),
                KpiSource.AVAILABILITY,
                "commerce"),
            derived(
                kpi(
                    "resolution",
                    "Mean incident resolution",
                    "min",
                    Direction.LOWER_IS_BETTER,
                    240,
                    45,
                    "internal-process",
                    Aggregation.LAST,
                    60,
                    120),
                KpiSource.MTTR,
                "commerce"),
            kpi(
                    "online-sales",
                    "Online sales growth",
                    "%",
                    Direction.HIGHER_IS_BETTER,
                    0,
                    10,
                    "customer",
                    Aggregation.LAST,
                    10,
                    5)
                .build(),
            kpi(
                    "store-conversion",
                    "In-store conversion growth",
                    "%",
                    Direction.HIGHER_IS_BETTER,
                    0,
                    5,
                    "customer",
                    Aggregation.LAST,
                    5,
                    2)
                .build())
        .addAllObservations(observations())
        .addScorecards(
            Scorecard.builder()
                .id("shared")
                .name("Omni-channel shared scorecard")
                .addChildren(
                    perspective(
                        "program",
                        "Program",
                        ScorecardNode.kpiLeaf("budget-variance", "Cost variance", 1),
                        ScorecardNode.kpiLeaf("schedule-variance", "Schedule variance", 1)),
                    perspective(
                        "systems",
                        "Systems",
                        ScorecardNode.kpiLeaf("availability", "Availability", 2),
                        ScorecardNode.kpiLeaf("resolution", "Incident resolution", 1)),
                    perspective(
                        "customer",
                        "Customer",
                        ScorecardNode.kpiLeaf("online-sales", "Online sales", 1),
                        ScorecardNode.kpiLeaf("store-conversion", "In-store conversion", 1)))
                .build())
        .addRegulations(
            Regulation.GDPR,
            Regulation.PCI_DSS,
            Regulation.of("POLICY", "Omni-channel governance policy", RegulationKind.FRAMEWORK))
        .addObligations(
            recurring(
                "risk-review",
                "Monthly joint risk review",
                "POLICY",
                "Section 4.1",
                "program-manager",
                "FREQ=MONTHLY;BYMONTHDAY=-1"),
            recurring(
                "calendar-review",
                "Quarterly compliance-calendar review",
                "POLICY",
                "Section 4.2",
                "program-manager",
                "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1"),
            recurring(
                "documentation-audit",
                "Semi-annual documentation audit",
                "POLICY",
                "Section 5",
                "information-systems-manager",
                "FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1"),
            recurring(
                "pci-scan",
                "Quarterly external vulnerability scan",
                "PCI-DSS",
                "Req. 11.3.2",
                "commerce-owner",
                "FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=15"),
            Obligation.builder()
                .id("gdpr-33")
                .title("Notify the supervisory authority of a personal data breach")
                .regulation("GDPR")
                .citation("Art. 33(1)")
                .ownerRole("security-officer")
                .trigger("personal-data-breach")
                .timeLimit(TimeLimit.of(72, TimeLimitUnit.HOURS))
                .build())
        .addEvents(
            ComplianceEvent.builder()
                .id("breach-2025-12")
                .kind("personal-data-breach")
                .occurredAt(Instant.parse("2025-12-14T21:40:00Z"))
                .becameAwareAt(Instant.parse("2025-12-15T08:10:00Z"))
                .zone(ZoneId.of("Europe/Berlin"))
                .addSystems("commerce")
                .description("Order confirmation e-mails sent to the wrong customers")
                .build())
        .addAllDocuments(documents())
        .addRoadmapWindows(
            RoadmapWindow.builder()
                .id("peak-freeze")
                .system("commerce")
                .kind(WindowKind.FREEZE)
                .start(LocalDate.of(2025, 11, 24))
                .end(LocalDate.of(2025, 12, 28))
                .build(),
            RoadmapWindow.builder()
                .id("oms-v9")
                .system("oms")
                .kind(WindowKind.UPGRADE)
                .start(LocalDate.of(2025, 9, 1))
                .end(LocalDate.of(2025, 9, 14))
                .build())
        .addChangeRequests(
            ChangeRequest.builder()
                .id("cr-oms-v9")
                .title("Upgrade order management to v9")
                .system("oms")
                .initiator("gus")
                .raisedOn(LocalDate.of(2025, 7, 1))
                .addProjects("p06")
                .addRequiredApprovals("steering-committee")
                .addApprovals(Approval.of("steering-committee", "lea", LocalDate.of(2025, 7, 10)))
                .build(),
            ChangeRequest.builder()
                .id("cr-pos-terminals")
                .title("Replace the POS payment terminals")
                .system("pos")
                .initiator("eli")
                .raisedOn(LocalDate.of(2025, 11, 17))
                .addProjects("p04")
                .addRequiredApprovals("steering-committee")
                .build())
        .addCadences(
            Cadence.builder()
                .id("steering")
                .name("Steering committee")
                .kind(CadenceKind.STEERING_COMMITTEE)
                .program("omni")
                .every(Period.ofMonths(1))
                .build(),
            Cadence.builder()
                .id("pm-commerce")
                .name("Program and e-commerce sync")
                .kind(CadenceKind.PROGRAM_SYSTEM_SYNC)
                .program("omni")
                .system("commerce")
                .every(Period.ofWeeks(2))
                .criticalEvery(Period.ofWeeks(1))
                .criticalFrom(LocalDate.of(2025, 11, 24))
                .criticalTo(LocalDate.of(2025, 12, 28))
                .build(),
            Cadence.builder()
                .id("compliance-review")
                .name("Quarterly compliance-calendar review")
                .kind(CadenceKind.COMPLIANCE_REVIEW)
                .program("omni")
                .every(Period.ofMonths(3))
                .build())
        .addAllMeetings(meetings())
        .addDisagreements(
            Disagreement.builder()
                .id("click-collect-freeze")
                .topic("Click and collect go-live inside the peak freeze")
                .raisedOn(LocalDate.of(2025, 11, 3))
                .addParties("ana", "cy")
                .program("omni")
                .system("commerce")
                .escalatedOn(LocalDate.of(2025, 11, 5))
                .decidedOn(LocalDate.of(2025, 11, 12))
                .decision("Go live on 8 December with hypercare; no other change during the freeze")
                .decisionRecord("click-collect-go-live-decision")
                .build())
        .addDecisions(
            Decision.builder()
                .id("click-collect-go-live-decision")
                .title("Click and collect goes live on 8 December, inside the peak freeze")
                .decidedOn(LocalDate.of(2025, 11, 12))
                .decidedBy("steering-committee")
                .rationale(
                    "Stores need click and collect for the Christmas peak; moving the go-live to"
                        + " January loses the season, while hypercare and a change stop contain"
                        + " the risk to the e-commerce platform")
                .addImpacts(
                    "Hypercare by the commerce and order-management teams from 8 to 21 December",
                    "No other change to the e-commerce platform until the freeze ends",
                    "The roadmap conflict (GOV-005) is accepted until 15 January 2026")
                .addOptions(
                    "Go live on 8 December with hypercare",
                    "Move the go-live to 12 January, after the freeze",
                    "Pilot in ten stores only")
                .addRelatesTo("click-collect-freeze", "click-collect-go-live")
                .build())
        .addWaivers(
            Waiver.builder()
                .id("click-collect-freeze-accepted")
                .code("GOV-005")
                .putAllSubject(
                    ImmutableSortedMap.of(
                        "system", "commerce", "milestone", "click-collect-go-live"))
                .reason(
                    "The steering committee accepted the go-live inside the peak freeze with"
                        + " hypercare")
                .approvedBy("lea")
                .decision("click-collect-go-live-decision")
                .from(LocalDate.of(2025, 11, 12))
                .until(LocalDate.of(2026, 1, 15))
                .build(),
            Waiver.builder()
                .id("mobile-runbook-postponed")
                .code("GOV-006")
                .putAllSubject(ImmutableSortedMap.of("document", "mobile-runbook"))
                .reason("The mobile runbook is rewritten for the app's second release")
                .approvedBy("kai")
                .from(LocalDate.of(2025, 10, 1))
                .until(LocalDate.of(2025, 11, 30))
                .build())
        .addCompletions(
            done("risk-review", "2025-09-30", "2025-09-30T15:00:00Z"),
            done("risk-review", "2025-10-31", "2025-10-31T14:00:00Z"),
            done("calendar-review", "2025-09-30", "2025-09-29T10:00:00Z"),
            done("documentation-audit", "2025-06-30", "2025-07-04T10:00:00Z"),
            done("pci-scan", "2025-10-15", "2025-10-14T09:00:00Z"),
            CompletionRecord.builder()
                .obligation("gdpr-33")
                .due(LocalDate.of(2025, 12, 18))
                .event("breach-2025-12")
                .completedAt(Instant.parse("2025-12-17T16:00:00Z"))
                .completedBy("dara")
                .evidence("Notification BfDI-2025-0412")
                .build())
        .build();
  }

  private static List<Project> projects() {
    String[] names = {
      "Commerce re-platforming",
      "Checkout and payments",
      "Mobile app",
      "Store POS roll-out",
      "Inventory visibility",
      "Order management",
      "Click and collect",
      "Customer data platform",
      "Loyalty",
      "Store network upgrade",
      "Data privacy compliance",
      "Analytics and reporting"
    };
    Project[] projects = new Project[names.length];
    for (int i = 0; i < names.length; i++) {
      LocalDate start = START.plusMonths(2L * i);
      projects[i] =
          Project.builder()
              .id(String.format("p%02d", i + 1))
              .name(names[i])
              .program("omni")
              .owner(PROJECT_OWNERS[i % PROJECT_OWNERS.length])
              .manager(PROJECT_MANAGERS[i % PROJECT_MANAGERS.length])
              .budget(Money.of(PROJECT_BUDGET, EUR))
              .start(start)
              .finish(FINISH.minusMonths(11 - i))
              .build();
    }
    return List.of(projects);
  }

  private static InformationSystem system(
      String id, String name, String owner, Criticality criticality, String... regulations) {
    return InformationSystem.builder()
        .id(id)
        .name(name)
        .owner(owner)
        .criticality(criticality)
        .addRegulations(regulations)
        .addPrograms("omni")
        .build();
  }

  private static Deliverable deliverable(String id, String name, String project) {
    return Deliverable.builder()
        .id(id)
        .name(name)
        .project(project)
        .major(true)
        .critical(true)
        .build();
  }

  private static RaciMatrix checkoutRaci() {
    return raci(
        "checkout-raci",
        "New checkout",
        "checkout",
        List.of("program-manager", "commerce-owner", "project-manager", "security-officer"),
        activity("requirements", "Agree checkout requirements", true),
        List.of("A", "C", "R", "C"),
        activity("build", "Build and test checkout", false),
        List.of("I", "C", "A/R", "C"),
        activity("pci-assessment", "PCI DSS assessment", true),
        List.of("I", "A", "C", "R"),
        activity("go-live", "Approve go-live", true),
        List.of("A", "R", "C", "C"));
  }

  private static RaciMatrix posRaci() {
    return raci(
        "pos-raci",
        "POS in 900 stores",
        "pos-rollout",
        List.of("program-manager", "pos-owner", "project-manager", "steering-committee"),
        activity("pilot", "Run the pilot stores", true),
        List.of("A", "C", "R", "I"),
        activity("waves", "Plan roll-out waves", false),
        List.of("A", "C", "R", "I"),
        activity("training", "Train store staff", false),
        List.of("I", "A", "R", "I"),
        activity("decommission", "Decommission legacy tills", true),
        List.of("C", "A/R", "C", "I"));
  }

  /**
   * The deliberately flawed matrix: two Accountables on the release, no Responsible on the privacy
   * assessment.
   */
  private static RaciMatrix mobileRaci() {
    return raci(
        "mobile-raci",
        "Mobile app launch",
        "mobile-launch",
        List.of("program-manager", "mobile-owner", "project-manager", "security-officer"),
        activity("release", "Approve app store release", true),
        List.of("A", "A", "R", "C"),
        activity("privacy-assessment", "Privacy impact assessment", true),
        List.of("I", "A", "C", ""),
        activity("beta", "Run the public beta", false),
        List.of("I", "A", "R", "I"));
  }

  private static RaciActivity activity(String id, String name, boolean critical) {
    return RaciActivity.builder().id(id).name(name).critical(critical).build();
  }

  private static RaciMatrix raci(
      String id, String name, String deliverable, List<String> roles, Object... rows) {
    RaciMatrix.Builder matrix = RaciMatrix.builder().id(id).name(name).addAllRoles(roles);
    for (int i = 0; i < rows.length; i += 2) {
      RaciActivity activity = ((RaciActivity) rows[i]).withDeliverable(deliverable);
      matrix.addActivities(activity);
      List<?> cells = (List<?>) rows[i + 1];
      for (int r = 0; r < roles.size(); r++) {
        if (!((String) cells.get(r)).isEmpty()) {
          matrix.addAssignments(
              RaciAssignment.of(activity.id(), roles.get(r), (String) cells.get(r)));
        }
      }
    }
    return matrix.build();
  }

  private static Risk risk(
      String id,
      String title,
      String category,
      String systemOwner,
      String system,
      String project,
      LocalDate identified,
      int likelihood,
      int impact,
      int residualLikelihood,
      int residualImpact,
      Treatment treatment,
      String... controls) {
    return Risk.builder()
        .id(id)
        .title(title)
        .category(category)
        .programOwner("ana")
        .systemOwner(systemOwner)
        .addSystems(system)
        .addProjects(project)
        .identifiedOn(identified)
        .treatment(treatment)
        .addControls(controls)
        .lastReviewed(LocalDate.of(2025, 10, 31))
        .addAssessments(
            RiskAssessment.builder()
                .stage(AssessmentStage.INHERENT)
                .likelihood(likelihood)
                .impact(impact)
                .assessedOn(identified)
                .build(),
            RiskAssessment.builder()
                .stage(AssessmentStage.RESIDUAL)
                .likelihood(residualLikelihood)
                .impact(residualImpact)
                .assessedOn(LocalDate.of(2025, 10, 31))
                .build())
        .build();
  }

  /** Returns the risk aiming at {@code likelihood} x {@code impact} by {@code by}. */
  private static Risk targeted(Risk risk, int likelihood, int impact, LocalDate by) {
    return risk.withTargetDate(by)
        .withAssessments(
            ImmutableList.<RiskAssessment>builder()
                .addAll(risk.assessments())
                .add(
                    RiskAssessment.builder()
                        .stage(AssessmentStage.TARGET)
                        .likelihood(likelihood)
                        .impact(impact)
                        .assessedOn(LocalDate.of(2025, 10, 31))
                        .build())
                .build());
  }

  /** Open FAIR estimates of the register's three costliest risks, in EUR a year. */
  private static List<RiskScenario> lossScenarios() {
    return List.of(
        scenario("privacy-fine", "privacy-law", "poisson:0.3", "lognormal90:200000,6000000"),
        scenario(
            "peak-payment-outage", "payment-outage", "poisson:0.5", "lognormal90:100000,2000000"),
        scenario(
            "store-disruption", "store-rollout", "probability:0.2", "pert:50000,200000,900000"));
  }

  private static RiskScenario scenario(String id, String risk, String frequency, String magnitude) {
    return RiskScenario.builder()
        .id(id)
        .risk(risk)
        .frequency(frequency)
        .magnitude(magnitude)
        .build();
  }

  /**
   * The privacy law's co-owned treatment: the consent banner done in September, the retention purge
   * a month late at the as-of date (RISK-008), the DPIA refresh planned for February.
   */
  private static List<MitigationAction> mitigationActions() {
    return List.of(
        MitigationAction.builder()
            .id("consent-v2")
            .risk("privacy-law")
            .title("Roll out consent banner v2 in every market")
            .owner("ana")
            .coOwner("cy")
            .due(LocalDate.of(2025, 9, 30))
            .status(ActionStatus.DONE)
            .completedOn(LocalDate.of(2025, 9, 24))
            .build(),
        MitigationAction.builder()
            .id("retention-purge")
            .risk("privacy-law")
            .title("Automate retention purges on the e-commerce platform")
            .owner("cy")
            .coOwner("ana")
            .due(LocalDate.of(2025, 11, 30))
            .status(ActionStatus.IN_PROGRESS)
            .build(),
        MitigationAction.builder()
            .id("dpia-refresh")
            .risk("privacy-law")
            .title("Refresh the DPIAs for the new law")
            .owner("dara")
            .coOwner("ana")
            .due(LocalDate.of(2026, 2, 27))
            .status(ActionStatus.PLANNED)
            .build());
  }

  /** An organisation's own system-owner role, which plays the well-known system owner. */
  private static Role systemOwner(String id, String name) {
    return Role.builder().id(id).name(name).plays(WellKnownRole.SYSTEM_OWNER).build();
  }

  private static Control control(String id, String name, double effectiveness, String owner) {
    return Control.builder()
        .id(id)
        .name(name)
        .effectiveness(effectiveness)
        .owner(owner)
        .evidenceDate(LocalDate.of(2025, 9, 30))
        .build();
  }

  private static KpiDefinition.Builder kpi(
      String id,
      String name,
      String unit,
      Direction direction,
      double baseline,
      double target,
      String perspective,
      Aggregation aggregation,
      double green,
      double amber) {
    return KpiDefinition.builder()
        .id(id)
        .name(name)
        .unit(unit)
        .direction(direction)
        .baseline(baseline)
        .target(target)
        .thresholds(StatusThresholds.of(green, amber))
        .perspective(perspective)
        .aggregation(aggregation)
        .updateFrequency(UpdateFrequency.MONTHLY);
  }

  /** Returns the KPI derived from {@code source} for the system or program {@code subject}. */
  private static KpiDefinition derived(
      KpiDefinition.Builder kpi, KpiSource source, String subject) {
    KpiDefinition.Builder derived = kpi.source(source);
    if (source.subject() == KpiSource.Subject.SYSTEM) {
      derived.system(subject);
    } else {
      derived.program(subject);
    }
    return derived.build();
  }

  private static ScorecardNode perspective(String id, String name, ScorecardNode... kpis) {
    return ScorecardNode.builder()
        .id(id)
        .name(name)
        .kind(NodeKind.PERSPECTIVE)
        .addChildren(kpis)
        .build();
  }

  /** Monthly customer figures of 2025, ending at the case's published results. */
  private static List<Observation> observations() {
    double[][] series = {
      {3.0, 4.1, 5.0, 6.2, 7.0, 7.9, 8.8, 9.6, 10.4, 11.0, 11.6, 12.0},
      {1.0, 1.6, 2.2, 2.8, 3.4, 4.0, 4.5, 5.1, 5.6, 6.1, 6.6, 7.0}
    };
    String[] kpis = {"online-sales", "store-conversion"};
    Observation[] observations = new Observation[kpis.length * 12];
    for (int k = 0; k < kpis.length; k++) {
      for (int m = 0; m < 12; m++) {
        observations[k * 12 + m] =
            Observation.builder()
                .kpi(kpis[k])
                .period(ReportingPeriod.month(YearMonth.of(2025, m + 1)))
                .value(series[k][m])
                .build();
      }
    }
    return List.of(observations);
  }

  /**
   * Each project's monthly earned-value reports over its baseline: the plan spread evenly, work
   * earned at 88 % of plan until the last month catches up (the last project, finishing in
   * December, 123,214 EUR short: two weeks behind by earned schedule), and costs falling from 2 %
   * over to 6 % under the value earned as the program matured: 45 M delivered about 3 % under
   * budget.
   */
  private static List<CostReport> costReports() {
    List<CostReport> reports = new ArrayList<>();
    BigDecimal total =
        BigDecimal.valueOf(ChronoUnit.MONTHS.between(BASELINE_START, BASELINE_FINISH));
    List<Project> projects = projects();
    for (int p = 0; p < projects.size(); p++) {
      Project project = projects.get(p);
      YearMonth first = YearMonth.from(project.start());
      int months = (int) ChronoUnit.MONTHS.between(first, YearMonth.from(project.finish())) + 1;
      BigDecimal planned =
          PROJECT_BUDGET.divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_EVEN);
      BigDecimal shortfall = p == projects.size() - 1 ? new BigDecimal("123214") : BigDecimal.ZERO;
      BigDecimal plannedSoFar = BigDecimal.ZERO;
      BigDecimal earnedSoFar = BigDecimal.ZERO;
      for (int m = 0; m < months; m++) {
        YearMonth month = first.plusMonths(m);
        boolean last = m == months - 1;
        BigDecimal pv = last ? PROJECT_BUDGET.subtract(plannedSoFar) : planned;
        BigDecimal ev =
            last
                ? PROJECT_BUDGET.subtract(shortfall).subtract(earnedSoFar)
                : planned.multiply(new BigDecimal("0.88")).setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal elapsed =
            BigDecimal.valueOf(ChronoUnit.MONTHS.between(BASELINE_START, month))
                .divide(total, 10, RoundingMode.HALF_EVEN);
        BigDecimal costRatio =
            new BigDecimal("1.02").subtract(new BigDecimal("0.08").multiply(elapsed));
        plannedSoFar = plannedSoFar.add(pv);
        earnedSoFar = earnedSoFar.add(ev);
        reports.add(
            CostReport.builder()
                .project(project.id())
                .period(ReportingPeriod.month(month))
                .currency(EUR)
                .plannedValue(pv)
                .earnedValue(ev)
                .actualCost(ev.multiply(costRatio).setScale(2, RoundingMode.HALF_EVEN))
                .build());
      }
    }
    return reports;
  }

  /** Commerce availability in percent, month by month in 2025: 99.82 rising to 99.96. */
  private static final double[] AVAILABILITY = {
    99.82, 99.85, 99.87, 99.90, 99.91, 99.92, 99.93, 99.94, 99.95, 99.96, 99.96, 99.96
  };

  /** Mean incident resolution on commerce in minutes, month by month in 2025: 4 h to 45 min. */
  private static final int[] RESOLUTION = {240, 210, 180, 150, 125, 105, 90, 75, 65, 55, 50, 45};

  /**
   * The e-commerce platform's outages of 2025: each month's unplanned downtime in two outages (on
   * the 8th and 19th) sized to the month's availability, and two hours of announced maintenance on
   * the first Tuesday night, which availability excludes.
   */
  private static List<OutageRecord> commerceOutages() {
    List<OutageRecord> outages = new ArrayList<>();
    for (int m = 0; m < 12; m++) {
      YearMonth month = YearMonth.of(2025, m + 1);
      long down = Math.round((100 - AVAILABILITY[m]) / 100 * month.lengthOfMonth() * 86_400);
      Instant first = month.atDay(8).atTime(2, 10).toInstant(ZoneOffset.UTC);
      Instant second = month.atDay(19).atTime(14, 35).toInstant(ZoneOffset.UTC);
      outages.add(outage("out-" + month + "-a", first, first.plusSeconds(down * 3 / 5), false));
      outages.add(
          outage("out-" + month + "-b", second, second.plusSeconds(down - down * 3 / 5), false));
      Instant maintenance =
          month
              .atDay(1)
              .with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY))
              .atTime(1, 0)
              .toInstant(ZoneOffset.UTC);
      outages.add(outage("mnt-" + month, maintenance, maintenance.plusSeconds(7_200), true));
    }
    return outages;
  }

  private static OutageRecord outage(String id, Instant start, Instant end, boolean planned) {
    return OutageRecord.builder()
        .id(id)
        .system("commerce")
        .start(start)
        .end(end)
        .planned(planned)
        .description(planned ? "Announced maintenance" : "Checkout unavailable")
        .build();
  }

  /**
   * Three incidents a month on the e-commerce platform in 2025, resolved in 0.8, 1 and 1.2 times
   * the month's mean resolution time, acknowledged within minutes.
   */
  private static List<IncidentRecord> commerceIncidents() {
    List<IncidentRecord> incidents = new ArrayList<>();
    double[] spread = {0.8, 1.0, 1.2};
    int[] days = {5, 14, 23};
    for (int m = 0; m < 12; m++) {
      YearMonth month = YearMonth.of(2025, m + 1);
      for (int i = 0; i < 3; i++) {
        Instant opened = month.atDay(days[i]).atTime(10, 0).toInstant(ZoneOffset.UTC);
        incidents.add(
            IncidentRecord.builder()
                .id(String.format(Locale.ROOT, "INC-%s-%d", month, i + 1))
                .system("commerce")
                .severity(i == 0 ? "SEV1" : "SEV2")
                .opened(opened)
                .acknowledged(opened.plusSeconds(240L + 120L * i))
                .resolved(opened.plusSeconds(Math.round(RESOLUTION[m] * spread[i] * 60)))
                .build());
      }
    }
    return incidents;
  }

  /** The e-commerce platform's monthly requests and failed requests in 2025. */
  private static List<ServiceCount> commerceCounts() {
    List<ServiceCount> counts = new ArrayList<>();
    for (int m = 0; m < 12; m++) {
      long requests = 28_000_000L + 1_000_000L * m;
      counts.add(
          ServiceCount.builder()
              .system("commerce")
              .period(ReportingPeriod.month(YearMonth.of(2025, m + 1)))
              .requests(requests)
              .errors(requests * (90 - 4 * m) / 100_000)
              .build());
    }
    return counts;
  }

  /** Every system's documents, reviewed in the autumn; the mobile runbook's review is overdue. */
  private static List<DocumentationArtifact> documents() {
    String[][] systems = {
      {"commerce", "cy", "gdpr"},
      {"pos", "eli", ""},
      {"mobile", "fay", "gdpr"},
      {"inventory", "gus", ""},
      {"oms", "gus", "gdpr"}
    };
    List<DocumentationArtifact> documents = new java.util.ArrayList<>();
    for (String[] system : systems) {
      List<String> kinds =
          new java.util.ArrayList<>(List.of("architecture-diagram", "sla", "runbook"));
      if (!system[2].isEmpty()) {
        kinds.add("data-protection-assessment");
      }
      for (String kind : kinds) {
        LocalDate reviewed =
            system[0].equals("mobile") && kind.equals("runbook")
                ? LocalDate.of(2025, 3, 31)
                : LocalDate.of(2025, 10, 15);
        documents.add(
            DocumentationArtifact.builder()
                .id(system[0] + "-" + kind)
                .system(system[0])
                .kind(kind)
                .owner(system[1])
                .lastReviewed(reviewed)
                .build());
      }
    }
    return documents;
  }

  /**
   * The steering committee monthly, the e-commerce sync fortnightly and weekly in the peak, the
   * quarterly compliance review.
   */
  private static List<Meeting> meetings() {
    List<Meeting> meetings = new java.util.ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      meetings.add(
          Meeting.builder()
              .cadence("steering")
              .heldOn(LocalDate.of(2025, month, 10))
              .addAttendees("lea", "kai", "ana")
              .build());
    }
    for (LocalDate day = LocalDate.of(2025, 9, 1); !day.isAfter(LocalDate.of(2025, 12, 29)); ) {
      meetings.add(
          Meeting.builder().cadence("pm-commerce").heldOn(day).addAttendees("ana", "cy").build());
      day = day.plusWeeks(day.isBefore(LocalDate.of(2025, 11, 24)) ? 2 : 1);
    }
    meetings.add(
        Meeting.builder()
            .cadence("compliance-review")
            .heldOn(LocalDate.of(2025, 10, 20))
            .addAttendees("ana", "cy", "eli", "fay", "gus", "dara")
            .build());
    return meetings;
  }

  private static Obligation recurring(
      String id, String title, String regulation, String citation, String ownerRole, String rule) {
    return Obligation.builder()
        .id(id)
        .title(title)
        .regulation(regulation)
        .citation(citation)
        .ownerRole(ownerRole)
        .recurrence(rule)
        .leadTime(Period.ofDays(10))
        .build();
  }

  private static CompletionRecord done(String obligation, String due, String completedAt) {
    return CompletionRecord.builder()
        .obligation(obligation)
        .due(LocalDate.parse(due))
        .completedAt(Instant.parse(completedAt))
        .completedBy("ana")
        .build();
  }
}
