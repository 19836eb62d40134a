package dev.governance.benchmarks.raci;

import dev.governance.core.party.RoleAssignment;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.rules.Finding;
import dev.governance.rules.raci.RaciValidator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The library's RACI engine, {@link RaciValidator#standard()}. */
final class GovernanceRaciEngine implements RaciEngine {

  @Override
  public Set<String> findings(RaciMatrix matrix, List<RoleAssignment> holders) {
    return RaciValidator.standard().validate(matrix, holders).findings().findings().stream()
        .map(GovernanceRaciEngine::key)
        .collect(Collectors.toSet());
  }

  static String key(Finding f) {
    return f.code()
        + "|"
        + f.subject().activity().orElse("")
        + "|"
        + f.subject().role().orElse("")
        + "|"
        + f.subject().person().orElse("");
  }
}
