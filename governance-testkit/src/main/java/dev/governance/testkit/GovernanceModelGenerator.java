package dev.governance.testkit;

import static com.google.common.collect.ImmutableList.toImmutableList;

import dev.governance.core.compliance.ComplianceEvent;
import dev.governance.core.compliance.Obligation;
import dev.governance.core.compliance.Regulation;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.kpi.KpiSource;
import dev.governance.core.kpi.Perspective;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.party.OrganisationalUnit;
import dev.governance.core.party.Role;
import dev.governance.core.portfolio.CostReport;
import dev.governance.core.portfolio.Deliverable;
import dev.governance.core.portfolio.InformationSystem;
import dev.governance.core.portfolio.Milestone;
import dev.governance.core.portfolio.MilestoneKind;
import dev.governance.core.portfolio.Program;
import dev.governance.core.portfolio.Project;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.core.risk.ActionStatus;
import dev.governance.core.risk.OrderedScale;
import dev.governance.core.risk.Risk;
import dev.governance.core.risk.RiskAppetite;
import dev.governance.core.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Generates whole governance models whose every reference resolves: people and role holders,
 * programs with their projects, deliverables and milestones, systems, a RACI matrix per program, a
 * joint risk register with controls and an appetite, KPIs with monthly observations and a
 * scorecard, and regulations with obligations, events and completion records.
 *
 * <p>They also hold the records of {@link ModelSize#recordMonths()} months: service targets on some
 * systems (always the first); each system's outages (one across a month boundary, a planned
 * maintenance, one overlapping another, more at random), incidents (resolved, open, unacknowledged)
 * and monthly request counts; each budgeted project's monthly cost reports in its budget's currency
 * from its first month; target dates on some risks; loss scenarios and co-owned mitigation actions
 * for the risks (at least one of each for the first risk), the actions' statuses in turn so that
 * four or more actions have every status; and {@link ModelSize#derivedKpis()} derived KPIs,
 * alternately of a system and of a project or program, never observed and on no scorecard. The
 * records are drawn after every other part, so a seed gives the same other parts as before the
 * records existed.
 */
public final class GovernanceModelGenerator implements Generator<GovernanceModel> {

  private static final List<Perspective> PERSPECTIVES =
      List.of(
          Perspective.FINANCIAL,
          Perspective.CUSTOMER,
          Perspective.INTERNAL_PROCESS,
          Perspective.LEARNING_AND_GROWTH);

  private final ModelSize size;

  private GovernanceModelGenerator(ModelSize size) {
    this.size = size;
  }

  /**
   * Returns a generator of models of {@code size}.
   *
   * @param size how many of each part
   * @return the generator
   */
  public static GovernanceModelGenerator of(ModelSize size) {
    return new GovernanceModelGenerator(size);
  }

  /**
   * Returns a generator of models of any size up to {@code max}, drawn first by {@link
   * ModelSize#upTo}: a failing model shrinks to fewer parts of every kind, each as simple as the
   * generator makes it. This is the generator for properties; {@link #of} fixes the size.
   *
   * @param max the largest size
   * @return the generator
   */
  public static Generator<GovernanceModel> upTo(ModelSize max) {
    return ModelSize.upTo(max).flatMap(GovernanceModelGenerator::of);
  }

  /** Returns a generator of models of {@link ModelSize#small()}. */
  public static GovernanceModelGenerator small() {
    return of(ModelSize.small());
  }

  @Override
  public GovernanceModel generate(RandomGenerator random) {
    List<String> people = ids("person", size.people());
    List<String> roles =
        DomainGenerators.roleCatalogue().stream().map(Role::id).collect(Collectors.toList());
    List<String> units = List.of("corp", "it", "business");
    List<String> projects = new ArrayList<>();
    for (int p = 1; p <= size.programs(); p++) {
      for (int j = 1; j <= size.projectsPerProgram(); j++) {
        projects.add("program-" + p + "/project-" + j);
      }
    }
    List<String> systems = ids("system", size.systems());
    List<String> regulations =
        DomainGenerators.regulationCatalogue().stream()
            .map(Regulation::id)
            .collect(Collectors.toList());
    List<String> deliverables =
        projects.stream()
            .flatMap(
                p ->
                    IntStream.rangeClosed(1, size.deliverablesPerProject())
                        .mapToObj(d -> p + "/deliverable-" + d))
            .collect(Collectors.toList());
    List<String> controls = ids("control", size.controls());
    List<String> perspectives =
        PERSPECTIVES.stream().map(Perspective::id).collect(Collectors.toList());
    List<String> kpis = ids("kpi", size.kpis());
    List<String> triggers = List.of("personal-data-breach", "cybersecurity-incident");
    References refs =
        new References(
            people,
            roles,
            units,
            projects,
            systems,
            deliverables,
            controls,
            perspectives,
            kpis,
            regulations,
            triggers);

    GovernanceModel.Builder model = GovernanceModel.builder().name("Generated model");
    people.forEach(id -> model.addPeople(DomainGenerators.person(random, id, refs)));
    model.addAllRoles(DomainGenerators.roleCatalogue());
    roles.forEach(
        role -> model.addRoleAssignments(DomainGenerators.roleAssignment(random, role, refs)));
    model.addUnits(
        OrganisationalUnit.of("corp", "Corporate"),
        OrganisationalUnit.builder().id("it").name("IT").parent("corp").build(),
        OrganisationalUnit.builder().id("business").name("Business").parent("corp").build());
    List<Project> projectList = portfolio(random, model, refs);
    List<InformationSystem> systemList = new ArrayList<>();
    systems.forEach(id -> systemList.add(DomainGenerators.system(random, id, refs)));
    model.addAllRegulations(DomainGenerators.regulationCatalogue());
    controls.forEach(id -> model.addControls(DomainGenerators.control(random, id, refs)));
    OrderedScale likelihood = OrderedScale.nistFiveLevel("likelihood");
    OrderedScale impact = OrderedScale.nistFiveLevel("impact");
    List<Risk> riskList = new ArrayList<>();
    for (int i = 1; i <= size.risks(); i++) {
      riskList.add(DomainGenerators.risk(random, "risk-" + i, likelihood, impact, refs));
    }
    model.addAppetites(RiskAppetite.builder().appetite(6).tolerance(12).build());
    model.addAllPerspectives(PERSPECTIVES);
    List<KpiDefinition> kpiDefinitions =
        kpis.stream()
            .map(id -> DomainGenerators.kpi(random, id, refs))
            .collect(Collectors.toList());
    model.addAllKpis(kpiDefinitions);
    ReportingPeriod month = ReportingPeriod.month(YearMonth.of(2025, 1));
    for (int m = 0; m < size.observationsPerKpi(); m++, month = month.next()) {
      for (KpiDefinition kpi : kpiDefinitions) {
        model.addObservations(DomainGenerators.observation(random, kpi, month));
      }
    }
    model.addScorecards(DomainGenerators.scorecard(random, "shared", kpiDefinitions));
    compliance(random, model, refs);
    // the records are drawn last, so that a seed gives the same other parts as before they existed
    records(random, model, projectList, systemList, riskList, refs);
    return model.build();
  }

  /**
   * Adds the systems with service targets on some, their outages, incidents and request counts, the
   * projects' cost reports, the risks with target dates on some, their loss scenarios and
   * mitigation actions, and the derived KPIs.
   */
  private void records(
      RandomGenerator random,
      GovernanceModel.Builder model,
      List<Project> projects,
      List<InformationSystem> systems,
      List<Risk> risks,
      References refs) {
    int months = size.recordMonths();
    YearMonth first = RecordGenerators.RECORDS_START;
    List<InformationSystem> withTargets = new ArrayList<>();
    for (int i = 0; i < systems.size(); i++) {
      InformationSystem system = systems.get(i);
      withTargets.add(
          i == 0 || random.nextBoolean()
              ? system.withServiceTargets(RecordGenerators.serviceTargets(random))
              : system);
    }
    model.addAllSystems(withTargets);
    List<Risk> withDates = new ArrayList<>();
    for (Risk risk : risks) {
      withDates.add(
          random.nextBoolean()
              ? risk.withTargetDate(risk.identifiedOn().plusDays(90L + random.nextInt(631)))
              : risk);
    }
    model.addAllRisks(withDates);
    for (InformationSystem system : systems) {
      model.addAllOutages(RecordGenerators.outages(random, system.id(), first, months));
      model.addAllIncidents(RecordGenerators.incidents(random, system.id(), first, months));
      model.addAllServiceCounts(RecordGenerators.serviceCounts(random, system.id(), first, months));
    }
    List<Project> reported = new ArrayList<>();
    for (Project project : projects) {
      List<CostReport> reports = RecordGenerators.costReports(random, project, months);
      model.addAllCostReports(reports);
      if (!reports.isEmpty()) {
        reported.add(project);
      }
    }
    int action = 0;
    ActionStatus[] statuses = ActionStatus.values();
    int offset = random.nextInt(statuses.length);
    for (int i = 0; i < withDates.size(); i++) {
      Risk risk = withDates.get(i);
      int scenarios = i == 0 ? 1 + random.nextInt(2) : random.nextInt(3) == 0 ? 0 : 1;
      for (int s = 1; s <= scenarios; s++) {
        model.addLossScenarios(
            RecordGenerators.lossScenario(random, risk.id() + "/scenario-" + s, risk));
      }
      int actions = i == 0 ? 1 + random.nextInt(2) : random.nextInt(3);
      for (int a = 1; a <= actions; a++, action++) {
        model.addMitigationActions(
            RecordGenerators.mitigationAction(
                random,
                risk.id() + "/action-" + a,
                risk,
                statuses[(offset + action) % statuses.length],
                refs.people()));
      }
    }
    for (int i = 1; i <= size.derivedKpis(); i++) {
      model.addKpis(derivedKpi(random, "derived-kpi-" + i, i % 2 == 1, withTargets, reported));
    }
  }

  /**
   * Returns a KPI derived from a system's records, preferring a system with an error-rate target
   * for the error budget, or else from a project's cost reports or a program's.
   */
  private static KpiDefinition derivedKpi(
      RandomGenerator random,
      String id,
      boolean ofSystem,
      List<InformationSystem> systems,
      List<Project> reported) {
    List<KpiSource> sources =
        Arrays.stream(KpiSource.values())
            .filter(
                s -> (s.subject() == KpiSource.Subject.SYSTEM) == (ofSystem || reported.isEmpty()))
            .collect(Collectors.toList());
    KpiSource source = DomainGenerators.pick(random, sources);
    if (source.subject() == KpiSource.Subject.SYSTEM) {
      List<InformationSystem> candidates =
          source == KpiSource.ERROR_BUDGET_REMAINING
              ? systems.stream()
                  .filter(s -> s.serviceTargets().flatMap(t -> t.errorRate()).isPresent())
                  .collect(Collectors.toList())
              : List.of();
      InformationSystem system =
          DomainGenerators.pick(random, candidates.isEmpty() ? systems : candidates);
      return RecordGenerators.derivedKpi(random, id, source, system.id(), false);
    }
    Project project = DomainGenerators.pick(random, reported);
    boolean program = project.program().isPresent() && random.nextBoolean();
    return RecordGenerators.derivedKpi(
        random, id, source, program ? project.program().get() : project.id(), program);
  }

  private List<Project> portfolio(
      RandomGenerator random, GovernanceModel.Builder model, References refs) {
    List<Project> all = new ArrayList<>();
    for (int p = 1; p <= size.programs(); p++) {
      String programId = "program-" + p;
      List<String> projects =
          refs.projects().stream()
              .filter(id -> id.startsWith(programId + "/"))
              .collect(Collectors.toList());
      Program program = DomainGenerators.program(random, programId, projects, refs);
      model.addPrograms(program);
      model.addMilestones(
          Milestone.builder()
              .id(programId + "/close")
              .name("Program close")
              .kind(MilestoneKind.PHASE_GATE)
              .due(program.baselineFinish())
              .program(programId)
              .build());
      List<String> rows = new ArrayList<>();
      for (String projectId : projects) {
        Project project =
            DomainGenerators.project(
                random,
                projectId,
                programId,
                program.baselineStart(),
                program.baselineFinish(),
                refs);
        model.addProjects(project);
        all.add(project);
        model.addMilestones(
            Milestone.builder()
                .id(projectId + "/go-live")
                .name("Go-live")
                .kind(MilestoneKind.GO_LIVE)
                .due(project.finish())
                .project(projectId)
                .build());
        for (int d = 1; d <= size.deliverablesPerProject(); d++) {
          Deliverable deliverable =
              DomainGenerators.deliverable(random, projectId + "/deliverable-" + d, projectId);
          model.addDeliverables(deliverable);
          rows.add(deliverable.id());
        }
      }
      RaciMatrix raci =
          DomainGenerators.raciMatrix(random, programId + "/raci", rows, refs.roles());
      model.addRaciMatrices(
          raci.withActivities(
              raci.activities().stream()
                  .map(a -> a.withDeliverable(a.id()))
                  .collect(toImmutableList())));
    }
    return all;
  }

  private void compliance(RandomGenerator random, GovernanceModel.Builder model, References refs) {
    List<Obligation> obligations = new ArrayList<>();
    for (int i = 1; i <= size.obligations(); i++) {
      obligations.add(DomainGenerators.obligation(random, "obligation-" + i, refs));
    }
    model.addAllObligations(obligations);
    int eventCount = 0;
    for (Obligation o : obligations) {
      if (o.trigger().isPresent()) {
        ComplianceEvent event =
            DomainGenerators.event(random, "event-" + ++eventCount, o.trigger().get(), refs);
        model.addEvents(event);
        model.addCompletions(
            DomainGenerators.completion(random, o.id(), refs).withEvent(event.id()));
      } else if (random.nextBoolean()) {
        model.addCompletions(DomainGenerators.completion(random, o.id(), refs));
      }
    }
  }

  private static List<String> ids(String prefix, int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(i -> prefix + "-" + i)
        .collect(Collectors.toList());
  }
}
