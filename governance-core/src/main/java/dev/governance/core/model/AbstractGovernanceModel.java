package dev.governance.core.model;

import static dev.governance.core.ArgChecker.notBlank;

import com.google.common.collect.ImmutableList;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.Violation;
import dev.governance.core.compliance.CompletionRecord;
import dev.governance.core.compliance.ComplianceEvent;
import dev.governance.core.compliance.Obligation;
import dev.governance.core.compliance.Regulation;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.kpi.Observation;
import dev.governance.core.kpi.Perspective;
import dev.governance.core.kpi.Scorecard;
import dev.governance.core.party.OrganisationalUnit;
import dev.governance.core.party.Person;
import dev.governance.core.party.Role;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.portfolio.CostReport;
import dev.governance.core.portfolio.Deliverable;
import dev.governance.core.portfolio.InformationSystem;
import dev.governance.core.portfolio.Milestone;
import dev.governance.core.portfolio.Program;
import dev.governance.core.portfolio.Project;
import dev.governance.core.practice.Cadence;
import dev.governance.core.practice.ChangeRequest;
import dev.governance.core.practice.Decision;
import dev.governance.core.practice.Disagreement;
import dev.governance.core.practice.DocumentationArtifact;
import dev.governance.core.practice.Meeting;
import dev.governance.core.practice.RoadmapWindow;
import dev.governance.core.practice.Waiver;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.core.risk.Control;
import dev.governance.core.risk.MitigationAction;
import dev.governance.core.risk.OrderedScale;
import dev.governance.core.risk.Risk;
import dev.governance.core.risk.RiskAppetite;
import dev.governance.core.risk.RiskScenario;
import dev.governance.core.service.IncidentRecord;
import dev.governance.core.service.OutageRecord;
import dev.governance.core.service.ServiceCount;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The root aggregate: everything an organisation's IT governance holds, in one immutable,
 * referentially intact value.
 *
 * <p>Building a model checks that every id is unique in its collection and that every reference
 * resolves (every RACI role is a defined role, every observation names a defined KPI, every owner
 * is a defined person, every assessment's levels are on the model's scales, ...). It reports
 * <em>all</em> violations at once in one {@link GovernanceValidationException}, each with its path,
 * such as {@code risks[3].systemOwner}; {@link GovernanceValidationException#violations()} lists
 * them for tools that report rather than stop.
 *
 * <p>For example, a model with one person and one system, and a copy that breaks a reference:
 *
 * <pre>{@code
 * GovernanceModel model =
 *     GovernanceModel.builder()
 *         .name("Web shop")
 *         .addPeople(Person.of("cy", "Cy Wei"))
 *         .addSystems(
 *             InformationSystem.builder()
 *                 .id("shop")
 *                 .name("Web shop")
 *                 .owner("cy")
 *                 .criticality(Criticality.HIGH)
 *                 .build())
 *         .build();
 * // every reference is checked: this throws GovernanceValidationException,
 * // "systems[0].owner = 'dan': expected the id of a defined person"
 * var unused = model.withSystems(model.systems().get(0).withOwner("dan"));
 * }</pre>
 */
@Value.Immutable
abstract class AbstractGovernanceModel {

  /** Returns the model's name, such as the organisation or program it describes. */
  public abstract String name();

  /**
   * Returns the day the model was reported as of, if it says: the day checks and reports judge it
   * by unless told otherwise.
   */
  public abstract Optional<LocalDate> asOf();

  /** Returns the people. */
  public abstract ImmutableList<Person> people();

  /** Returns the roles. */
  public abstract ImmutableList<Role> roles();

  /** Returns who holds each role; at most one assignment per role. */
  public abstract ImmutableList<RoleAssignment> roleAssignments();

  /** Returns the organisational units. */
  public abstract ImmutableList<OrganisationalUnit> units();

  /** Returns the programs. */
  public abstract ImmutableList<Program> programs();

  /** Returns the projects. */
  public abstract ImmutableList<Project> projects();

  /** Returns the information systems. */
  public abstract ImmutableList<InformationSystem> systems();

  /** Returns the projects' earned-value reports, one per project and period. */
  public abstract ImmutableList<CostReport> costReports();

  /** Returns the systems' outages and maintenance intervals. */
  public abstract ImmutableList<OutageRecord> outages();

  /** Returns the systems' incidents. */
  public abstract ImmutableList<IncidentRecord> incidents();

  /** Returns the systems' request counts, one per system and period. */
  public abstract ImmutableList<ServiceCount> serviceCounts();

  /** Returns the deliverables. */
  public abstract ImmutableList<Deliverable> deliverables();

  /** Returns the milestones. */
  public abstract ImmutableList<Milestone> milestones();

  /** Returns the responsibility matrices. */
  public abstract ImmutableList<RaciMatrix> raciMatrices();

  /** Returns the likelihood scale of the risk register; NIST SP 800-30's five levels by default. */
  @Value.Default
  public OrderedScale likelihoodScale() {
    return OrderedScale.nistFiveLevel("likelihood");
  }

  /** Returns the impact scale of the risk register; NIST SP 800-30's five levels by default. */
  @Value.Default
  public OrderedScale impactScale() {
    return OrderedScale.nistFiveLevel("impact");
  }

  /** Returns the joint risk register. */
  public abstract ImmutableList<Risk> risks();

  /** Returns the register risks' loss scenarios. */
  public abstract ImmutableList<RiskScenario> lossScenarios();

  /** Returns the actions that treat register risks. */
  public abstract ImmutableList<MitigationAction> mitigationActions();

  /** Returns the controls. */
  public abstract ImmutableList<Control> controls();

  /** Returns the risk appetites; at most one per category and one default. */
  public abstract ImmutableList<RiskAppetite> appetites();

  /** Returns the scorecard perspectives. */
  public abstract ImmutableList<Perspective> perspectives();

  /** Returns the KPI definitions. */
  public abstract ImmutableList<KpiDefinition> kpis();

  /** Returns the KPI observations. */
  public abstract ImmutableList<Observation> observations();

  /** Returns the scorecards. */
  public abstract ImmutableList<Scorecard> scorecards();

  /** Returns the regulations and frameworks. */
  public abstract ImmutableList<Regulation> regulations();

  /** Returns the obligations. */
  public abstract ImmutableList<Obligation> obligations();

  /** Returns the compliance events. */
  public abstract ImmutableList<ComplianceEvent> events();

  /** Returns the completion records. */
  public abstract ImmutableList<CompletionRecord> completions();

  /** Returns the change requests. */
  public abstract ImmutableList<ChangeRequest> changeRequests();

  /** Returns the systems' roadmap windows: upgrades, migrations, freezes. */
  public abstract ImmutableList<RoadmapWindow> roadmapWindows();

  /** Returns the systems' documentation artifacts. */
  public abstract ImmutableList<DocumentationArtifact> documents();

  /** Returns the governance cadences. */
  public abstract ImmutableList<Cadence> cadences();

  /** Returns the meetings held. */
  public abstract ImmutableList<Meeting> meetings();

  /** Returns the disagreements between the program and system sides. */
  public abstract ImmutableList<Disagreement> disagreements();

  /** Returns the decision records: what was decided, by whom, why, with what impacts. */
  public abstract ImmutableList<Decision> decisions();

  /**
   * Returns the waivers: findings accepted for a time (risk acceptances and exceptions), each
   * approved by a person and often backed by a decision.
   */
  public abstract ImmutableList<Waiver> waivers();

  @Value.Check
  protected void validate() {
    notBlank(name(), "name");
    List<Violation> violations = new ReferentialIntegrity(this).violations();
    if (!violations.isEmpty()) {
      throw new GovernanceValidationException(violations);
    }
  }
}
