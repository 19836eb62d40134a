package dev.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.model.GovernanceModel;
import java.util.ArrayList;
import java.util.List;
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

  @Test
  void sampleGivesTheValuesThatCheckChecksTryByTry() {
    Generator<Integer> numbers = Generators.integers(0, 1_000_000);
    List<Integer> checked = new ArrayList<>();
    Property.forAll(numbers).withSeed(42).withTries(20).check(checked::add);
    assertThat(Property.forAll(numbers).withSeed(42).withTries(20).sample())
        .hasSize(20)
        .isEqualTo(checked);
  }

  @Test
  void theDefaultSeedIsTheSystemPropertysWhenItIsSet() {
    String before = System.getProperty(Property.SEED_PROPERTY);
    try {
      System.setProperty(Property.SEED_PROPERTY, " -4211 ");
      assertThat(Property.defaultSeed()).isEqualTo(-4211L);
      System.setProperty(Property.SEED_PROPERTY, "x");
      assertThatThrownBy(Property::defaultSeed)
          .isInstanceOf(GeneratorException.class)
          .hasMessage(
              "system property governance.testkit.seed = 'x': expected a whole number such as"
                  + " -4211 (a seed a failure printed)");
    } finally {
      if (before == null) {
        System.clearProperty(Property.SEED_PROPERTY);
      } else {
        System.setProperty(Property.SEED_PROPERTY, before);
      }
    }
  }

  @Test
  void aReportTellsHowToRerunWhereThePropertyIsDeclared() {
    Counterexample<Integer> found =
        Property.forAll(Generators.integers(0, 100))
            .withSeed(5)
            .falsify(n -> assertThat(n).isLessThan(10))
            .orElseThrow();
    assertThat(found.value()).isEqualTo(10);
    assertThat(found.toString())
        .isEqualTo(found.report("withSeed(5L)"))
        .contains(" with seed 5 (rerun with withSeed(5L) or -Dgovernance.testkit.seed=5), ");
    assertThat(found.report("@GovernanceProperty(seed = 5)"))
        .startsWith("Property falsified on try " + found.attempt() + " with seed 5 (rerun with")
        .contains("(rerun with @GovernanceProperty(seed = 5) or -Dgovernance.testkit.seed=5)")
        .endsWith("candidates.\nCounterexample:\n10\nFailure: " + found.failure());
    PropertyFailure failure = new PropertyFailure(found, "the message");
    assertThat(failure).hasMessage("the message").hasCause(found.failure());
    assertThat(failure.counterexample()).isSameAs(found);
    assertThat(new PropertyFailure(found)).hasMessage(found.toString());
  }
}
