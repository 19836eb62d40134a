package dev.governance.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.GovernanceModel;
import dev.governance.core.risk.Risk;
import dev.governance.testkit.Generator;
import dev.governance.testkit.Generators;
import dev.governance.testkit.GovernanceModelGenerator;
import dev.governance.testkit.ModelSize;
import dev.governance.testkit.Property;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.params.ParameterizedTest;

class GeneratedArgumentsTest {

  static final List<Object> SEEN = new ArrayList<>();

  static class ByName {
    @ParameterizedTest
    @GeneratedArguments(
        value = {"models", "limits"},
        count = 4,
        seed = 11)
    void check(GovernanceModel model, int limit) {
      SEEN.add(model);
      SEEN.add(limit);
    }

    static Generator<GovernanceModel> models() {
      return GovernanceModelGenerator.upTo(ModelSize.small());
    }

    static Generator<Integer> limits() {
      return Generators.integers(1, 5);
    }
  }

  @Test
  void namedGeneratorsGiveOneArgumentEachForCountSetsNamedBySeed() {
    SEEN.clear();
    EngineRun run = EngineRun.of(ByName.class);
    assertThat(run.succeeded()).isEqualTo(4);
    assertThat(run.finishedNames())
        .containsExactly(
            "[1] seed 11, set 1", "[2] seed 11, set 2", "[3] seed 11, set 3", "[4] seed 11, set 4");
    List<Object> expected = new ArrayList<>();
    Property.forAll(Generators.tuple(ByName.models(), ByName.limits()))
        .withTries(4)
        .withSeed(11)
        .sample()
        .forEach(
            pair -> {
              expected.add(pair.first());
              expected.add(pair.second());
            });
    assertThat(SEEN).isEqualTo(expected);
  }

  static class ByParameter {
    @ParameterizedTest
    @GeneratedArguments(count = 3)
    void check(@ForAll("positive") int number, Risk risk) {
      SEEN.add(number);
      SEEN.add(risk);
    }

    static Generator<Integer> positive() {
      return Generators.integers(1, 9);
    }
  }

  @Test
  void withoutNamesEachParameterTakesItsForAllOrItsTypesDefault() {
    SEEN.clear();
    assertThat(EngineRun.of(ByParameter.class).succeeded()).isEqualTo(3);
    assertThat(SEEN).hasSize(6);
    for (int i = 0; i < SEEN.size(); i += 2) {
      assertThat((Integer) SEEN.get(i)).isBetween(1, 9);
      assertThat(SEEN.get(i + 1)).isInstanceOf(Risk.class);
    }
  }

  static class Outer {
    static Generator<Integer> numbers() {
      return Generators.integers(10, 20);
    }

    Generator<Integer> instanceNumbers() {
      return Generators.integers(10, 20);
    }

    @Nested
    class Inner {
      @ParameterizedTest
      @GeneratedArguments(value = "numbers", count = 3, seed = 2)
      void usesTheOuterGenerator(int number) {
        SEEN.add(number);
      }
    }
  }

  @Test
  void underANestedClassANameIsLookedUpInTheEnclosingClasses() {
    SEEN.clear();
    assertThat(EngineRun.of(Outer.class).succeeded()).isEqualTo(3);
    assertThat(SEEN).hasSize(3).allMatch(n -> (Integer) n >= 10 && (Integer) n <= 20);
  }

  static class OuterInstanceMethod {
    Generator<Integer> numbers() {
      return Generators.integers(10, 20);
    }

    @Nested
    class Inner {
      @ParameterizedTest
      @GeneratedArguments(value = "numbers", count = 3, seed = 2)
      void usesTheOuterGenerator(int number) {}
    }
  }

  @Test
  void anEnclosingClassesMethodThatIsNotStaticNeedsItsTestInstance() {
    assertThat(EngineRun.of(OuterInstanceMethod.class).failure())
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "parameter 1 of method [void "
                + OuterInstanceMethod.Inner.class.getName()
                + ".usesTheOuterGenerator(int)]: the generator method"
                + " OuterInstanceMethod.numbers() is not static and there is no test instance of "
                + OuterInstanceMethod.class.getName()
                + " to call it on (a @ParameterizedTest provides its arguments before it makes"
                + " one); expected a static method, or the test class annotated"
                + " @TestInstance(Lifecycle.PER_CLASS)");
  }

  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  static class PerClass {
    private final int value = 42;

    @ParameterizedTest
    @GeneratedArguments(value = "answers", count = 2)
    void check(int answer) {
      SEEN.add(answer);
    }

    Generator<Integer> answers() {
      return Generators.constant(value);
    }
  }

  @Test
  void aTestInstancePerClassAllowsAGeneratorMethodThatIsNotStatic() {
    SEEN.clear();
    assertThat(EngineRun.of(PerClass.class).succeeded()).isEqualTo(2);
    assertThat(SEEN).containsExactly(42, 42);
  }
}
