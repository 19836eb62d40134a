package dev.governance.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.GovernanceModel;
import dev.governance.core.risk.Risk;
import dev.governance.testkit.Generator;
import dev.governance.testkit.Generators;
import dev.governance.testkit.GovernanceModelGenerator;
import dev.governance.testkit.ModelSize;
import dev.governance.testkit.RaciCase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ParameterResolutionException;

class ForAllTest {

  static final List<Object> SEEN = new ArrayList<>();

  static class Defaults {
    @GovernanceProperty(tries = 3)
    void draws(
        @ForAll GovernanceModel model,
        @ForAll ModelSize size,
        @ForAll RaciCase raci,
        @ForAll Risk risk) {
      SEEN.add(model);
      SEEN.add(size);
      SEEN.add(raci);
      SEEN.add(risk);
    }
  }

  @Test
  void withoutANameAParameterTakesTheDefaultGeneratorOfItsType() {
    SEEN.clear();
    assertThat(EngineRun.of(Defaults.class).succeeded()).isEqualTo(1);
    assertThat(SEEN).hasSize(12);
    for (int i = 0; i < SEEN.size(); i += 4) {
      assertThat(SEEN.get(i)).isInstanceOf(GovernanceModel.class);
      assertThat(SEEN.get(i + 1)).isInstanceOf(ModelSize.class);
      assertThat(SEEN.get(i + 2)).isInstanceOf(RaciCase.class);
      assertThat(((RaciCase) SEEN.get(i + 2)).defect()).isEmpty();
      assertThat(SEEN.get(i + 3)).isInstanceOf(Risk.class);
    }
  }

  abstract static class Base {
    static Generator<Integer> inherited() {
      return Generators.constant(7);
    }
  }

  static class Named extends Base {
    private final int offset = 100;

    @GovernanceProperty(tries = 2)
    void draws(
        @ForAll("instance") Integer fromInstance,
        @ForAll("inherited") int fromSuperclass,
        @ForAll("models") GovernanceModel model) {
      SEEN.add(fromInstance);
      SEEN.add(fromSuperclass);
      SEEN.add(model.risks().size());
    }

    Generator<Integer> instance() {
      return Generators.constant(offset);
    }

    private static GovernanceModelGenerator models() {
      return GovernanceModelGenerator.of(ModelSize.builder().risks(2).build());
    }
  }

  @Test
  void withANameAParameterTakesTheGeneratorOfThatMethodStaticOrNotInheritedOrNot() {
    SEEN.clear();
    assertThat(EngineRun.of(Named.class).succeeded()).isEqualTo(1);
    assertThat(SEEN).containsExactly(100, 7, 2, 100, 7, 2);
  }

  static class Outer {
    static Generator<Integer> numbers() {
      return Generators.integers(10, 20);
    }

    static Generator<Integer> shadowed() {
      return Generators.constant(1);
    }

    @Nested
    class Inner {
      @GovernanceProperty(tries = 3, seed = 5)
      void usesTheOuterGenerator(@ForAll("numbers") int value, @ForAll("shadowed") int inner) {
        SEEN.add(value);
        SEEN.add(inner);
      }

      Generator<Integer> shadowed() {
        return Generators.constant(2);
      }
    }
  }

  @Test
  void underANestedClassANameIsLookedUpInTheEnclosingClassesInnermostFirst() {
    SEEN.clear();
    EngineRun run = EngineRun.of(Outer.class);
    assertThat(run.succeeded()).isEqualTo(1);
    assertThat(run.failed()).isZero();
    assertThat(SEEN).hasSize(6);
    for (int i = 0; i < SEEN.size(); i += 2) {
      assertThat((Integer) SEEN.get(i)).isBetween(10, 20);
      assertThat(SEEN.get(i + 1)).isEqualTo(2);
    }
  }

  static class OuterInstance {
    private final int base = 100;

    Generator<Integer> numbers() {
      return Generators.integers(base, base + 9);
    }

    @Nested
    class Inner {
      @GovernanceProperty(tries = 4, seed = 5)
      void usesTheOuterInstancesGenerator(@ForAll("numbers") int value) {
        SEEN.add(value);
      }
    }
  }

  @Test
  void underANestedClassAnInstanceGeneratorOfAnEnclosingClassIsCalledOnItsInstance() {
    SEEN.clear();
    EngineRun run = EngineRun.of(OuterInstance.class);
    assertThat(run.succeeded()).isEqualTo(1);
    assertThat(SEEN).hasSize(4).allSatisfy(v -> assertThat((Integer) v).isBetween(100, 109));
  }

  static class OuterWithoutTheName {
    @Nested
    class Inner {
      @GovernanceProperty
      void property(@ForAll("missing") int value) {}
    }
  }

  @Test
  void anUnknownNameUnderANestedClassIsRejectedNamingTheEnclosingClasses() {
    assertThat(EngineRun.of(OuterWithoutTheName.class).failure())
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "parameter 1 of Inner.property(int): @ForAll(\"missing\") names no method of "
                + OuterWithoutTheName.Inner.class.getName()
                + " or its superclasses, nor of the classes that enclose it, "
                + OuterWithoutTheName.class.getName()
                + "; expected a method missing() that returns a Generator");
  }

  static class UnknownName {
    @GovernanceProperty
    void property(@ForAll("missing") GovernanceModel model) {}
  }

  @Test
  void anUnknownNameIsRejected() {
    assertThat(EngineRun.of(UnknownName.class).failure())
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "parameter 1 of UnknownName.property(GovernanceModel): @ForAll(\"missing\") names no"
                + " method of "
                + UnknownName.class.getName()
                + " or its superclasses; expected a method missing() that returns a Generator");
  }

  static class WrongArity {
    @GovernanceProperty
    void property(@ForAll("models") GovernanceModel model) {}

    static Generator<GovernanceModel> models(int risks) {
      return GovernanceModelGenerator.of(ModelSize.builder().risks(risks).build());
    }
  }

  @Test
  void aGeneratorMethodWithParametersIsRejected() {
    assertThat(EngineRun.of(WrongArity.class).failure())
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "parameter 1 of WrongArity.property(GovernanceModel): @ForAll(\"models\") names"
                + " WrongArity.models(int), which takes parameters; expected a method models()"
                + " without parameters that returns a Generator");
  }

  static class NotAGenerator {
    @GovernanceProperty
    void property(@ForAll("models") GovernanceModel model) {}

    static List<GovernanceModel> models() {
      return List.of();
    }
  }

  @Test
  void aMethodThatReturnsNoGeneratorIsRejected() {
    assertThat(EngineRun.of(NotAGenerator.class).failure())
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "parameter 1 of NotAGenerator.property(GovernanceModel): the generator method"
                + " NotAGenerator.models() returns"
                + " java.util.List<dev.governance.core.model.GovernanceModel>; expected a"
                + " Generator of dev.governance.core.model.GovernanceModel");
  }

  static class WrongValues {
    @GovernanceProperty
    void property(@ForAll("risks") GovernanceModel model) {}

    static Generator<Risk> risks() {
      return random -> {
        throw new AssertionError("never drawn");
      };
    }
  }

  @Test
  void aGeneratorOfAnotherTypeIsRejected() {
    assertThat(EngineRun.of(WrongValues.class).failure())
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "parameter 1 of WrongValues.property(GovernanceModel): the generator method"
                + " WrongValues.risks() returns"
                + " dev.governance.testkit.Generator<dev.governance.core.risk.Risk>, whose values"
                + " are dev.governance.core.risk.Risk; expected a Generator of"
                + " dev.governance.core.model.GovernanceModel");
  }

  static class ReturnsNull {
    @GovernanceProperty
    void property(@ForAll("models") GovernanceModel model) {}

    @SuppressWarnings("NullAway")
    static Generator<GovernanceModel> models() {
      return null;
    }
  }

  @Test
  void aGeneratorMethodThatReturnsNullIsRejected() {
    assertThat(EngineRun.of(ReturnsNull.class).failure())
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "parameter 1 of ReturnsNull.property(GovernanceModel): the generator method"
                + " ReturnsNull.models() returned null; expected a Generator of"
                + " dev.governance.core.model.GovernanceModel");
  }

  static class NoDefault {
    @GovernanceProperty
    void property(@ForAll String text) {}
  }

  @Test
  void aTypeWithoutADefaultNeedsAName() {
    assertThat(EngineRun.of(NoDefault.class).failure())
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "parameter 1 of NoDefault.property(String): @ForAll without a name takes the default"
                + " generator of the parameter's type, but java.lang.String has none; expected one"
                + " of the types "
                + ParameterGenerators.defaultTypes()
                + ", or @ForAll(\"name\") naming a method of "
                + NoDefault.class.getName()
                + " without parameters that returns a Generator of java.lang.String");
    assertThat(ParameterGenerators.defaultTypes())
        .startsWith("GovernanceModel, ModelSize, RaciCase, InvalidInput, Person, Role,");
  }

  @ExtendWith(GovernancePropertyExtension.class)
  static class NotAProperty {
    @Test
    void plain(@ForAll GovernanceModel model) {}
  }

  @Test
  void forAllOnATestThatIsNotAPropertyIsRejected() {
    assertThat(EngineRun.of(NotAProperty.class).failure())
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "parameter 1 of NotAProperty.plain(GovernanceModel) is annotated @ForAll, but its"
                + " method is not a property; expected the method annotated @GovernanceProperty"
                + " (or a @ParameterizedTest with @GeneratedArguments)");
  }
}
