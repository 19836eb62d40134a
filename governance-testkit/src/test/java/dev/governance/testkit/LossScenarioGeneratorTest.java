package dev.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.risk.LossSpec;
import dev.governance.core.risk.Risk;
import dev.governance.core.risk.RiskScenario;
import java.util.EnumSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LossScenarioGeneratorTest {

  @Test
  void theSimplestSpecsComeFirst() {
    assertThat(LossScenarioGenerator.frequencies().generate(ChoiceRandom.replaying(new long[0])))
        .isEqualTo("poisson:0");
    assertThat(LossScenarioGenerator.magnitudes().generate(ChoiceRandom.replaying(new long[0])))
        .isEqualTo("lognormal90:1000,2000");
  }

  @Test
  void everyKindOfSpecTurnsUpAndReads() {
    SplittableRandom random = new SplittableRandom(8);
    EnumSet<LossSpec.Kind> kinds = EnumSet.noneOf(LossSpec.Kind.class);
    for (int i = 0; i < 500; i++) {
      kinds.add(
          LossSpec.frequency(LossScenarioGenerator.frequencies().generate(random), "f").kind());
      kinds.add(
          LossSpec.magnitude(LossScenarioGenerator.magnitudes().generate(random), "m").kind());
    }
    assertThat(kinds).isEqualTo(EnumSet.allOf(LossSpec.Kind.class));
  }

  @Test
  void scenariosQuantifyTheirRiskWithItsControls() {
    SplittableRandom random = new SplittableRandom(9);
    for (int i = 0; i < 200; i++) {
      Risk risk = DomainGenerators.risks().generate(random);
      RiskScenario scenario = LossScenarioGenerator.of(risk).generate(random);
      assertThat(scenario.id()).isEqualTo(risk.id() + "/scenario-1");
      assertThat(scenario.risk()).isEqualTo(risk.id());
      assertThat(risk.controls()).containsAll(scenario.controls());
    }
  }
}
