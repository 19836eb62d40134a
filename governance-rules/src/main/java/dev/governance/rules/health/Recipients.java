package dev.governance.rules.health;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.party.WellKnownRole;
import dev.governance.core.portfolio.Deliverable;
import dev.governance.core.portfolio.InformationSystem;
import dev.governance.core.portfolio.Milestone;
import dev.governance.core.portfolio.Program;
import dev.governance.core.portfolio.Project;
import dev.governance.core.practice.Cadence;
import dev.governance.core.practice.ChangeRequest;
import dev.governance.core.practice.Disagreement;
import dev.governance.core.practice.DocumentationArtifact;
import dev.governance.core.raci.RaciActivity;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.core.risk.Risk;
import dev.governance.rules.Finding;
import dev.governance.rules.RoleHolders;
import dev.governance.rules.Subject;
import dev.governance.rules.ValidationReport;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns the roles a finding names ({@link Finding#notifyRoles()}) into the people to tell, by
 * person id, in the finding's scope: the system owner of the finding's system, the program manager
 * of its program, not every system owner and program manager of the model. Governance health fills
 * every finding's {@link Finding#people()} here.
 *
 * <p>Each notify role resolves by the first rule that applies:
 *
 * <ol>
 *   <li>{@code system-owner} with a system in scope: the {@link InformationSystem#owner() owner} of
 *       each system in scope; with no system but a program in scope, the owners of the program's
 *       systems;
 *   <li>{@code program-manager} with a program in scope: the {@link Program#programManager()
 *       program manager} of each program in scope;
 *   <li>{@code project-owner} or {@code project-manager} with a project in scope: each project's
 *       {@link Project#owner() owner} or {@link Project#manager() manager};
 *   <li>otherwise, when nothing of the role's kind is in scope, the role's holders ({@link
 *       RoleHolders#holders(String)}): the people assigned the model role with that id and, for a
 *       well-known role's id, every role that plays it ({@code commerce-owner} plays {@code
 *       system-owner}). A role no one holds resolves to no one.
 * </ol>
 *
 * <p>A system, program or project in scope that names no owner or manager resolves to no one: the
 * alert is never widened to the owners of other systems (the practice checks report the missing
 * owner, {@code GOV-002}).
 *
 * <p>The scope is read from the finding's {@link Subject}, through whatever the model links:
 *
 * <ul>
 *   <li>systems: the subject's system; else the systems of its change request, documentation
 *       artifact, KPI, cadence, disagreement and risk;
 *   <li>projects: the projects of its milestone, deliverable, risk, change request, KPI and RACI
 *       matrix (through the deliverables of the matrix's activities);
 *   <li>programs, the first of these that names any: the subject's program; the program of its
 *       milestone, KPI, cadence or disagreement; the programs of the projects in scope; the
 *       programs of the systems in scope.
 * </ul>
 *
 * <p>A finding's {@link Finding#people()} are its {@link Finding#notifyPeople()} and the resolved
 * people together, sorted, without repeats. Following ISO/IEC 38500 (directing through assigned
 * responsibility) and the RACI rule that each activity has one accountable person, an alert goes to
 * the person accountable for the thing it is about. Immutable once built.
 */
public final class Recipients {

  private final RoleHolders roles;
  private final Map<String, InformationSystem> systems;
  private final Map<String, Program> programs;
  private final Map<String, Project> projects;
  private final Map<String, Milestone> milestones;
  private final Map<String, Deliverable> deliverables;
  private final Map<String, Risk> risks;
  private final Map<String, ChangeRequest> changes;
  private final Map<String, DocumentationArtifact> documents;
  private final Map<String, KpiDefinition> kpis;
  private final Map<String, Cadence> cadences;
  private final Map<String, Disagreement> disagreements;

  /** The projects of each matrix's activities' deliverables, by matrix id: read once. */
  private final Map<String, ImmutableSet<String>> matrixProjects;

  /** The systems of each program, by program id, so that a scope does not scan every system. */
  private final ImmutableListMultimap<String, InformationSystem> programSystems;

  private Recipients(GovernanceModel model) {
    this.roles = RoleHolders.of(model);
    this.systems = byId(model.systems(), InformationSystem::id);
    this.programs = byId(model.programs(), Program::id);
    this.projects = byId(model.projects(), Project::id);
    this.milestones = byId(model.milestones(), Milestone::id);
    this.deliverables = byId(model.deliverables(), Deliverable::id);
    this.risks = byId(model.risks(), Risk::id);
    this.changes = byId(model.changeRequests(), ChangeRequest::id);
    this.documents = byId(model.documents(), DocumentationArtifact::id);
    this.kpis = byId(model.kpis(), KpiDefinition::id);
    this.cadences = byId(model.cadences(), Cadence::id);
    this.disagreements = byId(model.disagreements(), Disagreement::id);
    this.matrixProjects =
        model.raciMatrices().stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    RaciMatrix::id,
                    m ->
                        m.activities().stream()
                            .map(RaciActivity::deliverable)
                            .flatMap(d -> find(d, deliverables))
                            .map(Deliverable::project)
                            .collect(ImmutableSet.toImmutableSet()),
                    (a, b) -> a));
    ImmutableListMultimap.Builder<String, InformationSystem> inPrograms =
        ImmutableListMultimap.builder();
    model.systems().forEach(s -> s.programs().forEach(p -> inPrograms.put(p, s)));
    this.programSystems = inPrograms.build();
  }

  /**
   * Returns the recipients of findings about {@code model}.
   *
   * @param model the model whose systems, programs, projects and role holders are read
   * @return its recipients
   */
  public static Recipients of(GovernanceModel model) {
    return new Recipients(Objects.requireNonNull(model, "model"));
  }

  /**
   * Returns {@code finding} with its {@link Finding#people()} filled.
   *
   * @param finding a finding about this model
   * @return the same finding, its people being its notify people and its notify roles' people in
   *     its scope
   */
  public Finding resolve(Finding finding) {
    return finding.withPeople(people(finding));
  }

  /**
   * Returns {@code report} with each finding {@link #resolve resolved}.
   *
   * @param report the findings of an engine
   * @return the same findings, in the same order, each with its people to tell
   */
  public ValidationReport route(ValidationReport report) {
    return ValidationReport.of(
        report.findings().stream().map(this::resolve).collect(ImmutableList.toImmutableList()));
  }

  /**
   * Returns everyone to tell of {@code finding}: its notify people and the people its notify roles
   * resolve to in its scope.
   *
   * @param finding a finding about this model
   * @return person ids, sorted; empty when the finding names no one and its roles are held by no
   *     one
   */
  public ImmutableSortedSet<String> people(Finding finding) {
    Scope scope = new Scope(finding.subject());
    return Stream.concat(
            finding.notifyPeople().stream(),
            finding.notifyRoles().stream().flatMap(r -> resolve(r, scope).stream()))
        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }

  /**
   * Returns the people who hold {@code role} for {@code subject}: the system owner of its system,
   * the program manager of its program, the owner or manager of its project, else the role's
   * holders (see the class description).
   *
   * @param role a role id, such as {@code system-owner} or {@code security-officer}
   * @param subject what the finding is about
   * @return person ids, sorted; empty when no one holds the role
   */
  public ImmutableSortedSet<String> holders(String role, Subject subject) {
    Objects.requireNonNull(role, "role");
    return resolve(role, new Scope(Objects.requireNonNull(subject, "subject")));
  }

  private ImmutableSortedSet<String> resolve(String role, Scope scope) {
    return WellKnownRole.byId(role)
        .flatMap(w -> scoped(w, scope))
        .orElseGet(() -> roles.holders(role));
  }

  /**
   * The people holding {@code role} for what is in scope, or empty when nothing of the role's kind
   * is in scope (then the role's holders are told).
   */
  private Optional<ImmutableSortedSet<String>> scoped(WellKnownRole role, Scope scope) {
    switch (role) {
      case SYSTEM_OWNER:
        if (!scope.systemIds.isEmpty()) {
          return Optional.of(people(scope.systemIds, systems, InformationSystem::owner));
        }
        Set<String> inPrograms = scope.programs();
        return inPrograms.isEmpty()
            ? Optional.empty()
            : Optional.of(
                inPrograms.stream()
                    .flatMap(p -> programSystems.get(p).stream())
                    .flatMap(s -> s.owner().stream())
                    .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo)));
      case PROGRAM_MANAGER:
        return inScope(scope.programs(), programs, Program::programManager);
      case PROJECT_OWNER:
        return inScope(scope.projectIds, projects, Project::owner);
      case PROJECT_MANAGER:
        return inScope(scope.projectIds, projects, Project::manager);
      default:
        return Optional.empty();
    }
  }

  private static <T> Optional<ImmutableSortedSet<String>> inScope(
      Collection<String> ids, Map<String, T> things, Function<T, Optional<String>> person) {
    return ids.isEmpty() ? Optional.empty() : Optional.of(people(ids, things, person));
  }

  private static <T> ImmutableSortedSet<String> people(
      Collection<String> ids, Map<String, T> things, Function<T, Optional<String>> person) {
    return ids.stream()
        .map(things::get)
        .filter(Objects::nonNull)
        .flatMap(t -> person.apply(t).stream())
        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }

  private static <T> Map<String, T> byId(List<T> things, Function<T, String> id) {
    return things.stream()
        .collect(Collectors.toUnmodifiableMap(id, Function.identity(), (a, b) -> a));
  }

  private static <T> Stream<T> find(Optional<String> id, Map<String, T> things) {
    return id.map(things::get).stream();
  }

  /** The systems, projects and programs a subject reaches through the model's links. */
  private final class Scope {
    final Set<String> systemIds = new TreeSet<>();
    final Set<String> projectIds = new TreeSet<>();
    private final Subject subject;

    Scope(Subject subject) {
      this.subject = subject;
      if (subject.system().isPresent()) {
        systemIds.add(subject.system().get());
      } else {
        find(subject.change(), changes).forEach(c -> systemIds.add(c.system()));
        find(subject.document(), documents).forEach(d -> systemIds.add(d.system()));
        find(subject.kpi(), kpis).forEach(k -> k.system().ifPresent(systemIds::add));
        find(subject.cadence(), cadences).forEach(c -> c.system().ifPresent(systemIds::add));
        find(subject.disagreement(), disagreements)
            .forEach(d -> d.system().ifPresent(systemIds::add));
        find(subject.risk(), risks).forEach(r -> systemIds.addAll(r.systems()));
      }
      find(subject.milestone(), milestones).forEach(m -> m.project().ifPresent(projectIds::add));
      find(subject.deliverable(), deliverables).forEach(d -> projectIds.add(d.project()));
      find(subject.risk(), risks).forEach(r -> projectIds.addAll(r.projects()));
      find(subject.change(), changes).forEach(c -> projectIds.addAll(c.projects()));
      find(subject.kpi(), kpis).forEach(k -> k.project().ifPresent(projectIds::add));
      find(subject.matrix(), matrixProjects).forEach(projectIds::addAll);
    }

    /** The programs in scope, by the first source that names any (see the class description). */
    Set<String> programs() {
      if (subject.program().isPresent()) {
        return Set.of(subject.program().get());
      }
      Set<String> linked = new TreeSet<>();
      find(subject.milestone(), milestones).forEach(m -> m.program().ifPresent(linked::add));
      find(subject.kpi(), kpis).forEach(k -> k.program().ifPresent(linked::add));
      find(subject.cadence(), cadences).forEach(c -> c.program().ifPresent(linked::add));
      find(subject.disagreement(), disagreements).forEach(d -> d.program().ifPresent(linked::add));
      if (linked.isEmpty()) {
        projectIds.stream()
            .flatMap(p -> find(Optional.of(p), projects))
            .forEach(p -> p.program().ifPresent(linked::add));
      }
      if (linked.isEmpty()) {
        systemIds.stream()
            .flatMap(s -> find(Optional.of(s), systems))
            .forEach(s -> linked.addAll(s.programs()));
      }
      return linked;
    }
  }
}
