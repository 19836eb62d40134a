package dev.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.model.GovernanceModel;
import dev.governance.core.practice.Decision;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecisionGeneratorTest {

  @Test
  void decisionsNameTheModelsDecidersAndSubjectsAndValidateInIt() {
    SplittableRandom random = new SplittableRandom(12);
    int made = 0;
    for (int i = 0; i < 50; i++) {
      GovernanceModel model = GovernanceModelGenerator.small().generate(random);
      List<Decision> decisions = DecisionGenerator.forModel(model).generate(random);
      assertThat(decisions.size()).isBetween(0, 3);
      made += decisions.size();
      assertThat(model.withDecisions(decisions).decisions()).isEqualTo(decisions);
    }
    assertThat(made).isPositive();
  }

  @Test
  void theSimplestIsNoDecision() {
    GovernanceModel model = GovernanceModelGenerator.small().generate(new SplittableRandom(1));
    assertThat(DecisionGenerator.forModel(model).generate(ChoiceRandom.replaying(new long[0])))
        .isEmpty();
  }

  @Test
  void idsSkipThoseTheModelUses() {
    GovernanceModel model = GovernanceModelGenerator.small().generate(new SplittableRandom(2));
    SplittableRandom random = new SplittableRandom(3);
    List<Decision> first = List.of();
    while (first.isEmpty()) {
      first = DecisionGenerator.forModel(model).generate(random);
    }
    GovernanceModel decided = model.withDecisions(first);
    List<Decision> more = List.of();
    while (more.isEmpty()) {
      more = DecisionGenerator.forModel(decided).generate(random);
    }
    assertThat(more)
        .extracting(Decision::id)
        .doesNotContainAnyElementsOf(first.stream().map(Decision::id).toList());
  }

  @Test
  void aModelWithNoOneToDecideIsRejected() {
    assertThatThrownBy(
            () -> DecisionGenerator.forModel(GovernanceModel.builder().name("empty").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("model: expected a model with a role or a person to take decisions, not none");
  }
}
