package dev.governance.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.model.GovernanceModel;
import dev.governance.testkit.Generator;
import dev.governance.testkit.Generators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.params.ParameterizedTest;

class GeneratedArgumentsProviderTest {

  static class InstanceMethod {
    @ParameterizedTest
    @GeneratedArguments("numbers")
    void check(int number) {}

    Generator<Integer> numbers() {
      return Generators.integers(0, 3);
    }
  }

  @Test
  void aGeneratorMethodThatIsNotStaticNeedsATestInstancePerClass() {
    assertThat(EngineRun.of(InstanceMethod.class).failure())
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "parameter 1 of method [void "
                + InstanceMethod.class.getName()
                + ".check(int)]: the generator method InstanceMethod.numbers() is not static and"
                + " there is no test instance to call it on (a @ParameterizedTest provides its"
                + " arguments before it makes one); expected a static method, or the test class"
                + " annotated @TestInstance(Lifecycle.PER_CLASS)");
  }

  static class TooManyNames {
    @ParameterizedTest
    @GeneratedArguments({"numbers", "numbers"})
    void check(int number) {}

    static Generator<Integer> numbers() {
      return Generators.integers(0, 3);
    }
  }

  @Test
  void moreNamesThanParametersAreRejected() {
    assertThat(EngineRun.of(TooManyNames.class).failure())
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "method [void "
                + TooManyNames.class.getName()
                + ".check(int)]: @GeneratedArguments names 2 generators [numbers, numbers] for 1"
                + " parameters; expected at most one name per parameter");
  }

  static class NoDefault {
    @ParameterizedTest
    @GeneratedArguments
    void check(StringBuilder text) {}
  }

  @Test
  void aParameterWithoutADefaultOrANameIsRejected() {
    assertThat(EngineRun.of(NoDefault.class).failure())
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessageStartingWith(
            "parameter 1 of method [void "
                + NoDefault.class.getName()
                + ".check(java.lang.StringBuilder)]: @ForAll without a name takes the default"
                + " generator of the parameter's type, but java.lang.StringBuilder has none;");
  }

  static class NoSets {
    @ParameterizedTest
    @GeneratedArguments(count = 0)
    void check(GovernanceModel model) {}
  }

  @Test
  void aCountBelowOneIsRejected() {
    assertThat(EngineRun.of(NoSets.class).failure())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("count");
  }

  static class TwoSeeds {
    @ParameterizedTest
    @GeneratedArguments(seed = {1, 2})
    void check(GovernanceModel model) {}
  }

  @Test
  void twoSeedsAreRejected() {
    assertThat(EngineRun.of(TwoSeeds.class).failure())
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "method [void "
                + TwoSeeds.class.getName()
                + ".check(dev.governance.core.model.GovernanceModel)]: @GeneratedArguments(seed ="
                + " [1, 2]) gives 2 seeds; expected at most one");
  }
}
