package dev.governance.rules.practice;

import dev.governance.core.compliance.Regulation;
import dev.governance.core.kpi.Aggregation;
import dev.governance.core.kpi.Direction;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.kpi.NodeKind;
import dev.governance.core.kpi.Perspective;
import dev.governance.core.kpi.Scorecard;
import dev.governance.core.kpi.ScorecardNode;
import dev.governance.core.kpi.UpdateFrequency;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.money.Money;
import dev.governance.core.party.Person;
import dev.governance.core.party.Role;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.party.WellKnownRole;
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
import dev.governance.core.raci.RaciActivity;
import dev.governance.core.raci.RaciAssignment;
import dev.governance.core.raci.RaciMatrix;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A model that follows every practice rule as of {@link #AS_OF}, for the rule tests to break one at
 * a time.
 */
final class PracticeModels {

  static final LocalDate AS_OF = LocalDate.of(2025, 12, 15);

  private PracticeModels() {}

  static GovernanceModel valid() {
    return GovernanceModel.builder()
        .name("Omni")
        .addPeople(Person.of("ana", "Ana"), Person.of("cy", "Cy"), Person.of("lea", "Lea"))
        .addRoles(
            WellKnownRole.PROGRAM_MANAGER.role(),
            WellKnownRole.SYSTEM_OWNER.role(),
            Role.of("change-board", "Change board"))
        .addRoleAssignments(
            RoleAssignment.of("program-manager", List.of("ana")),
            RoleAssignment.of("system-owner", List.of("cy")),
            RoleAssignment.of("change-board", List.of("lea")))
        .addPrograms(
            Program.builder()
                .id("omni")
                .name("Omni-channel")
                .budget(Money.parse("45000000", "EUR"))
                .baselineStart(LocalDate.of(2023, 1, 1))
                .baselineFinish(LocalDate.of(2026, 12, 31))
                .programManager("ana")
                .build())
        .addProjects(
            Project.builder()
                .id("p1")
                .name("Checkout")
                .program("omni")
                .start(LocalDate.of(2024, 1, 1))
                .finish(LocalDate.of(2026, 6, 30))
                .build())
        .addSystems(system().build())
        .addRegulations(Regulation.GDPR)
        .addDeliverables(
            Deliverable.builder()
                .id("checkout")
                .name("New checkout")
                .project("p1")
                .major(true)
                .build())
        .addMilestones(goLive(LocalDate.of(2026, 3, 2)))
        .addRaciMatrices(
            RaciMatrix.builder()
                .id("raci")
                .name("Checkout RACI")
                .addRoles("program-manager", "system-owner")
                .addActivities(
                    RaciActivity.builder()
                        .id("build")
                        .name("Build")
                        .deliverable("checkout")
                        .build())
                .addAssignments(
                    RaciAssignment.of("build", "program-manager", "A"),
                    RaciAssignment.of("build", "system-owner", "R"))
                .build())
        .addDocuments(
            doc("architecture-diagram"),
            doc("sla"),
            doc("runbook"),
            doc("data-protection-assessment"))
        .addPerspectives(Perspective.FINANCIAL, Perspective.INTERNAL_PROCESS)
        .addKpis(kpi("budget", "financial"), kpi("availability", "internal-process"))
        .addScorecards(
            Scorecard.builder()
                .id("shared")
                .name("Shared")
                .addChildren(
                    ScorecardNode.builder()
                        .id("all")
                        .name("All")
                        .kind(NodeKind.PERSPECTIVE)
                        .addChildren(
                            ScorecardNode.kpiLeaf("budget", "Budget", 1),
                            ScorecardNode.kpiLeaf("availability", "Availability", 1))
                        .build())
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
                .id("review")
                .name("Compliance review")
                .kind(CadenceKind.COMPLIANCE_REVIEW)
                .program("omni")
                .every(Period.ofMonths(3))
                .build())
        .addMeetings(
            meeting("steering", LocalDate.of(2025, 11, 20)),
            meeting("steering", LocalDate.of(2025, 12, 10)),
            meeting("review", LocalDate.of(2025, 10, 15)))
        .addChangeRequests(
            ChangeRequest.builder()
                .id("cr-1")
                .title("Upgrade payment gateway")
                .system("commerce")
                .initiator("cy")
                .raisedOn(LocalDate.of(2025, 11, 3))
                .addRequiredApprovals("change-board")
                .addApprovals(Approval.of("change-board", "lea", LocalDate.of(2025, 11, 5)))
                .build())
        .addDisagreements(
            Disagreement.builder()
                .id("d-1")
                .topic("Go-live date")
                .raisedOn(LocalDate.of(2025, 11, 3))
                .addParties("ana", "cy")
                .escalatedOn(LocalDate.of(2025, 11, 4))
                .decidedOn(LocalDate.of(2025, 11, 10))
                .decision("March")
                .decisionRecord("dec-1")
                .build())
        .addDecisions(
            Decision.builder()
                .id("dec-1")
                .title("Go live in March")
                .decidedOn(LocalDate.of(2025, 11, 10))
                .decidedBy("lea")
                .rationale("The freeze ends in February")
                .addRelatesTo("d-1")
                .build())
        .build();
  }

  static InformationSystem.Builder system() {
    return InformationSystem.builder()
        .id("commerce")
        .name("Commerce")
        .owner("cy")
        .criticality(Criticality.MISSION_CRITICAL)
        .addRegulations("GDPR")
        .addPrograms("omni");
  }

  static Milestone goLive(LocalDate due) {
    return Milestone.builder()
        .id("go-live")
        .name("Checkout go-live")
        .kind(MilestoneKind.GO_LIVE)
        .due(due)
        .project("p1")
        .build();
  }

  static DocumentationArtifact doc(String kind) {
    return DocumentationArtifact.builder()
        .id("commerce-" + kind)
        .system("commerce")
        .kind(kind)
        .owner("cy")
        .lastReviewed(LocalDate.of(2025, 9, 1))
        .build();
  }

  static KpiDefinition kpi(String id, String perspective) {
    return KpiDefinition.builder()
        .id(id)
        .name(id)
        .unit("%")
        .direction(Direction.HIGHER_IS_BETTER)
        .target(1)
        .perspective(perspective)
        .aggregation(Aggregation.LAST)
        .updateFrequency(UpdateFrequency.MONTHLY)
        .build();
  }

  static Meeting meeting(String cadence, LocalDate day) {
    return Meeting.builder().cadence(cadence).heldOn(day).addAttendees("ana", "cy").build();
  }
}
