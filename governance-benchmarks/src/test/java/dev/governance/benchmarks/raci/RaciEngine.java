package dev.governance.benchmarks.raci;

import dev.governance.core.party.RoleAssignment;
import dev.governance.core.raci.RaciMatrix;
import java.util.List;
import java.util.Set;

/** One implementation of the RACI rules under benchmark: the library's, or a peer's. */
interface RaciEngine {

  /**
   * Validates a matrix with its role holders under the standard policy.
   *
   * @return each finding as {@code code|activity|role|person}, ids empty where the finding has none
   */
  Set<String> findings(RaciMatrix matrix, List<RoleAssignment> holders);
}
