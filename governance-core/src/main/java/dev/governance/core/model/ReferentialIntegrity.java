package dev.governance.core.model;

import static dev.governance.core.GovernanceValidationException.render;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.governance.core.Violation;
import dev.governance.core.compliance.CompletionRecord;
import dev.governance.core.compliance.ComplianceEvent;
import dev.governance.core.compliance.Obligation;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.kpi.KpiSource;
import dev.governance.core.kpi.ScorecardNode;
import dev.governance.core.money.Money;
import dev.governance.core.party.OrganisationalUnit;
import dev.governance.core.party.Person;
import dev.governance.core.portfolio.CostReport;
import dev.governance.core.portfolio.Deliverable;
import dev.governance.core.portfolio.InformationSystem;
import dev.governance.core.portfolio.Milestone;
import dev.governance.core.portfolio.Program;
import dev.governance.core.portfolio.Project;
import dev.governance.core.practice.Approval;
import dev.governance.core.practice.Cadence;
import dev.governance.core.practice.ChangeRequest;
import dev.governance.core.practice.Decision;
import dev.governance.core.practice.Disagreement;
import dev.governance.core.practice.DocumentationArtifact;
import dev.governance.core.practice.Meeting;
import dev.governance.core.practice.RoadmapWindow;
import dev.governance.core.practice.Waiver;
import dev.governance.core.raci.RaciActivity;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.core.risk.Control;
import dev.governance.core.risk.MitigationAction;
import dev.governance.core.risk.OrderedScale;
import dev.governance.core.risk.Risk;
import dev.governance.core.risk.RiskAssessment;
import dev.governance.core.risk.RiskScenario;
import dev.governance.core.service.IncidentRecord;
import dev.governance.core.service.OutageRecord;
import dev.governance.core.service.ServiceCount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks that a model's ids are unique per collection and that its references resolve, collecting
 * every violation with its path. One instance checks one model, once.
 */
final class ReferentialIntegrity {

  private final AbstractGovernanceModel model;
  private final List<Violation> violations = new ArrayList<>();
  private final Map<String, Optional<String>> programOf = new HashMap<>();

  ReferentialIntegrity(AbstractGovernanceModel model) {
    this.model = model;
    model.projects().forEach(p -> programOf.putIfAbsent(p.id(), p.program()));
  }

  List<Violation> violations() {
    Set<String> people = ids("people", model.people(), Person::id);
    Set<String> roles = ids("roles", model.roles(), r -> r.id());
    Set<String> units = ids("units", model.units(), OrganisationalUnit::id);
    Set<String> programs = ids("programs", model.programs(), Program::id);
    Set<String> projects = ids("projects", model.projects(), Project::id);
    Set<String> systems = ids("systems", model.systems(), InformationSystem::id);
    Set<String> deliverables = ids("deliverables", model.deliverables(), Deliverable::id);
    Set<String> milestones = ids("milestones", model.milestones(), Milestone::id);
    Set<String> matrices = ids("raciMatrices", model.raciMatrices(), RaciMatrix::id);
    Set<String> controls = ids("controls", model.controls(), Control::id);
    Set<String> risks = ids("risks", model.risks(), Risk::id);
    ids("outages", model.outages(), OutageRecord::id);
    ids("incidents", model.incidents(), IncidentRecord::id);
    ids("lossScenarios", model.lossScenarios(), RiskScenario::id);
    ids("mitigationActions", model.mitigationActions(), MitigationAction::id);
    Set<String> perspectives = ids("perspectives", model.perspectives(), p -> p.id());
    Set<String> kpis = ids("kpis", model.kpis(), KpiDefinition::id);
    ids("scorecards", model.scorecards(), s -> s.id());
    Set<String> regulations = ids("regulations", model.regulations(), r -> r.id());
    Set<String> obligations = ids("obligations", model.obligations(), Obligation::id);
    Set<String> events = ids("events", model.events(), ComplianceEvent::id);
    Set<String> changes = ids("changeRequests", model.changeRequests(), ChangeRequest::id);
    ids("roadmapWindows", model.roadmapWindows(), RoadmapWindow::id);
    Set<String> documents = ids("documents", model.documents(), DocumentationArtifact::id);
    Set<String> cadences = ids("cadences", model.cadences(), Cadence::id);
    Set<String> disagreements = ids("disagreements", model.disagreements(), Disagreement::id);
    Set<String> decisions = ids("decisions", model.decisions(), Decision::id);
    Set<String> waivers = ids("waivers", model.waivers(), Waiver::id);

    Refs person = new Refs(people, "the id of a defined person");
    Refs role = new Refs(roles, "the id of a defined role");
    Refs unit = new Refs(units, "the id of a defined unit");
    Refs program = new Refs(programs, "the id of a defined program");
    Refs project = new Refs(projects, "the id of a defined project");
    Refs system = new Refs(systems, "the id of a defined system");
    Refs deliverable = new Refs(deliverables, "the id of a defined deliverable");
    Refs control = new Refs(controls, "the id of a defined control");
    Refs perspective = new Refs(perspectives, "the id of a defined perspective");
    Refs kpi = new Refs(kpis, "the id of a defined KPI");
    Refs regulation = new Refs(regulations, "the id of a defined regulation");
    Refs obligation = new Refs(obligations, "the id of a defined obligation");
    Refs event = new Refs(events, "the id of a defined event");

    eachWithPath("people", model.people(), (p, path) -> optional(path + ".unit", p.unit(), unit));
    checkUnits(unit);
    Set<String> assignedRoles = new HashSet<>();
    eachWithPath(
        "roleAssignments",
        model.roleAssignments(),
        (a, path) -> {
          role.check(path + ".role", a.role());
          if (!assignedRoles.add(a.role())) {
            add(path + ".role", a.role(), "one assignment per role");
          }
          list(path + ".people", a.people(), person);
        });
    eachWithPath("programs", model.programs(), (p, path) -> checkProgram(p, path, person, project));
    eachWithPath(
        "projects",
        model.projects(),
        (p, path) -> {
          optional(path + ".program", p.program(), program);
          optional(path + ".owner", p.owner(), person);
          optional(path + ".manager", p.manager(), person);
        });
    eachWithPath(
        "systems",
        model.systems(),
        (s, path) -> {
          optional(path + ".owner", s.owner(), person);
          list(path + ".regulations", s.regulations(), regulation);
          list(path + ".programs", s.programs(), program);
        });
    eachWithPath(
        "deliverables",
        model.deliverables(),
        (d, path) -> project.check(path + ".project", d.project()));
    eachWithPath(
        "milestones",
        model.milestones(),
        (m, path) -> {
          optional(path + ".program", m.program(), program);
          optional(path + ".project", m.project(), project);
        });
    eachWithPath(
        "raciMatrices",
        model.raciMatrices(),
        (m, path) -> {
          list(path + ".roles", m.roles(), role);
          eachWithPath(
              path + ".activities",
              m.activities(),
              (RaciActivity a, String p) ->
                  optional(p + ".deliverable", a.deliverable(), deliverable));
        });
    eachWithPath(
        "controls", model.controls(), (c, path) -> optional(path + ".owner", c.owner(), person));
    eachWithPath(
        "risks", model.risks(), (r, path) -> checkRisk(r, path, person, project, system, control));
    checkAppetites();
    Map<String, KpiSource> derived = new HashMap<>();
    eachWithPath(
        "kpis",
        model.kpis(),
        (k, path) -> {
          perspective.check(path + ".perspective", k.perspective());
          optional(path + ".system", k.system(), system);
          optional(path + ".project", k.project(), project);
          optional(path + ".program", k.program(), program);
          k.source().ifPresent(source -> derived.putIfAbsent(k.id(), source));
        });
    eachWithPath(
        "observations",
        model.observations(),
        (o, path) -> {
          if (kpi.check(path + ".kpi", o.kpi()) && derived.containsKey(o.kpi())) {
            add(
                path + ".kpi",
                o.kpi(),
                "an observed KPI; '"
                    + o.kpi()
                    + "' is derived from its source "
                    + derived.get(o.kpi()).code());
          }
        });
    eachWithPath(
        "scorecards",
        model.scorecards(),
        (s, path) ->
            eachWithPath(path + ".children", s.children(), (n, p) -> checkNode(n, p, kpi)));
    eachWithPath(
        "obligations",
        model.obligations(),
        (o, path) -> {
          regulation.check(path + ".regulation", o.regulation());
          role.check(path + ".ownerRole", o.ownerRole());
        });
    eachWithPath(
        "events", model.events(), (e, path) -> list(path + ".systems", e.systems(), system));
    eachWithPath(
        "completions",
        model.completions(),
        (CompletionRecord c, String path) -> {
          obligation.check(path + ".obligation", c.obligation());
          optional(path + ".event", c.event(), event);
          person.check(path + ".completedBy", c.completedBy());
        });
    Refs risk = new Refs(risks, "the id of a defined risk");
    checkRecords(system, project);
    eachWithPath(
        "lossScenarios",
        model.lossScenarios(),
        (RiskScenario l, String path) -> {
          risk.check(path + ".risk", l.risk());
          list(path + ".controls", l.controls(), control);
        });
    eachWithPath(
        "mitigationActions",
        model.mitigationActions(),
        (MitigationAction a, String path) -> {
          risk.check(path + ".risk", a.risk());
          person.check(path + ".owner", a.owner());
          person.check(path + ".coOwner", a.coOwner());
        });
    checkPractice(
        person,
        role,
        program,
        project,
        system,
        new Refs(milestones, "the id of a defined milestone"),
        new Refs(cadences, "the id of a defined cadence"));
    Refs decision = new Refs(decisions, "the id of a defined decision");
    eachWithPath(
        "disagreements",
        model.disagreements(),
        (Disagreement d, String path) ->
            optional(path + ".decisionRecord", d.decisionRecord(), decision));
    checkDecisions(
        Sets.union(people, roles).immutableCopy(),
        ImmutableSet.<String>builder()
            .addAll(disagreements)
            .addAll(changes)
            .addAll(risks)
            .addAll(milestones)
            .build());
    checkWaivers(
        person,
        decision,
        ImmutableMap.<String, Set<String>>builder()
            .put("role", roles)
            .put("person", people)
            .put("risk", risks)
            .put("kpi", kpis)
            .put("obligation", obligations)
            .put("program", programs)
            .put("system", systems)
            .put("deliverable", deliverables)
            .put("change", changes)
            .put("document", documents)
            .put("cadence", cadences)
            .put("disagreement", disagreements)
            .put("milestone", milestones)
            .put("matrix", matrices)
            .put("waiver", waivers)
            .buildOrThrow());
    return violations;
  }

  private void checkPractice(
      Refs person,
      Refs role,
      Refs program,
      Refs project,
      Refs system,
      Refs milestone,
      Refs cadence) {
    eachWithPath(
        "changeRequests",
        model.changeRequests(),
        (ChangeRequest c, String path) -> {
          system.check(path + ".system", c.system());
          person.check(path + ".initiator", c.initiator());
          list(path + ".projects", c.projects(), project);
          list(path + ".milestones", c.milestones(), milestone);
          list(path + ".requiredApprovals", c.requiredApprovals(), role);
          eachWithPath(
              path + ".approvals",
              c.approvals(),
              (Approval a, String p) -> {
                role.check(p + ".role", a.role());
                person.check(p + ".person", a.person());
              });
        });
    eachWithPath(
        "roadmapWindows",
        model.roadmapWindows(),
        (RoadmapWindow w, String path) -> system.check(path + ".system", w.system()));
    eachWithPath(
        "documents",
        model.documents(),
        (DocumentationArtifact d, String path) -> {
          system.check(path + ".system", d.system());
          person.check(path + ".owner", d.owner());
        });
    eachWithPath(
        "cadences",
        model.cadences(),
        (Cadence c, String path) -> {
          optional(path + ".program", c.program(), program);
          optional(path + ".system", c.system(), system);
        });
    eachWithPath(
        "meetings",
        model.meetings(),
        (Meeting m, String path) -> {
          cadence.check(path + ".cadence", m.cadence());
          list(path + ".attendees", m.attendees(), person);
        });
    eachWithPath(
        "disagreements",
        model.disagreements(),
        (Disagreement d, String path) -> {
          list(path + ".parties", d.parties(), person);
          optional(path + ".program", d.program(), program);
          optional(path + ".system", d.system(), system);
        });
  }

  /** Checks that each decision was taken by a role or a person and concerns defined things. */
  private void checkDecisions(Set<String> deciders, Set<String> subjects) {
    Refs decider = new Refs(deciders, "the id of a defined role or person");
    Refs subject =
        new Refs(subjects, "the id of a defined disagreement, change request, risk or milestone");
    eachWithPath(
        "decisions",
        model.decisions(),
        (Decision d, String path) -> {
          decider.check(path + ".decidedBy", d.decidedBy());
          list(path + ".relatesTo", d.relatesTo(), subject);
        });
  }

  /**
   * Checks each waiver's approver and decision, and that every id of its subject names a defined
   * thing of its kind (an activity is named within its matrix, so it is not checked here).
   */
  private void checkWaivers(Refs person, Refs decision, Map<String, Set<String>> kinds) {
    eachWithPath(
        "waivers",
        model.waivers(),
        (Waiver w, String path) -> {
          person.check(path + ".approvedBy", w.approvedBy());
          optional(path + ".decision", w.decision(), decision);
          w.subject()
              .forEach(
                  (key, id) -> {
                    Set<String> known = kinds.get(key);
                    if (known != null && !known.contains(id)) {
                      add(path + ".subject." + key, id, "the id of a defined " + key);
                    }
                  });
        });
  }

  /**
   * Checks the cost reports and service records: their project or system, one report or count per
   * period, and a report's project budgeted above 0 in the report's currency.
   */
  private void checkRecords(Refs system, Refs project) {
    Map<String, Money> budgets = new HashMap<>();
    model.projects().forEach(p -> p.budget().ifPresent(b -> budgets.put(p.id(), b)));
    Set<List<Object>> reported = new HashSet<>();
    eachWithPath(
        "costReports",
        model.costReports(),
        (CostReport r, String path) -> {
          if (project.check(path + ".project", r.project())) {
            Money budget = budgets.get(r.project());
            if (budget == null || budget.amount().signum() <= 0) {
              add(path + ".project", r.project(), "a project with a budget above 0 (its BAC)");
            } else if (!budget.currency().equals(r.currency())) {
              add(
                  path + ".currency",
                  r.currency().getCurrencyCode(),
                  "the budget currency "
                      + budget.currency().getCurrencyCode()
                      + " of project '"
                      + r.project()
                      + "'");
            }
          }
          once(reported, List.of(r.project(), r.period()), path + ".period", "costReports");
        });
    eachWithPath(
        "outages", model.outages(), (o, path) -> system.check(path + ".system", o.system()));
    eachWithPath(
        "incidents", model.incidents(), (i, path) -> system.check(path + ".system", i.system()));
    Set<List<Object>> counted = new HashSet<>();
    eachWithPath(
        "serviceCounts",
        model.serviceCounts(),
        (ServiceCount c, String path) -> {
          system.check(path + ".system", c.system());
          once(counted, List.of(c.system(), c.period()), path + ".period", "serviceCounts");
        });
  }

  /** Notes that {@code key} was seen at the item at {@code path}; a second sighting is an error. */
  private void once(Set<List<Object>> seen, List<Object> key, String path, String of) {
    if (!seen.add(key)) {
      add(path, key.get(1), "a period not already reported for '" + key.get(0) + "' in " + of);
    }
  }

  private void checkProgram(Program p, String path, Refs person, Refs project) {
    optional(path + ".programManager", p.programManager(), person);
    for (int i = 0; i < p.projects().size(); i++) {
      String id = p.projects().get(i);
      String at = path + ".projects[" + i + "]";
      if (project.check(at, id)) {
        Optional<String> declared = programOf.getOrDefault(id, Optional.empty());
        if (declared.isPresent() && !declared.get().equals(p.id())) {
          add(
              at,
              id,
              "a project of program '"
                  + p.id()
                  + "', but the project names program '"
                  + declared.get()
                  + "'");
        }
      }
    }
  }

  private void checkRisk(
      Risk r, String path, Refs person, Refs project, Refs system, Refs control) {
    person.check(path + ".programOwner", r.programOwner());
    person.check(path + ".systemOwner", r.systemOwner());
    list(path + ".systems", r.systems(), system);
    list(path + ".projects", r.projects(), project);
    list(path + ".controls", r.controls(), control);
    r.acceptance().ifPresent(a -> person.check(path + ".acceptance.acceptedBy", a.acceptedBy()));
    eachWithPath(
        path + ".assessments",
        r.assessments(),
        (RiskAssessment a, String p) -> {
          optional(p + ".assessor", a.assessor(), person);
          level(p + ".likelihood", a.likelihood(), model.likelihoodScale());
          level(p + ".impact", a.impact(), model.impactScale());
        });
  }

  private void level(String path, int value, OrderedScale scale) {
    if (scale.level(value).isEmpty()) {
      add(path, value, "a level of the " + scale.name() + " scale " + scale.levels());
    }
  }

  private void checkNode(ScorecardNode node, String path, Refs kpi) {
    optional(path + ".kpi", node.kpi(), kpi);
    eachWithPath(path + ".children", node.children(), (n, p) -> checkNode(n, p, kpi));
  }

  private void checkUnits(Refs unit) {
    Map<String, String> parentOf = new HashMap<>();
    model.units().forEach(u -> u.parent().ifPresent(p -> parentOf.put(u.id(), p)));
    eachWithPath(
        "units",
        model.units(),
        (u, path) -> {
          if (u.parent().isPresent() && unit.check(path + ".parent", u.parent().get())) {
            Set<String> seen = new HashSet<>();
            String at = u.id();
            while (at != null && seen.add(at)) {
              at = parentOf.get(at);
            }
            if (at != null && at.equals(u.id())) {
              add(
                  path + ".parent",
                  u.parent().get(),
                  "a parent chain that does not lead back to '" + u.id() + "'");
            }
          }
        });
  }

  private void checkAppetites() {
    Set<Optional<String>> categories = new HashSet<>();
    eachWithPath(
        "appetites",
        model.appetites(),
        (a, path) -> {
          if (!categories.add(a.category())) {
            add(path + ".category", a.category().orElse("<default>"), "one appetite per category");
          }
        });
  }

  @CanIgnoreReturnValue
  private <T> Set<String> ids(String collection, List<T> items, Function<T, String> id) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String value = id.apply(items.get(i));
      Integer earlier = first.putIfAbsent(value, i);
      if (earlier != null) {
        add(
            collection + "[" + i + "].id",
            value,
            "an id not already used by " + collection + "[" + earlier + "]");
      }
    }
    return ImmutableSet.copyOf(first.keySet());
  }

  private void list(String path, List<String> ids, Refs refs) {
    for (int i = 0; i < ids.size(); i++) {
      refs.check(path + "[" + i + "]", ids.get(i));
    }
  }

  private void optional(String path, Optional<String> id, Refs refs) {
    id.ifPresent(value -> refs.check(path, value));
  }

  private void add(String path, Object value, String expected) {
    violations.add(Violation.of(path, render(value), expected));
  }

  private static <T> void eachWithPath(String collection, List<T> items, PathVisitor<T> visitor) {
    for (int i = 0; i < items.size(); i++) {
      visitor.visit(items.get(i), collection + "[" + i + "]");
    }
  }

  @FunctionalInterface
  private interface PathVisitor<T> {
    void visit(T item, String path);
  }

  /** The ids a reference may name, and what to say when it names another. */
  private final class Refs {
    private final Set<String> known;
    private final String expected;

    Refs(Set<String> known, String expected) {
      this.known = known;
      this.expected = expected;
    }

    @CanIgnoreReturnValue
    boolean check(String path, String id) {
      if (known.contains(id)) {
        return true;
      }
      add(path, id, expected);
      return false;
    }
  }
}
