package dev.governance.testkit;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
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
import dev.governance.core.kpi.StatusThresholds;
import dev.governance.core.kpi.UpdateFrequency;
import dev.governance.core.money.Money;
import dev.governance.core.party.OrganisationalUnit;
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
import dev.governance.core.raci.RaciActivity;
import dev.governance.core.raci.RaciAssignment;
import dev.governance.core.raci.RaciCell;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.core.raci.RaciScheme;
import dev.governance.core.risk.Acceptance;
import dev.governance.core.risk.ActionStatus;
import dev.governance.core.risk.AssessmentStage;
import dev.governance.core.risk.Control;
import dev.governance.core.risk.MitigationAction;
import dev.governance.core.risk.OrderedScale;
import dev.governance.core.risk.Risk;
import dev.governance.core.risk.RiskAppetite;
import dev.governance.core.risk.RiskAssessment;
import dev.governance.core.risk.RiskScenario;
import dev.governance.core.risk.ScaleLevel;
import dev.governance.core.risk.Treatment;
import dev.governance.core.service.IncidentRecord;
import dev.governance.core.service.OutageRecord;
import dev.governance.core.service.ServiceCount;
import dev.governance.core.service.ServiceTargets;
import dev.governance.core.time.PeriodKind;
import dev.governance.core.time.ReportingPeriod;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generators of single values of every core type, valid by construction. Values that refer to other
 * parts use ids of a fixed standalone set ({@code person-1}, {@code system-1}, ...); to get values
 * whose references resolve, take them from a {@link GovernanceModelGenerator} model.
 */
public final class DomainGenerators {

  private static final List<String> FIRST_NAMES =
      List.of(
          "Ana", "Bo", "Chen", "Dara", "Emeka", "Farah", "Guo", "Hana", "Ines", "Jonas", "Kofi",
          "Lena");
  private static final List<String> LAST_NAMES =
      List.of(
          "Lima", "Berg", "Wei", "Okafor", "Schmidt", "Haddad", "Tanaka", "Novak", "Silva",
          "Moreau");
  private static final List<String> CATEGORIES =
      List.of("privacy", "availability", "security", "vendor", "schedule", "budget", "compliance");
  private static final List<String> RECURRENCES =
      List.of(
          "FREQ=MONTHLY;BYMONTHDAY=1",
          "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15",
          "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=1",
          "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=15",
          "FREQ=WEEKLY;BYDAY=MO");
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("America/New_York"),
          ZoneId.of("UTC"),
          ZoneId.of("Asia/Tokyo"));
  static final LocalDate EPOCH = LocalDate.of(2023, 1, 1);

  private DomainGenerators() {}

  /** Returns a generator of people. */
  public static Generator<Person> people() {
    return random -> person(random, "person-" + random.nextInt(1000), References.standalone());
  }

  /** Returns a generator of roles: well-known ones and organisation-defined ones. */
  public static Generator<Role> roles() {
    return random -> roleCatalogue().get(random.nextInt(roleCatalogue().size()));
  }

  /** Returns a generator of role assignments over the standalone people. */
  public static Generator<RoleAssignment> roleAssignments() {
    return random ->
        roleAssignment(
            random, pick(random, References.standalone().roles()), References.standalone());
  }

  /** Returns a generator of organisational units, some with a parent. */
  public static Generator<OrganisationalUnit> units() {
    return random -> {
      String id = "unit-" + random.nextInt(1000);
      return random.nextBoolean()
          ? OrganisationalUnit.of(id, "Unit " + id)
          : OrganisationalUnit.builder().id(id).name("Unit " + id).parent("corp").build();
    };
  }

  /** Returns a generator of amounts in EUR, USD or GBP, from 0 to 50 million with cents. */
  public static Generator<Money> money() {
    return random ->
        Money.parse(
            BigDecimal.valueOf(random.nextLong(5_000_000_000L), 2).toPlainString(),
            pick(random, List.of("EUR", "USD", "GBP")));
  }

  /** Returns a generator of reporting periods of every kind, in fiscal years from any month. */
  public static Generator<ReportingPeriod> reportingPeriods() {
    return random ->
        ReportingPeriod.containing(
            PeriodKind.values()[random.nextInt(PeriodKind.values().length)],
            EPOCH.plusDays(random.nextInt(3650)),
            Month.of(1 + random.nextInt(12)));
  }

  /** Returns a generator of programs over the standalone projects and people. */
  public static Generator<Program> programs() {
    return random ->
        program(
            random,
            "program-" + random.nextInt(1000),
            References.standalone().projects(),
            References.standalone());
  }

  /** Returns a generator of projects. */
  public static Generator<Project> projects() {
    return random ->
        project(
            random,
            "project-" + random.nextInt(1000),
            "program-1",
            EPOCH,
            EPOCH.plusYears(3),
            References.standalone());
  }

  /** Returns a generator of information systems. */
  public static Generator<InformationSystem> systems() {
    return random -> system(random, "system-" + random.nextInt(1000), References.standalone());
  }

  /** Returns a generator of deliverables. */
  public static Generator<Deliverable> deliverables() {
    return random -> deliverable(random, "deliverable-" + random.nextInt(1000), "project-1");
  }

  /** Returns a generator of milestones of programs and projects. */
  public static Generator<Milestone> milestones() {
    return random -> {
      Milestone.Builder m =
          Milestone.builder()
              .id("milestone-" + random.nextInt(1000))
              .name("Milestone")
              .kind(MilestoneKind.values()[random.nextInt(MilestoneKind.values().length)])
              .due(EPOCH.plusDays(random.nextInt(1000)));
      return random.nextBoolean() ? m.program("program-1").build() : m.project("project-1").build();
    };
  }

  /** Returns a generator of cells of the given scheme, one or two of its letters. */
  public static Generator<RaciCell> raciCells(RaciScheme scheme) {
    return random -> {
      List<Character> letters = List.copyOf(scheme.letters().keySet());
      return RaciCell.of(sample(random, letters, 1 + random.nextInt(Math.min(2, letters.size()))));
    };
  }

  /**
   * Returns a generator of RACI matrices with {@code activities} rows over the standalone roles,
   * each row with exactly one Accountable and at least one Responsible.
   *
   * @param activities the number of rows; at least 1
   * @return the generator
   */
  public static Generator<RaciMatrix> raciMatrices(int activities) {
    return random -> {
      List<String> rows = new ArrayList<>();
      for (int i = 0; i < activities; i++) {
        rows.add("activity-" + i);
      }
      return raciMatrix(
          random, "matrix-" + random.nextInt(1000), rows, References.standalone().roles());
    };
  }

  /** Returns a generator of likelihood or impact scales of 3 to 7 levels. */
  public static Generator<OrderedScale> scales() {
    return random -> scale(random, "scale");
  }

  /** Returns a generator of risk assessments on the five-level NIST scales. */
  public static Generator<RiskAssessment> assessments() {
    return random ->
        assessment(
            random,
            AssessmentStage.values()[random.nextInt(AssessmentStage.values().length)],
            5,
            5,
            References.standalone());
  }

  /** Returns a generator of controls. */
  public static Generator<Control> controls() {
    return random -> control(random, "control-" + random.nextInt(1000), References.standalone());
  }

  /** Returns a generator of acceptance records. */
  public static Generator<Acceptance> acceptances() {
    return random ->
        acceptance(random, EPOCH.plusDays(random.nextInt(1000)), References.standalone());
  }

  /** Returns a generator of risk appetites. */
  public static Generator<RiskAppetite> appetites() {
    return random -> {
      double appetite = random.nextInt(13);
      RiskAppetite.Builder b =
          RiskAppetite.builder().appetite(appetite).tolerance(appetite + random.nextInt(13));
      return random.nextBoolean() ? b.category(pick(random, CATEGORIES)).build() : b.build();
    };
  }

  /** Returns a generator of risks on the five-level NIST scales. */
  public static Generator<Risk> risks() {
    return random ->
        risk(
            random,
            "risk-" + random.nextInt(1000),
            OrderedScale.nistFiveLevel("likelihood"),
            OrderedScale.nistFiveLevel("impact"),
            References.standalone());
  }

  /** Returns a generator of perspectives. */
  public static Generator<Perspective> perspectives() {
    return random ->
        pick(
            random,
            List.of(
                Perspective.FINANCIAL,
                Perspective.CUSTOMER,
                Perspective.INTERNAL_PROCESS,
                Perspective.LEARNING_AND_GROWTH));
  }

  /** Returns a generator of status thresholds for a higher-is-better KPI. */
  public static Generator<StatusThresholds> thresholds() {
    return random -> {
      double amber = random.nextInt(100);
      return StatusThresholds.of(amber + random.nextInt(10), amber);
    };
  }

  /** Returns a generator of KPI definitions of every direction. */
  public static Generator<KpiDefinition> kpis() {
    return random -> kpi(random, "kpi-" + random.nextInt(1000), References.standalone());
  }

  /** Returns a generator of monthly observations of {@code kpi-1}. */
  public static Generator<Observation> observations() {
    return random ->
        Observation.builder()
            .kpi("kpi-1")
            .period(ReportingPeriod.month(YearMonth.of(2025, 1 + random.nextInt(12))))
            .value(random.nextDouble() * 100)
            .build();
  }

  /** Returns a generator of scorecards over the standalone KPIs. */
  public static Generator<Scorecard> scorecards() {
    return random ->
        scorecard(
            random,
            "scorecard-" + random.nextInt(1000),
            List.of(kpi(random, "kpi-1", References.standalone())));
  }

  /** Returns a generator of regulations: the well-known ones. */
  public static Generator<Regulation> regulations() {
    return random -> pick(random, regulationCatalogue());
  }

  /** Returns a generator of time limits. */
  public static Generator<TimeLimit> timeLimits() {
    return random ->
        TimeLimit.of(
            1 + random.nextInt(90),
            TimeLimitUnit.values()[random.nextInt(TimeLimitUnit.values().length)]);
  }

  /** Returns a generator of obligations, scheduled and event-driven. */
  public static Generator<Obligation> obligations() {
    return random ->
        obligation(random, "obligation-" + random.nextInt(1000), References.standalone());
  }

  /** Returns a generator of compliance events. */
  public static Generator<ComplianceEvent> events() {
    return random ->
        event(
            random,
            "event-" + random.nextInt(1000),
            pick(random, References.standalone().triggers()),
            References.standalone());
  }

  /** Returns a generator of completion records of {@code obligation-1}. */
  public static Generator<CompletionRecord> completions() {
    return random -> completion(random, "obligation-1", References.standalone());
  }

  /** Returns a generator of service targets, each with one to three targets. */
  public static Generator<ServiceTargets> serviceTargets() {
    return RecordGenerators::serviceTargets;
  }

  /**
   * Returns a generator of outages and maintenance intervals of {@code system-1} in 2025, some
   * across a month boundary.
   */
  public static Generator<OutageRecord> outages() {
    return random ->
        pick(
            random,
            RecordGenerators.outages(
                random, "system-1", RecordGenerators.RECORDS_START, 1 + random.nextInt(12)));
  }

  /**
   * Returns a generator of incidents of {@code system-1} in 2025: resolved, open, unacknowledged.
   */
  public static Generator<IncidentRecord> incidents() {
    return random ->
        pick(
            random,
            RecordGenerators.incidents(
                random, "system-1", RecordGenerators.RECORDS_START, 1 + random.nextInt(12)));
  }

  /** Returns a generator of monthly request counts of {@code system-1}, some above 2^31. */
  public static Generator<ServiceCount> serviceCounts() {
    return random ->
        RecordGenerators.serviceCount(
            random,
            "system-1",
            ReportingPeriod.month(RecordGenerators.RECORDS_START.plusMonths(random.nextInt(24))));
  }

  /**
   * Returns a generator of monthly cost reports of a budgeted project, in its budget's currency.
   */
  public static Generator<CostReport> costReports() {
    return random ->
        pick(random, RecordGenerators.costReports(random, projects().generate(random), 36));
  }

  /**
   * Returns a generator of a budgeted project's monthly cost reports, in its budget's currency, in
   * month order, the first month always reported and some later months missing.
   */
  public static Generator<List<CostReport>> costReportHistories() {
    return random -> RecordGenerators.costReports(random, projects().generate(random), 36, true);
  }

  /** Returns a generator of loss scenarios of a risk, with valid Open FAIR specs. */
  public static Generator<RiskScenario> lossScenarios() {
    return random -> {
      Risk risk = risks().generate(random);
      return RecordGenerators.lossScenario(random, risk.id() + "/scenario-1", risk);
    };
  }

  /** Returns a generator of mitigation actions of a risk, of every status. */
  public static Generator<MitigationAction> mitigationActions() {
    return random -> {
      Risk risk = risks().generate(random);
      return RecordGenerators.mitigationAction(
          random,
          risk.id() + "/action-1",
          risk,
          ActionStatus.values()[random.nextInt(ActionStatus.values().length)],
          References.standalone().people());
    };
  }

  /**
   * Returns a generator of KPIs derived from a source of either subject, for {@code system-1},
   * {@code project-1} or {@code program-1}.
   */
  public static Generator<KpiDefinition> derivedKpis() {
    return random -> {
      KpiSource source = KpiSource.values()[random.nextInt(KpiSource.values().length)];
      boolean program = random.nextBoolean();
      String subject =
          source.subject() == KpiSource.Subject.SYSTEM
              ? "system-1"
              : program ? "program-1" : "project-1";
      return RecordGenerators.derivedKpi(
          random, "kpi-" + random.nextInt(1000), source, subject, program);
    };
  }

  // ---- parts with resolvable references, shared with GovernanceModelGenerator ----

  static List<Role> roleCatalogue() {
    List<Role> roles = new ArrayList<>();
    for (WellKnownRole r : WellKnownRole.values()) {
      roles.add(r.role());
    }
    roles.add(Role.of("dpo", "Data protection officer"));
    roles.add(Role.of("change-board", "Change advisory board"));
    return roles;
  }

  static List<Regulation> regulationCatalogue() {
    return List.of(
        Regulation.GDPR,
        Regulation.HIPAA,
        Regulation.SOX,
        Regulation.PCI_DSS,
        Regulation.NIS2,
        Regulation.DORA,
        Regulation.CCPA,
        Regulation.NYDFS,
        Regulation.ISO_27001,
        Regulation.COBIT);
  }

  static Person person(RandomGenerator random, String id, References refs) {
    String name = pick(random, FIRST_NAMES) + " " + pick(random, LAST_NAMES);
    Person.Builder p = Person.builder().id(id).name(name);
    if (random.nextBoolean()) {
      p.email(id + "@example.org");
    }
    if (!refs.units().isEmpty() && random.nextBoolean()) {
      p.unit(pick(random, refs.units()));
    }
    return p.build();
  }

  static RoleAssignment roleAssignment(RandomGenerator random, String role, References refs) {
    return RoleAssignment.of(role, sample(random, refs.people(), 1 + random.nextInt(2)));
  }

  static Program program(
      RandomGenerator random, String id, List<String> projects, References refs) {
    LocalDate start = EPOCH.plusDays(random.nextInt(365));
    return Program.builder()
        .id(id)
        .name("Program " + id)
        .goal("Grow omni-channel sales")
        .addAllProjects(projects)
        .budget(Money.parse(Long.toString(1_000_000L * (1 + random.nextInt(50))), "EUR"))
        .baselineStart(start)
        .baselineFinish(start.plusMonths(12L + random.nextInt(25)))
        .programManager(pick(random, refs.people()))
        .build();
  }

  static Project project(
      RandomGenerator random,
      String id,
      String program,
      LocalDate from,
      LocalDate to,
      References refs) {
    long span = Math.max(1, to.toEpochDay() - from.toEpochDay());
    LocalDate start = from.plusDays(random.nextLong(span));
    LocalDate finish =
        start.plusDays(random.nextLong(Math.max(1, to.toEpochDay() - start.toEpochDay() + 1)));
    return Project.builder()
        .id(id)
        .name("Project " + id)
        .program(program)
        .owner(pick(random, refs.people()))
        .manager(pick(random, refs.people()))
        .budget(Money.parse(Long.toString(100_000L * (1 + random.nextInt(100))), "EUR"))
        .start(start)
        .finish(finish)
        .build();
  }

  static InformationSystem system(RandomGenerator random, String id, References refs) {
    return InformationSystem.builder()
        .id(id)
        .name("System " + id)
        .owner(pick(random, refs.people()))
        .criticality(Criticality.values()[random.nextInt(Criticality.values().length)])
        .addAllRegulations(
            sample(
                random,
                refs.regulations(),
                random.nextInt(Math.min(3, refs.regulations().size()) + 1)))
        .build();
  }

  static Deliverable deliverable(RandomGenerator random, String id, String project) {
    return Deliverable.builder()
        .id(id)
        .name("Deliverable " + id)
        .project(project)
        .critical(random.nextInt(4) == 0)
        .major(random.nextBoolean())
        .build();
  }

  static RaciMatrix raciMatrix(
      RandomGenerator random, String id, List<String> rows, List<String> roles) {
    List<String> columns = sample(random, roles, Math.min(roles.size(), 2 + random.nextInt(4)));
    RaciMatrix.Builder m = RaciMatrix.builder().id(id).name("Matrix " + id).addAllRoles(columns);
    for (String row : rows) {
      m.addActivities(
          RaciActivity.builder()
              .id(row)
              .name("Activity " + row)
              .critical(random.nextInt(5) == 0)
              .build());
      List<String> order = sample(random, columns, columns.size());
      for (int c = 0; c < order.size(); c++) {
        String letters =
            c == 0
                ? (columns.size() == 1 || random.nextBoolean() ? "A/R" : "A")
                : c == 1 ? "R" : pick(random, List.of("C", "I", "R"));
        m.addAssignments(RaciAssignment.of(row, order.get(c), letters));
      }
    }
    return m.build();
  }

  static OrderedScale scale(RandomGenerator random, String name) {
    int levels = 3 + random.nextInt(5);
    List<ScaleLevel> list = new ArrayList<>();
    for (int i = 1; i <= levels; i++) {
      list.add(ScaleLevel.of(i, "Level " + i));
    }
    return OrderedScale.of(name, list);
  }

  static RiskAssessment assessment(
      RandomGenerator random,
      AssessmentStage stage,
      int likelihoods,
      int impacts,
      References refs) {
    return RiskAssessment.builder()
        .stage(stage)
        .likelihood(1 + random.nextInt(likelihoods))
        .impact(1 + random.nextInt(impacts))
        .assessedOn(EPOCH.plusDays(random.nextInt(1000)))
        .assessor(pick(random, refs.people()))
        .build();
  }

  static Control control(RandomGenerator random, String id, References refs) {
    return Control.builder()
        .id(id)
        .name("Control " + id)
        .effectiveness(random.nextInt(101) / 100.0)
        .owner(pick(random, refs.people()))
        .evidenceDate(EPOCH.plusDays(random.nextInt(1000)))
        .build();
  }

  static Acceptance acceptance(RandomGenerator random, LocalDate on, References refs) {
    return Acceptance.of(pick(random, refs.people()), on, on.plusDays(30L + random.nextInt(700)));
  }

  static Risk risk(
      RandomGenerator random,
      String id,
      OrderedScale likelihood,
      OrderedScale impact,
      References refs) {
    LocalDate identified = EPOCH.plusDays(random.nextInt(700));
    ScaleLevel l = pick(random, likelihood.levels());
    ScaleLevel i = pick(random, impact.levels());
    Risk.Builder r =
        Risk.builder()
            .id(id)
            .title("Risk " + id)
            .category(pick(random, CATEGORIES))
            .programOwner(pick(random, refs.people()))
            .systemOwner(pick(random, refs.people()))
            .addAllSystems(
                sample(
                    random, refs.systems(), 1 + random.nextInt(Math.min(2, refs.systems().size()))))
            .addAllProjects(
                sample(
                    random,
                    refs.projects(),
                    random.nextInt(Math.min(2, refs.projects().size()) + 1)))
            .addAllControls(
                sample(
                    random,
                    refs.controls(),
                    random.nextInt(Math.min(3, refs.controls().size()) + 1)))
            .identifiedOn(identified)
            .addAssessments(
                RiskAssessment.builder()
                    .stage(AssessmentStage.INHERENT)
                    .likelihood(l.value())
                    .impact(i.value())
                    .assessedOn(identified)
                    .build());
    if (random.nextBoolean()) {
      r.addAssessments(
          RiskAssessment.builder()
              .stage(AssessmentStage.RESIDUAL)
              .likelihood(
                  likelihood.levels().get(random.nextInt(likelihood.rank(l.value()) + 1)).value())
              .impact(i.value())
              .assessedOn(identified.plusDays(30))
              .assessor(pick(random, refs.people()))
              .build());
    }
    Treatment treatment = Treatment.values()[random.nextInt(Treatment.values().length)];
    r.treatment(treatment);
    if (treatment == Treatment.ACCEPT) {
      r.acceptance(acceptance(random, identified.plusDays(14), refs));
    }
    if (random.nextBoolean()) {
      r.lastReviewed(identified.plusDays(random.nextInt(365)));
    }
    return r.build();
  }

  static KpiDefinition kpi(RandomGenerator random, String id, References refs) {
    Direction direction = Direction.values()[random.nextInt(Direction.values().length)];
    KpiDefinition.Builder k =
        KpiDefinition.builder()
            .id(id)
            .name("KPI " + id)
            .unit(pick(random, List.of("%", "min", "EUR", "count")))
            .direction(direction)
            .minimum(0.0)
            .maximum(100.0)
            .weight(0.5 + random.nextInt(4) / 2.0)
            .perspective(pick(random, refs.perspectives()))
            .aggregation(Aggregation.values()[random.nextInt(Aggregation.values().length)])
            .updateFrequency(
                UpdateFrequency.values()[random.nextInt(UpdateFrequency.values().length)]);
    double target = 20 + random.nextInt(61);
    k.target(target).baseline((double) random.nextInt(101));
    switch (direction) {
      case HIGHER_IS_BETTER:
        k.thresholds(StatusThresholds.of(target, target - 10));
        break;
      case LOWER_IS_BETTER:
        k.thresholds(StatusThresholds.of(target, target + 10));
        break;
      default:
        k.tolerance(5.0).thresholds(StatusThresholds.of(5, 10));
        break;
    }
    return k.build();
  }

  static Observation observation(
      RandomGenerator random, KpiDefinition kpi, ReportingPeriod period) {
    return Observation.builder()
        .kpi(kpi.id())
        .period(period)
        .value(kpi.minimum().orElse(0.0) + random.nextInt(101))
        .weight(1.0 + random.nextInt(5))
        .build();
  }

  static Scorecard scorecard(RandomGenerator random, String id, List<KpiDefinition> kpis) {
    List<String> perspectives =
        kpis.stream().map(KpiDefinition::perspective).distinct().collect(toImmutableList());
    Scorecard.Builder s = Scorecard.builder().id(id).name("Scorecard " + id);
    for (String perspective : perspectives) {
      ScorecardNode.Builder p =
          ScorecardNode.builder()
              .id(id + "/" + perspective)
              .name(perspective)
              .kind(NodeKind.PERSPECTIVE)
              .weight(1 + random.nextInt(3));
      kpis.stream()
          .filter(k -> k.perspective().equals(perspective))
          .forEach(
              k -> p.addChildren(ScorecardNode.kpiLeaf(k.id(), k.name(), 1 + random.nextInt(3))));
      s.addChildren(p.build());
    }
    return s.build();
  }

  static Obligation obligation(RandomGenerator random, String id, References refs) {
    Obligation.Builder o =
        Obligation.builder()
            .id(id)
            .title("Obligation " + id)
            .regulation(pick(random, refs.regulations()))
            .citation("Art. " + (1 + random.nextInt(99)))
            .ownerRole(pick(random, refs.roles()))
            .leadTime(Period.ofDays(random.nextInt(15)));
    if (random.nextBoolean()) {
      return o.recurrence(pick(random, RECURRENCES)).build();
    }
    return o.trigger(pick(random, refs.triggers()))
        .timeLimit(
            random.nextBoolean()
                ? TimeLimit.of(72, TimeLimitUnit.HOURS)
                : TimeLimit.of(4, TimeLimitUnit.BUSINESS_DAYS))
        .build();
  }

  static ComplianceEvent event(RandomGenerator random, String id, String kind, References refs) {
    Instant occurred =
        EPOCH
            .plusDays(random.nextInt(1000))
            .atStartOfDay(ZoneId.of("UTC"))
            .toInstant()
            .plusSeconds(random.nextInt(86_400));
    return ComplianceEvent.builder()
        .id(id)
        .kind(kind)
        .occurredAt(occurred)
        .becameAwareAt(occurred.plus(Duration.ofMinutes(random.nextInt(10_000))))
        .zone(pick(random, ZONES))
        .addAllSystems(
            sample(random, refs.systems(), random.nextInt(Math.min(2, refs.systems().size()) + 1)))
        .build();
  }

  static CompletionRecord completion(RandomGenerator random, String obligation, References refs) {
    LocalDate due = EPOCH.plusDays(random.nextInt(1000));
    return CompletionRecord.builder()
        .obligation(obligation)
        .due(due)
        .completedAt(
            due.atStartOfDay(ZoneId.of("UTC")).toInstant().minusSeconds(random.nextInt(5 * 86_400)))
        .completedBy(pick(random, refs.people()))
        .evidence("TICKET-" + random.nextInt(10_000))
        .build();
  }

  static <T> T pick(RandomGenerator random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /**
   * Returns up to {@code count} distinct values of {@code options}, each drawn from those left, so
   * that lower choices give the first options (unlike {@link #sample}, which shuffles and so
   * shrinks poorly).
   */
  static <T> List<T> distinct(RandomGenerator random, List<T> options, int count) {
    List<T> left = new ArrayList<>(options);
    List<T> picked = new ArrayList<>();
    for (int i = 0; i < count && !left.isEmpty(); i++) {
      picked.add(left.remove(random.nextInt(left.size())));
    }
    return picked;
  }

  static <T> ImmutableList<T> sample(RandomGenerator random, List<T> values, int count) {
    List<T> copy = new ArrayList<>(values);
    for (int i = copy.size() - 1; i > 0; i--) {
      Collections.swap(copy, i, random.nextInt(i + 1));
    }
    return ImmutableList.copyOf(copy.subList(0, Math.min(count, copy.size())));
  }
}
