package dev.governance.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.testkit.Generator;
import dev.governance.testkit.Property;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ParameterGeneratorsTest {

  @Test
  void everyDefaultGeneratorMakesValuesOfItsType() {
    for (Map.Entry<Class<?>, Supplier<Generator<?>>> entry :
        ParameterGenerators.DEFAULTS.entrySet()) {
      Generator<?> generator =
          ParameterGenerators.of(entry.getKey(), "parameter 1", "", getClass(), null);
      assertThat(Property.forAll(generator).withSeed(1).withTries(3).sample())
          .as(entry.getKey().getSimpleName())
          .hasSize(3)
          .allSatisfy(value -> assertThat(value).isInstanceOf(entry.getKey()));
    }
  }

  @Test
  void aGeneratorOfASubtypeOrOfTheBoxedTypeFitsAParameter() {
    assertThat(
            ParameterGenerators.of(int.class, "parameter 1", "boxed", Fixture.class, new Fixture()))
        .isNotNull();
    assertThat(
            ParameterGenerators.of(
                Number.class, "parameter 1", "boxed", Fixture.class, new Fixture()))
        .isNotNull();
    assertThat(
            ParameterGenerators.of(
                Object.class, "parameter 1", "wildcard", Fixture.class, new Fixture()))
        .isNotNull();
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
