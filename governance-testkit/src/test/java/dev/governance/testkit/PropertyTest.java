package dev.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.GovernanceModel;
import org.junit.jupiter.api.Test;

class PropertyTest {

  @Test
  void aModelWithMoreThanThreeRisksShrinksToExactlyFourAndTheLeastOfEverythingElse() {
    Counterexample<GovernanceModel> found =
        Property.forAll(GovernanceModelGenerator.upTo(ModelSize.small()))
            .withSeed(7)
            .falsify(model -> assertThat(model.risks()).hasSizeLessThanOrEqualTo(3))
            .orElseThrow();
    GovernanceModel model = found.value();
    System.out.println(found.shrinkSteps() + " " + found.shrinkCandidates());
    System.out.println(model);
    assertThat(model.risks()).hasSize(4);
    assertThat(model.people()).hasSize(2);
    assertThat(model.programs()).hasSize(1);
    assertThat(model.projects()).hasSize(1);
    assertThat(model.systems()).hasSize(1);
  }
}
