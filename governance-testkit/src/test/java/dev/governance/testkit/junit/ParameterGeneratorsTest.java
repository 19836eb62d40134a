package dev.governance.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.testkit.Generator;
import dev.governance.testkit.Generators;
import dev.governance.testkit.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

class ParameterGeneratorsTest {

  @Test
  void everyDefaultGeneratorMakesValuesOfItsType() {
    for (Map.Entry<Class<?>, Supplier<Generator<?>>> entry :
        ParameterGenerators.DEFAULTS.entrySet()) {
      Generator<?> generator =
          ParameterGenerators.of(entry.getKey(), "parameter 1", "", getClass(), List.of());
      assertThat(Property.forAll(generator).withSeed(1).withTries(3).sample())
          .as(entry.getKey().getSimpleName())
          .hasSize(3)
          .allSatisfy(value -> assertThat(value).isInstanceOf(entry.getKey()));
    }
  }

  @Test
  void aGeneratorOfASubtypeOrOfTheBoxedTypeFitsAParameter() {
    assertThat(
            ParameterGenerators.of(
                int.class, "parameter 1", "boxed", Fixture.class, List.of(new Fixture())))
        .isNotNull();
    assertThat(
            ParameterGenerators.of(
                Number.class, "parameter 1", "boxed", Fixture.class, List.of(new Fixture())))
        .isNotNull();
    assertThat(
            ParameterGenerators.of(
                Object.class, "parameter 1", "wildcard", Fixture.class, List.of(new Fixture())))
        .isNotNull();
  }

  /**
   * Resolves each {@link ForAll} parameter to the first value of its generator, found from the
   * test's {@link ExtensionContext} as {@link GovernanceProperty} and {@link GeneratedArguments}
   * find it.
   */
  static final class FirstValues implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.isAnnotated(ForAll.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return ParameterGenerators.of(
              parameter.getParameter().getParameterizedType(),
              "parameter " + (parameter.getIndex() + 1),
              parameter.findAnnotation(ForAll.class).orElseThrow().value(),
              context)
          .generate(new SplittableRandom(1));
    }
  }

  static class Outer {
    private final List<Integer> drawn = new ArrayList<>();

    Generator<Outer> itself() {
      return random -> this;
    }

    Generator<Integer> counted() {
      return random -> {
        drawn.add(drawn.size());
        return drawn.size();
      };
    }

    static Generator<String> label() {
      return Generators.constant("outer");
    }

    @Nested
    @ExtendWith(FirstValues.class)
    class Middle {
      Generator<String> label() {
        return Generators.constant("middle");
      }

      @Nested
      class Inner {
        @Test
        void callsTheOuterInstanceMethodsOnTheOuterTestInstance(
            @ForAll("itself") Outer outer,
            @ForAll("counted") int count,
            @ForAll("label") String label) {
          assertThat(outer).isSameAs(Outer.this);
          assertThat(count).isEqualTo(1);
          assertThat(drawn).containsExactly(0);
          assertThat(label).isEqualTo("middle");
        }
      }
    }
  }

  @Test
  void fromATestContextANestedTestTakesTheGeneratorsOfItsEnclosingTestInstances() {
    EngineRun run = EngineRun.of(Outer.class);
    assertThat(run.failed()).isZero();
    assertThat(run.succeeded()).isEqualTo(1);
  }

  static class Fixture {
    static Generator<Integer> boxed() {
      return random -> random.nextInt(3);
    }

    static Generator<? extends CharSequence> wildcard() {
      return random -> "a";
    }
  }
}
