package dev.governance.testkit;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.inRange;
import static dev.governance.core.ArgChecker.notNegative;
import static dev.governance.core.ArgChecker.positive;

import java.util.random.RandomGenerator;
import org.immutables.value.Value;

/**
 * How large a generated model is: how many of each part it has. {@link #small()} suits property
 * tests; {@link #scaled(int)} grows every count in proportion, for benchmarks.
 */
@Value.Immutable
abstract class AbstractModelSize {

  /** Returns the number of people; at least 2, so that every risk can have two owners. */
  @Value.Default
  public int people() {
    return 12;
  }

  /** Returns the number of programs; at least 1. */
  @Value.Default
  public int programs() {
    return 1;
  }

  /** Returns the number of projects in each program; at least 1. */
  @Value.Default
  public int projectsPerProgram() {
    return 3;
  }

  /** Returns the number of information systems; at least 1. */
  @Value.Default
  public int systems() {
    return 3;
  }

  /** Returns the number of deliverables of each project; at least 1. */
  @Value.Default
  public int deliverablesPerProject() {
    return 2;
  }

  /** Returns the number of risks; 0 or more. */
  @Value.Default
  public int risks() {
    return 8;
  }

  /** Returns the number of controls; 0 or more. */
  @Value.Default
  public int controls() {
    return 4;
  }

  /** Returns the number of KPI definitions; at least 1. */
  @Value.Default
  public int kpis() {
    return 6;
  }

  /** Returns the number of monthly observations of each KPI; 0 to 120. */
  @Value.Default
  public int observationsPerKpi() {
    return 6;
  }

  /** Returns the number of obligations; 0 or more. */
  @Value.Default
  public int obligations() {
    return 5;
  }

  /**
   * Returns the number of months of records, 0 to 120: each system's outages, incidents and monthly
   * request counts over that many months from January 2025, and each project's monthly cost reports
   * from its first month, for as many of its months.
   */
  @Value.Default
  public int recordMonths() {
    return 6;
  }

  /**
   * Returns the number of derived KPIs, 0 or more: KPIs computed from a system's service records or
   * a project's or program's cost reports, defined besides the {@link #kpis()} observed ones and
   * never observed.
   */
  @Value.Default
  public int derivedKpis() {
    return 4;
  }

  /**
   * Returns the size used for property tests: a program of three projects, a dozen people, six
   * months of records.
   */
  public static ModelSize small() {
    return ModelSize.builder().build();
  }

  /**
   * Returns the small size with every count multiplied by {@code factor} (observations per KPI
   * capped at 120); the counts per program, per project and the months of records stay as they are,
   * so that the records grow with the systems, projects and risks.
   *
   * @param factor the multiplier; at least 1
   * @return the size
   * @throws dev.governance.core.GovernanceValidationException if {@code factor} is below 1
   */
  public static ModelSize scaled(int factor) {
    positive(factor, "factor");
    ModelSize small = small();
    return ModelSize.builder()
        .people(small.people() * factor)
        .programs(small.programs() * factor)
        .projectsPerProgram(small.projectsPerProgram())
        .systems(small.systems() * factor)
        .deliverablesPerProject(small.deliverablesPerProject())
        .risks(small.risks() * factor)
        .controls(small.controls() * factor)
        .kpis(small.kpis() * factor)
        .observationsPerKpi(Math.min(120, small.observationsPerKpi() * factor))
        .obligations(small.obligations() * factor)
        .recordMonths(small.recordMonths())
        .derivedKpis(small.derivedKpis() * factor)
        .build();
  }

  /**
   * Returns a generator of sizes with every count drawn from its least allowed value ({@link
   * #least()}) to its count in {@code max}, so that a model made from the size shrinks toward fewer
   * people, programs, projects, systems, deliverables, risks, controls, KPIs, observations,
   * obligations and months of records: {@code
   * ModelSize.upTo(max).flatMap(GovernanceModelGenerator::of)} is {@link
   * GovernanceModelGenerator#upTo}.
   *
   * @param max the largest size
   * @return the generator
   */
  public static Generator<ModelSize> upTo(ModelSize max) {
    ModelSize least = least();
    return random ->
        ModelSize.builder()
            .people(count(random, least.people(), max.people()))
            .programs(count(random, least.programs(), max.programs()))
            .projectsPerProgram(count(random, least.projectsPerProgram(), max.projectsPerProgram()))
            .systems(count(random, least.systems(), max.systems()))
            .deliverablesPerProject(
                count(random, least.deliverablesPerProject(), max.deliverablesPerProject()))
            .risks(count(random, least.risks(), max.risks()))
            .controls(count(random, least.controls(), max.controls()))
            .kpis(count(random, least.kpis(), max.kpis()))
            .observationsPerKpi(count(random, least.observationsPerKpi(), max.observationsPerKpi()))
            .obligations(count(random, least.obligations(), max.obligations()))
            .recordMonths(count(random, least.recordMonths(), max.recordMonths()))
            .derivedKpis(count(random, least.derivedKpis(), max.derivedKpis()))
            .build();
  }

  /**
   * Returns a count from {@code least} to {@code most}, both included, shrinking toward {@code
   * least}.
   */
  private static int count(RandomGenerator random, int least, int most) {
    return (int) random.nextLong(least, most + 1L);
  }

  /**
   * Returns the least size allowed: 2 people, 1 program of 1 project with 1 deliverable, 1 system,
   * 1 KPI and none of the rest.
   */
  public static ModelSize least() {
    return ModelSize.builder()
        .people(2)
        .programs(1)
        .projectsPerProgram(1)
        .systems(1)
        .deliverablesPerProject(1)
        .risks(0)
        .controls(0)
        .kpis(1)
        .observationsPerKpi(0)
        .obligations(0)
        .recordMonths(0)
        .derivedKpis(0)
        .build();
  }

  @Value.Check
  protected void validate() {
    check(people() >= 2, "people", people(), "an integer >= 2");
    positive(programs(), "programs");
    positive(projectsPerProgram(), "projectsPerProgram");
    positive(systems(), "systems");
    positive(deliverablesPerProject(), "deliverablesPerProject");
    notNegative(risks(), "risks");
    notNegative(controls(), "controls");
    positive(kpis(), "kpis");
    inRange(observationsPerKpi(), 0, 120, "observationsPerKpi");
    notNegative(obligations(), "obligations");
    inRange(recordMonths(), 0, 120, "recordMonths");
    notNegative(derivedKpis(), "derivedKpis");
  }
}
