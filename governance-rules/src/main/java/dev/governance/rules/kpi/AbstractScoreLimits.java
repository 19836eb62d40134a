package dev.governance.rules.kpi;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.rules.kpi.Numbers.plain;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * What a normalisation does with scores beyond the scale: never below 0, and above 1 either clamped
 * to 1 (the default: doing better than the target earns no extra credit), capped at a configured
 * maximum (such as 1.2), or left as they are.
 */
@Value.Immutable
abstract class AbstractScoreLimits {

  /** Returns the highest score allowed; empty for no upper limit. */
  @Value.Parameter
  public abstract OptionalDouble maximum();

  /** Returns the limits that clamp scores to [0, 1]. */
  public static ScoreLimits clamped() {
    return ScoreLimits.of(OptionalDouble.of(1));
  }

  /**
   * Returns the limits that cap scores at {@code maximum}.
   *
   * @param maximum the highest score, at least 1
   * @return the limits
   * @throws dev.governance.core.GovernanceValidationException if {@code maximum} is below 1
   */
  public static ScoreLimits cappedAt(double maximum) {
    return ScoreLimits.of(OptionalDouble.of(maximum));
  }

  /** Returns the limits that only keep scores from falling below 0. */
  public static ScoreLimits uncapped() {
    return ScoreLimits.of(OptionalDouble.empty());
  }

  double apply(double score) {
    double floored = Math.max(0, score);
    return maximum().isPresent() ? Math.min(maximum().getAsDouble(), floored) : floored;
  }

  String describe(String raw) {
    return maximum().isPresent()
        ? "min(" + plain(maximum().getAsDouble()) + ", max(0, " + raw + "))"
        : "max(0, " + raw + ")";
  }

  @Value.Check
  protected void validate() {
    maximum()
        .ifPresent(m -> check(m >= 1 && Double.isFinite(m), "maximum", m, "a finite score >= 1"));
  }
}
