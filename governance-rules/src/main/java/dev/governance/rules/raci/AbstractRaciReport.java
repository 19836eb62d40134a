package dev.governance.rules.raci;

import com.google.common.collect.ImmutableList;
import dev.governance.rules.ValidationReport;
import org.immutables.value.Value;

/**
 * What the RACI engine found in one matrix: the findings, each person's load (when role assignments
 * were given) and each role's coverage.
 */
@Value.Immutable
abstract class AbstractRaciReport {

  /** Returns the id of the matrix validated. */
  public abstract String matrix();

  /** Returns the findings, in report order. */
  public abstract ValidationReport findings();

  /**
   * Returns each person's Accountable and Responsible counts, by person id; empty without role
   * assignments.
   */
  public abstract ImmutableList<PersonLoad> personLoads();

  /** Returns each role's coverage, in the matrix's column order. */
  public abstract ImmutableList<RoleCoverage> roleCoverage();

  /** Returns whether the matrix has no finding of severity ERROR. */
  public boolean isValid() {
    return findings().isValid();
  }
}
