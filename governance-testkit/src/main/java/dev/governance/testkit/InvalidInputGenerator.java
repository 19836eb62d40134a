package dev.governance.testkit;

import static com.google.common.collect.ImmutableList.toImmutableList;
import static dev.governance.testkit.DomainGenerators.pick;

import com.google.common.collect.ImmutableList;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.kpi.Observation;
import dev.governance.core.kpi.ScorecardNode;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.money.Money;
import dev.governance.core.party.OrganisationalUnit;
import dev.governance.core.party.Person;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.portfolio.CostReport;
import dev.governance.core.portfolio.InformationSystem;
import dev.governance.core.raci.RaciAssignment;
import dev.governance.core.raci.RaciCell;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.core.risk.Acceptance;
import dev.governance.core.risk.Control;
import dev.governance.core.risk.MitigationAction;
import dev.governance.core.risk.Risk;
import dev.governance.core.risk.RiskScenario;
import dev.governance.core.service.IncidentRecord;
import dev.governance.core.service.OutageRecord;
import dev.governance.core.service.ServiceCount;
import dev.governance.core.service.ServiceTargets;
import dev.governance.core.time.ReportingPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * Generates inputs with one deliberate {@link Defect} each. Model defects are injected at a random
 * element of a {@link GovernanceModelGenerator#small()} model; value defects into a single value,
 * for the model's records into one of the model's records (an outage, an incident, a cost report),
 * the path then being the record's field.
 */
public final class InvalidInputGenerator implements Generator<InvalidInput> {

  private static final String GHOST = "ghost";

  /** Frequencies that do not read: a bad number, kind or count, or a magnitude's kind. */
  private static final List<String> BAD_FREQUENCIES =
      List.of(
          "poisson:-1",
          "probability:1.5",
          "probability:NaN",
          "poisson",
          "poisson:often",
          "poisson:1,2",
          "gamma:2",
          "lognormal90:1000,20000");

  /** Magnitudes that do not read: parameters out of order, a bad count, or a frequency's kind. */
  private static final List<String> BAD_MAGNITUDES =
      List.of(
          "lognormal90:20000,1000",
          "lognormal90:0,1000",
          "lognormal90:1000,Infinity",
          "pert:3000,1000,2000",
          "pert:5000,5000,5000",
          "pert:1000,2000",
          "uniform:1,2",
          "poisson:2",
          "");

  private final ImmutableList<Defect> defects;
  private final GovernanceModelGenerator models = GovernanceModelGenerator.small();

  private InvalidInputGenerator(ImmutableList<Defect> defects) {
    this.defects = defects;
  }

  /**
   * Returns a generator of inputs with {@code defect}.
   *
   * @param defect the defect to inject
   * @return the generator
   */
  public static InvalidInputGenerator of(Defect defect) {
    return new InvalidInputGenerator(ImmutableList.of(defect));
  }

  /** Returns a generator of inputs with a defect chosen at random among all of them. */
  public static InvalidInputGenerator any() {
    return new InvalidInputGenerator(ImmutableList.copyOf(Defect.values()));
  }

  @Override
  public InvalidInput generate(RandomGenerator random) {
    Defect defect = pick(random, defects);
    GovernanceModel model = models.generate(random);
    switch (defect) {
      case DUPLICATE_PERSON_ID:
        {
          int i = 1 + random.nextInt(model.people().size() - 1);
          String taken = model.people().get(random.nextInt(i)).id();
          return inModel(
              defect,
              "people[" + i + "].id",
              () -> model.withPeople(replace(model.people(), i, p -> p.withId(taken))));
        }
      case UNKNOWN_RISK_PROGRAM_OWNER:
        {
          int i = random.nextInt(model.risks().size());
          return inModel(
              defect,
              "risks[" + i + "].programOwner",
              () -> model.withRisks(replace(model.risks(), i, r -> r.withProgramOwner(GHOST))));
        }
      case UNKNOWN_RISK_SYSTEM_OWNER:
        {
          int i = random.nextInt(model.risks().size());
          return inModel(
              defect,
              "risks[" + i + "].systemOwner",
              () -> model.withRisks(replace(model.risks(), i, r -> r.withSystemOwner(GHOST))));
        }
      case ASSESSMENT_LEVEL_OFF_SCALE:
        {
          int i = random.nextInt(model.risks().size());
          int offScale = model.likelihoodScale().highest().value() + 1 + random.nextInt(5);
          UnaryOperator<Risk> broken =
              r -> r.withAssessments(replace(r.assessments(), 0, a -> a.withLikelihood(offScale)));
          return inModel(
              defect,
              "risks[" + i + "].assessments[0].likelihood",
              () -> model.withRisks(replace(model.risks(), i, broken)));
        }
      case UNKNOWN_RACI_ROLE:
        {
          int i = random.nextInt(model.raciMatrices().size());
          RaciMatrix m = model.raciMatrices().get(i);
          int j = random.nextInt(m.roles().size());
          return inModel(
              defect,
              "raciMatrices[" + i + "].roles[" + j + "]",
              () ->
                  model.withRaciMatrices(replace(model.raciMatrices(), i, x -> renameRole(x, j))));
        }
      case UNKNOWN_OBSERVATION_KPI:
        {
          int i = random.nextInt(model.observations().size());
          return inModel(
              defect,
              "observations[" + i + "].kpi",
              () ->
                  model.withObservations(replace(model.observations(), i, o -> o.withKpi(GHOST))));
        }
      case UNKNOWN_SCORECARD_KPI:
        {
          int j = random.nextInt(model.scorecards().get(0).children().size());
          UnaryOperator<ScorecardNode> leaf =
              n -> n.withChildren(replace(n.children(), 0, k -> k.withKpi(GHOST)));
          return inModel(
              defect,
              "scorecards[0].children[" + j + "].children[0].kpi",
              () ->
                  model.withScorecards(
                      replace(
                          model.scorecards(),
                          0,
                          s -> s.withChildren(replace(s.children(), j, leaf)))));
        }
      case UNKNOWN_OBLIGATION_REGULATION:
        {
          int i = random.nextInt(model.obligations().size());
          return inModel(
              defect,
              "obligations[" + i + "].regulation",
              () ->
                  model.withObligations(
                      replace(model.obligations(), i, o -> o.withRegulation(GHOST))));
        }
      case UNKNOWN_OBLIGATION_OWNER_ROLE:
        {
          int i = random.nextInt(model.obligations().size());
          return inModel(
              defect,
              "obligations[" + i + "].ownerRole",
              () ->
                  model.withObligations(
                      replace(model.obligations(), i, o -> o.withOwnerRole(GHOST))));
        }
      case UNKNOWN_PROGRAM_PROJECT:
        {
          int i = random.nextInt(model.programs().size());
          int j = model.programs().get(i).projects().size();
          return inModel(
              defect,
              "programs[" + i + "].projects[" + j + "]",
              () ->
                  model.withPrograms(
                      replace(
                          model.programs(),
                          i,
                          p ->
                              p.withProjects(
                                  ImmutableList.<String>builder()
                                      .addAll(p.projects())
                                      .add(GHOST)
                                      .build()))));
        }
      case UNKNOWN_SYSTEM_OWNER:
        {
          int i = random.nextInt(model.systems().size());
          UnaryOperator<InformationSystem> broken = s -> s.withOwner(GHOST);
          return inModel(
              defect,
              "systems[" + i + "].owner",
              () -> model.withSystems(replace(model.systems(), i, broken)));
        }
      case DUPLICATE_ROLE_ASSIGNMENT:
        {
          RoleAssignment again = pick(random, model.roleAssignments());
          int i = model.roleAssignments().size();
          return inModel(
              defect,
              "roleAssignments[" + i + "].role",
              () ->
                  model.withRoleAssignments(
                      ImmutableList.<RoleAssignment>builder()
                          .addAll(model.roleAssignments())
                          .add(again)
                          .build()));
        }
      case UNIT_PARENT_CYCLE:
        {
          // the root unit comes first; making one of its descendants its parent closes a loop
          List<String> children =
              model.units().stream()
                  .filter(u -> u.parent().isPresent())
                  .map(OrganisationalUnit::id)
                  .collect(toImmutableList());
          String child = pick(random, children);
          return inModel(
              defect,
              "units[0].parent",
              () -> model.withUnits(replace(model.units(), 0, u -> u.withParent(child))));
        }
      case CONTROL_EFFECTIVENESS_ABOVE_ONE:
        return new InvalidInput(
            defect,
            "effectiveness",
            () ->
                Control.builder()
                    .id("control")
                    .name("Control")
                    .effectiveness(1 + Math.ulp(1.0) + random.nextDouble())
                    .build());
      case KPI_TARGET_ABOVE_MAXIMUM:
        return new InvalidInput(
            defect,
            "target",
            () ->
                DomainGenerators.kpis().generate(random).withTarget(100 + 1 + random.nextInt(100)));
      case ACCEPTANCE_ENDS_BEFORE_START:
        {
          LocalDate on = DomainGenerators.EPOCH.plusDays(random.nextInt(1000));
          return new InvalidInput(
              defect,
              "validUntil",
              () -> Acceptance.of("person-1", on, on.minusDays(1 + random.nextInt(100))));
        }
      case MALFORMED_ID:
        return new InvalidInput(
            defect, "id", () -> Person.of("person " + random.nextInt(100), "Name"));
      case RACI_CELL_NOT_LETTERS:
        return new InvalidInput(defect, "cell", () -> RaciCell.parse("A" + random.nextInt(10)));
      case DUPLICATE_RACI_CELL:
        {
          RaciMatrix m = model.raciMatrices().get(0);
          RaciAssignment again = pick(random, m.assignments());
          return new InvalidInput(
              defect,
              "assignments[" + m.assignments().size() + "]",
              () ->
                  m.withAssignments(
                      ImmutableList.<RaciAssignment>builder()
                          .addAll(m.assignments())
                          .add(again)
                          .build()));
        }
      default:
        return inRecords(defect, model, random);
    }
  }

  /** Returns an input with a defect in the model's records, or in one record of the model. */
  private static InvalidInput inRecords(
      Defect defect, GovernanceModel model, RandomGenerator random) {
    switch (defect) {
      case COST_REPORT_FOREIGN_CURRENCY:
        {
          int i = random.nextInt(model.costReports().size());
          Currency own = model.costReports().get(i).currency();
          List<Currency> others =
              Stream.of("EUR", "USD", "GBP", "JPY", "CHF")
                  .map(Currency::getInstance)
                  .filter(c -> !c.equals(own))
                  .collect(toImmutableList());
          Currency foreign = pick(random, others);
          return inModel(
              defect,
              "costReports[" + i + "].currency",
              () ->
                  model.withCostReports(
                      replace(model.costReports(), i, r -> r.withCurrency(foreign))));
        }
      case DUPLICATE_COST_REPORT_PERIOD:
        {
          CostReport again = pick(random, model.costReports());
          BigDecimal more = again.actualCost().add(BigDecimal.ONE);
          return inModel(
              defect,
              "costReports[" + model.costReports().size() + "].period",
              () -> model.withCostReports(append(model.costReports(), again.withActualCost(more))));
        }
      case COST_REPORT_UNBUDGETED_PROJECT:
        {
          int i = random.nextInt(model.costReports().size());
          String project = model.costReports().get(i).project();
          Optional<Money> budget =
              random.nextBoolean()
                  ? Optional.empty()
                  : Optional.of(Money.of(BigDecimal.ZERO, model.costReports().get(i).currency()));
          return inModel(
              defect,
              "costReports[" + i + "].project",
              () ->
                  model.withProjects(
                      model.projects().stream()
                          .map(p -> p.id().equals(project) ? p.withBudget(budget) : p)
                          .collect(toImmutableList())));
        }
      case COST_REPORT_NEGATIVE_AMOUNT:
        {
          CostReport r = pick(random, model.costReports());
          BigDecimal negative = BigDecimal.valueOf(-1 - random.nextInt(1_000_000), 2);
          switch (random.nextInt(3)) {
            case 0:
              return new InvalidInput(defect, "plannedValue", () -> r.withPlannedValue(negative));
            case 1:
              return new InvalidInput(defect, "earnedValue", () -> r.withEarnedValue(negative));
            default:
              return new InvalidInput(defect, "actualCost", () -> r.withActualCost(negative));
          }
        }
      case SERVICE_TARGET_OUT_OF_RANGE:
        {
          ServiceTargets t =
              model.systems().stream()
                  .flatMap(s -> s.serviceTargets().stream())
                  .findFirst()
                  .orElseThrow();
          switch (random.nextInt(4)) {
            case 0:
              return new InvalidInput(
                  defect, "availability", () -> t.withAvailability(100 + random.nextInt(2)));
            case 1:
              return new InvalidInput(
                  defect, "errorRate", () -> t.withErrorRate(-random.nextInt(2)));
            case 2:
              return new InvalidInput(
                  defect, "mttrMinutes", () -> t.withMttrMinutes(-random.nextInt(60)));
            default:
              return new InvalidInput(
                  defect,
                  "windowDays",
                  () -> t.withWindowDays(random.nextBoolean() ? 0 : 367 + random.nextInt(365)));
          }
        }
      case OUTAGE_ENDS_BEFORE_START:
        {
          OutageRecord o = pick(random, model.outages());
          Instant end = o.start().minusSeconds(random.nextInt(3600));
          return new InvalidInput(defect, "end", () -> o.withEnd(end));
        }
      case UNKNOWN_OUTAGE_SYSTEM:
        {
          int i = random.nextInt(model.outages().size());
          return inModel(
              defect,
              "outages[" + i + "].system",
              () -> model.withOutages(replace(model.outages(), i, o -> o.withSystem(GHOST))));
        }
      case INCIDENT_ACKNOWLEDGED_AFTER_RESOLVED:
        {
          IncidentRecord incident =
              pick(
                  random,
                  model.incidents().stream()
                      .filter(x -> x.resolved().isPresent())
                      .collect(toImmutableList()));
          Instant late = incident.resolved().orElseThrow().plusSeconds(1 + random.nextInt(3600));
          return new InvalidInput(defect, "acknowledged", () -> incident.withAcknowledged(late));
        }
      case INCIDENT_RESOLVED_BEFORE_OPENED:
        {
          IncidentRecord incident = pick(random, model.incidents());
          Instant early = incident.opened().minusSeconds(1 + random.nextInt(3600));
          return new InvalidInput(defect, "resolved", () -> incident.withResolved(early));
        }
      case DUPLICATE_INCIDENT_ID:
        {
          int i = 1 + random.nextInt(model.incidents().size() - 1);
          String taken = model.incidents().get(random.nextInt(i)).id();
          return inModel(
              defect,
              "incidents[" + i + "].id",
              () -> model.withIncidents(replace(model.incidents(), i, x -> x.withId(taken))));
        }
      case SERVICE_COUNT_ERRORS_ABOVE_REQUESTS:
        {
          ServiceCount c = pick(random, model.serviceCounts());
          long errors = c.requests() + 1 + random.nextInt(1000);
          return new InvalidInput(defect, "errors", () -> c.withErrors(errors));
        }
      case DUPLICATE_SERVICE_COUNT_PERIOD:
        {
          ServiceCount again = pick(random, model.serviceCounts());
          return inModel(
              defect,
              "serviceCounts[" + model.serviceCounts().size() + "].period",
              () ->
                  model.withServiceCounts(
                      append(
                          model.serviceCounts(),
                          again.withRequests(again.requests() + 1 + random.nextInt(100)))));
        }
      case BAD_LOSS_SPEC:
        {
          RiskScenario scenario = pick(random, model.lossScenarios());
          if (random.nextBoolean()) {
            String bad = pick(random, BAD_FREQUENCIES);
            return new InvalidInput(defect, "frequency", () -> scenario.withFrequency(bad));
          }
          String bad = pick(random, BAD_MAGNITUDES);
          return new InvalidInput(defect, "magnitude", () -> scenario.withMagnitude(bad));
        }
      case UNKNOWN_LOSS_SCENARIO_RISK:
        {
          int i = random.nextInt(model.lossScenarios().size());
          return inModel(
              defect,
              "lossScenarios[" + i + "].risk",
              () ->
                  model.withLossScenarios(
                      replace(model.lossScenarios(), i, l -> l.withRisk(GHOST))));
        }
      case MITIGATION_CO_OWNER_IS_OWNER:
        {
          MitigationAction a = pick(random, model.mitigationActions());
          return new InvalidInput(defect, "coOwner", () -> a.withCoOwner(a.owner()));
        }
      case MITIGATION_COMPLETION_MISMATCH:
        {
          MitigationAction a = pick(random, model.mitigationActions());
          Optional<LocalDate> wrong =
              a.completedOn().isPresent() ? Optional.empty() : Optional.of(a.due());
          return new InvalidInput(defect, "completedOn", () -> a.withCompletedOn(wrong));
        }
      case UNKNOWN_MITIGATION_CO_OWNER:
        {
          int i = random.nextInt(model.mitigationActions().size());
          return inModel(
              defect,
              "mitigationActions[" + i + "].coOwner",
              () ->
                  model.withMitigationActions(
                      replace(model.mitigationActions(), i, a -> a.withCoOwner(GHOST))));
        }
      case DERIVED_KPI_WRONG_SUBJECT:
        {
          // a system source given a project too, or a cost source given a system too
          KpiDefinition kpi = pick(random, derived(model));
          if (kpi.system().isPresent()) {
            String project = pick(random, model.projects()).id();
            return new InvalidInput(defect, "system", () -> kpi.withProject(project));
          }
          String system = pick(random, model.systems()).id();
          return new InvalidInput(defect, "system", () -> kpi.withSystem(system));
        }
      case UNKNOWN_DERIVED_KPI_SUBJECT:
        {
          KpiDefinition kpi = pick(random, derived(model));
          int i = model.kpis().indexOf(kpi);
          UnaryOperator<KpiDefinition> ghost;
          String field;
          if (kpi.system().isPresent()) {
            ghost = k -> k.withSystem(GHOST);
            field = "system";
          } else if (kpi.project().isPresent()) {
            ghost = k -> k.withProject(GHOST);
            field = "project";
          } else {
            ghost = k -> k.withProgram(GHOST);
            field = "program";
          }
          return inModel(
              defect,
              "kpis[" + i + "]." + field,
              () -> model.withKpis(replace(model.kpis(), i, ghost)));
        }
      case OBSERVED_DERIVED_KPI:
        {
          KpiDefinition kpi = pick(random, derived(model));
          Observation observation =
              Observation.builder()
                  .kpi(kpi.id())
                  .period(
                      ReportingPeriod.month(
                          RecordGenerators.RECORDS_START.plusMonths(random.nextInt(12))))
                  .value(random.nextInt(101))
                  .build();
          return inModel(
              defect,
              "observations[" + model.observations().size() + "].kpi",
              () -> model.withObservations(append(model.observations(), observation)));
        }
      default:
        throw new AssertionError(defect);
    }
  }

  private static List<KpiDefinition> derived(GovernanceModel model) {
    return model.kpis().stream().filter(k -> k.source().isPresent()).collect(toImmutableList());
  }

  private static <T> ImmutableList<T> append(List<T> items, T item) {
    return ImmutableList.<T>builder().addAll(items).add(item).build();
  }

  private static InvalidInput inModel(
      Defect defect, String path, Supplier<GovernanceModel> attempt) {
    return new InvalidInput(defect, path, attempt);
  }

  private static RaciMatrix renameRole(RaciMatrix m, int column) {
    String old = m.roles().get(column);
    return RaciMatrix.builder()
        .id(m.id())
        .name(m.name())
        .scheme(m.scheme())
        .addAllActivities(m.activities())
        .addAllRoles(replace(m.roles(), column, r -> GHOST))
        .addAllAssignments(
            m.assignments().stream()
                .map(
                    a ->
                        a.role().equals(old) ? RaciAssignment.of(a.activity(), GHOST, a.cell()) : a)
                .collect(toImmutableList()))
        .build();
  }

  private static <T> ImmutableList<T> replace(List<T> items, int index, UnaryOperator<T> change) {
    List<T> copy = new ArrayList<>(items);
    copy.set(index, change.apply(copy.get(index)));
    return ImmutableList.copyOf(copy);
  }
}
