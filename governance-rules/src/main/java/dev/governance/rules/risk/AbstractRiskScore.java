package dev.governance.rules.risk;

import dev.governance.rules.Explanation;
import org.immutables.value.Value;

/**
 * What every risk scoring method gives: a value, the level it falls in (with its rank among the
 * method's levels, 0 the lowest), and how it was computed.
 */
@Value.Immutable
abstract class AbstractRiskScore {

  /** Returns the score's value on the method's scale (0 to 10 for formula models, OWASP and DREAD). */
  public abstract double value();

  /** Returns the level, such as {@code High}. */
  public abstract String level();

  /** Returns the level's rank among the method's levels, 0 for the lowest. */
  public abstract int rank();

  /** Returns how the score was computed. */
  public abstract Explanation explanation();
}
