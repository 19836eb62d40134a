package dev.governance.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.model.GovernanceModel;
import dev.governance.testkit.Generator;
import dev.governance.testkit.Generators;
import dev.governance.testkit.PropertyFailure;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.opentest4j.TestAbortedException;

class GovernancePropertyTest {

  static final AtomicInteger CALLS = new AtomicInteger();

  static class Passing {
    @GovernanceProperty(tries = 37)
    void holds(@ForAll("small") int value) {
      CALLS.incrementAndGet();
      assertThat(value).isBetween(0, 1000);
    }

    static Generator<Integer> small() {
      return Generators.integers(0, 1000);
    }
  }

  @Test
  void aPassingPropertyCallsTheMethodOncePerTryAsOneTest() {
    CALLS.set(0);
    EngineRun run = EngineRun.of(Passing.class);
    assertThat(run.succeeded()).isEqualTo(1);
    assertThat(CALLS).hasValue(37);
  }

  static class AssumingEven {
    @GovernanceProperty(tries = 40, seed = 3)
    void evenValuesAreEven(@ForAll("small") int value) {
      assumeTrue(value % 2 == 0);
      CALLS.incrementAndGet();
      assertThat(value % 2).isZero();
    }

    static Generator<Integer> small() {
      return Generators.integers(0, 1000);
    }
  }

  static class AssumingEvenBelowFiveHundred {
    @GovernanceProperty(seed = 3)
    void evenValuesAreBelowFiveHundred(@ForAll("small") int value) {
      assumeTrue(value % 2 == 0);
      assertThat(value).isLessThan(500);
    }

    static Generator<Integer> small() {
      return Generators.integers(0, 1000);
    }
  }

  static class AssumingNothing {
    @GovernanceProperty(tries = 5)
    void neverChecked(@ForAll("small") int value) {
      assumeTrue(value < 0);
    }

    static Generator<Integer> small() {
      return Generators.integers(0, 1000);
    }
  }

  @Test
  void aTryAnAssumptionAbortsIsLeftOutAndNeverKeptWhileShrinking() {
    CALLS.set(0);
    EngineRun run = EngineRun.of(AssumingEven.class);
    assertThat(run.succeeded()).isEqualTo(1);
    assertThat(CALLS.get()).isBetween(1, 39);

    PropertyFailure failure =
        (PropertyFailure) EngineRun.of(AssumingEvenBelowFiveHundred.class).failure();
    assertThat(failure.counterexample().value()).isEqualTo(List.of(500));

    EngineRun none = EngineRun.of(AssumingNothing.class);
    assertThat(none.aborted()).isEqualTo(1);
    assertThat(none.failed()).isZero();
  }

  @Test
  void aPropertyEveryTryOfWhichAnAssumptionAbortsIsAbortedSayingSo() {
    assertThat(EngineRun.abortion(AssumingNothing.class))
        .isInstanceOf(TestAbortedException.class)
        .hasMessage(
            "AssumingNothing.neverChecked(int): an assumption aborted every one of the 5 tries;"
                + " expected draws that meet the property's assumptions, such as from a generator"
                + " that makes them directly");
  }

  static class AtMostThreeRisks {
    @GovernanceProperty(seed = 7)
    void noModelHasMoreThanThreeRisks(@ForAll GovernanceModel model) {
      assertThat(model.risks()).hasSizeLessThanOrEqualTo(3);
    }
  }

  @Test
  void aFailureReportsTheSeedHowToRerunAndTheShrunkModelAsJsonTheSameForTheSameSeed() {
    Throwable failure = EngineRun.of(AtMostThreeRisks.class).failure();
    assertThat(EngineRun.of(AtMostThreeRisks.class).failure().getMessage())
        .isEqualTo(failure.getMessage());
    assertThat(failure).isInstanceOf(PropertyFailure.class);
    GovernanceModel model =
        (GovernanceModel) ((List<?>) ((PropertyFailure) failure).counterexample().value()).get(0);
    assertThat(model.risks()).hasSize(4);
    assertThat(model.programs()).hasSize(1);
    assertThat(model.projects()).hasSize(1);
    assertThat(model.systems()).hasSize(1);
    assertThat(model.people()).hasSize(2);
    assertThat(failure.getMessage())
        .contains(" with seed 7 (rerun with @GovernanceProperty(seed = 7) or")
        .contains("-Dgovernance.testkit.seed=7")
        .contains(
            "Counterexample:\nparameter 1 (GovernanceModel), as the model JSON that `governance"
                + " validate` reads:\n{\n  \"$schema\" : "
                + "\"https://governance.dev/schema/governance-model-0.1.json\",\n")
        .contains("\n}\nFailure: java.lang.AssertionError");
    assertThat(failure.getCause()).isInstanceOf(AssertionError.class);
  }

  static class TwoParameters {
    @GovernanceProperty(seed = 3)
    void sumBelowTen(@ForAll("digits") int a, TestInfo info, @ForAll("digits") int b) {
      assertThat(info.getDisplayName()).isNotEmpty();
      assertThat(a + b).isLessThan(10);
    }

    static Generator<Integer> digits() {
      return Generators.integers(0, 9);
    }
  }

  @Test
  void parametersAreDrawnAsOneValueAndShrinkTogetherBesideResolvedOnes() {
    PropertyFailure failure = (PropertyFailure) EngineRun.of(TwoParameters.class).failure();
    List<?> values = (List<?>) failure.counterexample().value();
    assertThat(values).hasSize(2);
    assertThat((Integer) values.get(0) + (Integer) values.get(1)).isEqualTo(10);
    assertThat(failure.getMessage())
        .contains("Counterexample:\nparameter 1 (int):\n" + values.get(0) + "\n")
        .contains("\nparameter 3 (int):\n" + values.get(1) + "\nFailure: ");
  }

  static class NoTries {
    @GovernanceProperty(tries = 0)
    void property(@ForAll GovernanceModel model) {}
  }

  @Test
  void triesBelowOneAreRejected() {
    assertThat(EngineRun.of(NoTries.class).failure())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("tries");
  }

  static class NegativeShrinkLimit {
    @GovernanceProperty(shrinkLimit = -1)
    void property(@ForAll GovernanceModel model) {}
  }

  @Test
  void aNegativeShrinkLimitIsRejected() {
    assertThat(EngineRun.of(NegativeShrinkLimit.class).failure())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("candidates");
  }

  static class TwoSeeds {
    @GovernanceProperty(seed = {1, 2})
    void property(@ForAll GovernanceModel model) {}
  }

  @Test
  void twoSeedsAreRejected() {
    assertThat(EngineRun.of(TwoSeeds.class).failure())
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "TwoSeeds.property(GovernanceModel): @GovernanceProperty(seed = [1, 2]) gives 2"
                + " seeds; expected at most one");
  }

  static class NoForAll {
    @GovernanceProperty
    void property(TestInfo info) {}
  }

  @Test
  void aPropertyWithoutForAllParametersIsRejected() {
    assertThat(EngineRun.of(NoForAll.class).failure())
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "NoForAll.property(TestInfo) is a @GovernanceProperty without a @ForAll parameter;"
                + " expected at least one parameter annotated @ForAll, whose values the property"
                + " draws");
  }

  @GovernanceProperty(tries = 5)
  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
  @interface FiveTries {}

  static class MetaAnnotated {
    @FiveTries
    void holds(@ForAll("small") int value) {
      CALLS.incrementAndGet();
    }

    static Generator<Integer> small() {
      return Generators.integers(0, 3);
    }
  }

  @Test
  void anAnnotationOfTheUsersMayCarryIt() {
    CALLS.set(0);
    assertThat(EngineRun.of(MetaAnnotated.class).succeeded()).isEqualTo(1);
    assertThat(CALLS).hasValue(5);
  }
}
