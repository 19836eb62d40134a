package dev.governance.testkit;

import static com.google.common.collect.ImmutableList.toImmutableList;
import static dev.governance.testkit.DomainGenerators.pick;

import com.google.common.collect.ImmutableList;
import dev.governance.core.kpi.ScorecardNode;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.party.OrganisationalUnit;
import dev.governance.core.party.Person;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.portfolio.InformationSystem;
import dev.governance.core.raci.RaciAssignment;
import dev.governance.core.raci.RaciCell;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.core.risk.Acceptance;
import dev.governance.core.risk.Control;
import dev.governance.core.risk.Risk;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * Generates inputs with one deliberate {@link Defect} each. Model defects are injected at a random
 * element of a {@link GovernanceModelGenerator#small()} model; value defects into a single value.
 */
public final class InvalidInputGenerator implements Generator<InvalidInput> {

  private static final String GHOST = "ghost";

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
        throw new AssertionError(defect);
    }
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
