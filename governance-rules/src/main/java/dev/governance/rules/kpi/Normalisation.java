package dev.governance.rules.kpi;

import dev.governance.rules.Explanation;

/**
 * Turns a KPI's raw value into a score on a common scale, so that availability in percent and
 * resolution time in minutes can be weighed together: 0 is the worst, 1 is on target (100 %).
 * Implementations state their published source; each score explains itself.
 */
public interface Normalisation {

  /**
   * Scores {@code value}.
   *
   * @param value the raw value, in the KPI's unit; finite
   * @return the score, 1 meaning on target, with its formula
   * @throws dev.governance.core.GovernanceValidationException if the value is not finite
   */
  Explanation score(double value);
}
