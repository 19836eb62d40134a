package dev.governance.core.kpi;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.finite;
import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notBlank;
import static dev.governance.core.ArgChecker.notNegative;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The definition of a key performance indicator: what it measures, in which unit, which way is
 * better, where it started (baseline), where it should be (target), its bounds, its status
 * thresholds, its weight and perspective, and how and how often it is observed.
 *
 * <p>For example, a system's availability derived from its outage records rather than observed:
 *
 * <pre>{@code
 * KpiDefinition availability =
 *     KpiDefinition.builder()
 *         .id("availability")
 *         .name("Web shop availability")
 *         .unit("%")
 *         .direction(Direction.HIGHER_IS_BETTER)
 *         .baseline(99.5) // scored 0 at the baseline, 1 at the target
 *         .target(99.9)
 *         .perspective("internal-process")
 *         .aggregation(Aggregation.LAST)
 *         .updateFrequency(UpdateFrequency.MONTHLY)
 *         .source(KpiSource.AVAILABILITY) // derived from the system's outage records
 *         .system("shop")
 *         .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractKpiDefinition {

  /** Returns the KPI's id, unique in a model. */
  public abstract String id();

  /** Returns the KPI's name. */
  public abstract String name();

  /** Returns the unit of its values, such as {@code %}, {@code min} or {@code EUR}. */
  public abstract String unit();

  /** Returns which way the KPI gets better. */
  public abstract Direction direction();

  /**
   * Returns the value at the start, if known; within the bounds, and other than the target unless
   * the KPI is a {@link Direction#TARGET_RANGE} or has both a minimum and a maximum (a KPI without
   * them is scored by its progress from the baseline to the target).
   */
  public abstract Optional<Double> baseline();

  /** Returns the value aimed for; within the bounds. */
  public abstract double target();

  /**
   * Returns, for a {@link Direction#TARGET_RANGE} KPI only, how far from the target a value may be
   * and still be on target; positive.
   */
  public abstract Optional<Double> tolerance();

  /** Returns the lowest possible value, if bounded below. */
  public abstract Optional<Double> minimum();

  /** Returns the highest possible value, if bounded above; above the minimum. */
  public abstract Optional<Double> maximum();

  /** Returns the red/amber/green boundaries, if set; ordered to fit the direction. */
  public abstract Optional<StatusThresholds> thresholds();

  /** Returns the KPI's weight in its perspective; not negative, 1 by default. */
  @Value.Default
  public double weight() {
    return 1.0;
  }

  /** Returns the id of the perspective the KPI belongs to. */
  public abstract String perspective();

  /** Returns how observations within a period combine into the period's value. */
  public abstract Aggregation aggregation();

  /** Returns how often a new observation is expected. */
  public abstract UpdateFrequency updateFrequency();

  /**
   * Returns the figure the KPI is derived from, if it is computed from the model's records rather
   * than observed; a derived KPI names the {@link #system()}, {@link #project()} or {@link
   * #program()} it is computed for.
   */
  public abstract Optional<KpiSource> source();

  /** Returns the id of the system a system-derived KPI is computed for. */
  public abstract Optional<String> system();

  /** Returns the id of the project a cost-derived KPI is computed for. */
  public abstract Optional<String> project();

  /** Returns the id of the program a cost-derived KPI is computed for, over its projects. */
  public abstract Optional<String> program();

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(name(), "name");
    notBlank(unit(), "unit");
    finite(target(), "target");
    notNegative(weight(), "weight");
    identifier(perspective(), "perspective");
    minimum().ifPresent(v -> finite(v, "minimum"));
    maximum().ifPresent(v -> finite(v, "maximum"));
    baseline().ifPresent(v -> finite(v, "baseline"));
    if (minimum().isPresent() && maximum().isPresent()) {
      check(
          maximum().get() > minimum().get(),
          "maximum",
          maximum().get(),
          "a value above the minimum " + minimum().get());
    }
    withinBounds(target(), "target");
    baseline().ifPresent(v -> withinBounds(v, "baseline"));
    if (direction() != Direction.TARGET_RANGE
        && (minimum().isEmpty() || maximum().isEmpty())
        && baseline().isPresent()) {
      // the score is the progress from baseline to target, (value - baseline) / (target -
      // baseline), which no value has when they are equal
      check(
          baseline().get() != target(),
          "baseline",
          baseline().get(),
          "a value other than the target "
              + target()
              + ": without a minimum and maximum, a KPI is scored by its progress from the"
              + " baseline to the target");
    }
    if (direction() == Direction.TARGET_RANGE) {
      check(
          tolerance().isPresent(), "tolerance", "<missing>", "a tolerance for a TARGET_RANGE KPI");
      check(
          tolerance().get() > 0 && Double.isFinite(tolerance().get()),
          "tolerance",
          tolerance().get(),
          "a finite number > 0");
    } else {
      check(
          tolerance().isEmpty(),
          "tolerance",
          tolerance().orElse(0.0),
          "no tolerance: it applies to TARGET_RANGE KPIs only");
    }
    thresholds().ifPresent(this::checkThresholdOrder);
    checkSource();
  }

  private void checkSource() {
    system().ifPresent(v -> identifier(v, "system"));
    project().ifPresent(v -> identifier(v, "project"));
    program().ifPresent(v -> identifier(v, "program"));
    int subjects =
        (system().isPresent() ? 1 : 0)
            + (project().isPresent() ? 1 : 0)
            + (program().isPresent() ? 1 : 0);
    if (source().isEmpty()) {
      check(
          subjects == 0,
          "source",
          "<missing>",
          "a source for a KPI that names a system, project or program");
    } else if (source().get().subject() == KpiSource.Subject.SYSTEM) {
      check(
          system().isPresent() && subjects == 1,
          "system",
          system().orElse("<missing>"),
          "a system, and no project or program, for source " + source().get().code());
    } else {
      String expected =
          "exactly one of project and program, and no system, for source " + source().get().code();
      system().ifPresent(s -> check(false, "system", s, expected));
      check(subjects == 1, "project", project().or(this::program).orElse("<missing>"), expected);
    }
  }

  private void withinBounds(double value, String field) {
    minimum().ifPresent(min -> check(value >= min, field, value, "a value >= the minimum " + min));
    maximum().ifPresent(max -> check(value <= max, field, value, "a value <= the maximum " + max));
  }

  private void checkThresholdOrder(StatusThresholds t) {
    switch (direction()) {
      case HIGHER_IS_BETTER:
        check(
            t.green() >= t.amber(),
            "thresholds.green",
            t.green(),
            "a value >= amber " + t.amber() + " (higher is better)");
        break;
      case LOWER_IS_BETTER:
        check(
            t.green() <= t.amber(),
            "thresholds.green",
            t.green(),
            "a value <= amber " + t.amber() + " (lower is better)");
        break;
      default:
        check(t.green() >= 0, "thresholds.green", t.green(), "a distance from the target >= 0");
        check(
            t.amber() >= t.green(),
            "thresholds.amber",
            t.amber(),
            "a distance from the target >= green " + t.green());
        break;
    }
  }
}
