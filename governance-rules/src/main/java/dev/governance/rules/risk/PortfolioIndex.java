package dev.governance.rules.risk;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.portfolio.InformationSystem;
import dev.governance.core.portfolio.Program;
import dev.governance.core.portfolio.Project;
import dev.governance.core.risk.MitigationAction;
import java.util.Map;
import java.util.function.Function;

/**
 * The model's systems, projects and programs by id, and the mitigation actions by risk, built once
 * per review so that each risk's owner checks look its references up instead of scanning the
 * portfolio (a review of n risks over m projects is then linear, not n x m).
 */
record PortfolioIndex(
    Map<String, InformationSystem> systems,
    Map<String, Project> projects,
    Map<String, Program> programs,
    ImmutableListMultimap<String, MitigationAction> actions) {

  static PortfolioIndex of(GovernanceModel model) {
    return new PortfolioIndex(
        model.systems().stream()
            .collect(ImmutableMap.toImmutableMap(InformationSystem::id, Function.identity())),
        model.projects().stream()
            .collect(ImmutableMap.toImmutableMap(Project::id, Function.identity())),
        model.programs().stream()
            .collect(ImmutableMap.toImmutableMap(Program::id, Function.identity())),
        model.mitigationActions().stream()
            .collect(
                ImmutableListMultimap.toImmutableListMultimap(
                    MitigationAction::risk, Function.identity())));
  }
}
