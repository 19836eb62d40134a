package dev.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.model.GovernanceModel;
import dev.governance.core.practice.Waiver;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WaiverGeneratorTest {

  @Test
  void modelsWithGeneratedDecisionsAndWaiversValidate() {
    SplittableRandom random = new SplittableRandom(21);
    int waivers = 0;
    int backed = 0;
    for (int i = 0; i < 60; i++) {
      GovernanceModel model = GovernanceModelGenerator.small().generate(random);
      GovernanceModel waived = WaiverGenerator.addedTo(model).generate(random);
      waivers += waived.waivers().size();
      for (Waiver w : waived.waivers()) {
        assertThat(w.until()).isAfterOrEqualTo(w.from());
        assertThat(w.subject()).isNotEmpty().hasSizeLessThanOrEqualTo(2);
        backed += w.decision().isPresent() ? 1 : 0;
      }
    }
    assertThat(waivers).isPositive();
    assertThat(backed).isPositive();
  }

  @Test
  void theSimplestIsNoWaiver() {
    GovernanceModel model = GovernanceModelGenerator.small().generate(new SplittableRandom(1));
    assertThat(WaiverGenerator.forModel(model).generate(ChoiceRandom.replaying(new long[0])))
        .isEmpty();
    assertThat(WaiverGenerator.addedTo(model).generate(ChoiceRandom.replaying(new long[0])))
        .isEqualTo(model);
  }

  @Test
  void aModelWithNoApproverIsRejected() {
    assertThatThrownBy(
            () -> WaiverGenerator.forModel(GovernanceModel.builder().name("empty").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("model: expected a model with a person to approve waivers, not none");
  }
}
