package dev.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.GovernanceModel;
import dev.governance.io.GovernanceJson;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class OmniChannelScenarioTest {

  @Test
  void theCommandsEmbeddedModelIsTheScenarioBuiltInCode() throws Exception {
    try (InputStream embedded =
        getClass().getResourceAsStream("/dev/governance/cli/omni-channel.json")) {
      assertThat(embedded).as("the governance command's embedded model").isNotNull();
      byte[] json = embedded.readAllBytes();
      assertThat(GovernanceJson.load("omni-channel.json", json))
          .isEqualTo(OmniChannelScenario.model());
      assertThat(json)
          .as("regenerate with OmniChannelScenario.main")
          .isEqualTo(GovernanceJson.toBytes(OmniChannelScenario.model()));
    }
  }

  @Test
  void holdsTheCasesFigures() {
    GovernanceModel model = OmniChannelScenario.model();
    assertThat(model.projects()).hasSize(12);
    assertThat(model.programs().get(0).budget().amount()).isEqualByComparingTo("45000000");
    assertThat(model.systems())
        .extracting(s -> s.name())
        .containsExactly(
            "E-commerce platform",
            "In-store POS",
            "Mobile app",
            "Inventory management",
            "Order management");
    assertThat(
            model.observations().stream()
                .filter(o -> o.kpi().equals("availability"))
                .reduce((a, b) -> b)
                .orElseThrow()
                .value())
        .isEqualTo(99.96);
    assertThat(model.risks()).extracting(r -> r.id()).contains("privacy-law");
  }
}
