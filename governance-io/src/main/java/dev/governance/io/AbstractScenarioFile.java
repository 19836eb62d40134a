package dev.governance.io;

import static dev.governance.core.ArgChecker.check;

import com.google.common.collect.ImmutableList;
import dev.governance.rules.risk.quant.LossScenario;
import java.util.HashMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A scenarios file, the portfolio of loss scenarios {@code governance simulate} runs without a
 * model: {@code {"scenarios": [{"id": "outage", "frequency": "poisson:2", "magnitude":
 * "lognormal90:10000,200000"}]}}. Read by {@link ScenarioJson} as strictly as a model.
 */
@Value.Immutable
abstract class AbstractScenarioFile {

  /** Returns the scenarios, at least one, no two with the same id. */
  public abstract ImmutableList<ScenarioSpec> scenarios();

  /** Returns the scenarios to simulate, in the file's order. */
  public ImmutableList<LossScenario> lossScenarios() {
    return scenarios().stream()
        .map(ScenarioSpec::lossScenario)
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  protected void validate() {
    check(!scenarios().isEmpty(), "scenarios", "none", "at least one scenario");
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < scenarios().size(); i++) {
      String id = scenarios().get(i).id();
      Integer earlier = first.putIfAbsent(id, i);
      check(
          earlier == null,
          "scenarios[" + i + "].id",
          id,
          "an id not already used by scenarios[" + earlier + "]");
    }
  }
}
