package dev.governance.testkit;

import static dev.governance.testkit.Generators.integers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.model.GovernanceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PropertyTest {

  @Test
  void aModelWithMoreThanThreeRisksShrinksToExactlyFourAndTheLeastOfEverythingElse() {
    GovernanceModel model =
        Property.forAll(GovernanceModelGenerator.upTo(ModelSize.small()))
            .withSeed(7)
            .falsify(m -> assertThat(m.risks()).hasSizeLessThanOrEqualTo(3))
            .orElseThrow()
            .value();

    assertThat(model.risks()).hasSize(4);
    assertThat(model.people()).hasSize(2);
    assertThat(model.programs()).hasSize(1);
    assertThat(model.projects()).hasSize(1);
    assertThat(model.systems()).hasSize(1);
    assertThat(model.deliverables()).hasSize(1);
    assertThat(model.kpis()).hasSize(1);
    assertThat(model.controls()).isEmpty();
    assertThat(model.observations()).isEmpty();
    assertThat(model.obligations()).isEmpty();
    assertThat(model.outages()).isEmpty();
    assertThat(model.costReports()).isEmpty();
    assertThat(model.risks())
        .allSatisfy(
            risk -> {
              assertThat(risk.controls()).isEmpty();
              assertThat(risk.assessments()).hasSize(1);
            });
  }

  @Test
  void passesWhenEveryTryPassesAndChecksAsManyValuesAsTold() {
    List<Integer> seen = new ArrayList<>();
    Property.forAll(integers(0, 9)).withTries(37).check(seen::add);
    assertThat(seen).hasSize(37).allSatisfy(x -> assertThat(x).isBetween(0, 9));
  }

  @Test
  void theSameSeedFindsTheSameCounterexampleOnTheSameTry() {
    Property<List<Integer>> property =
        Property.forAll(integers(0, 1_000).listOf(0, 10)).withSeed(-4211);
    Property.Check<List<Integer>> noLargeSum =
        list -> assertThat(list.stream().mapToInt(Integer::intValue).sum()).isLessThan(2_000);

    Counterexample<List<Integer>> first = property.falsify(noLargeSum).orElseThrow();
    Counterexample<List<Integer>> again = property.falsify(noLargeSum).orElseThrow();

    assertThat(again.value()).isEqualTo(first.value());
    assertThat(again.original()).isEqualTo(first.original());
    assertThat(again.attempt()).isEqualTo(first.attempt());
    assertThat(again.seed()).isEqualTo(-4211);
    assertThat(first.value().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2_000);
  }

  @Test
  void checkThrowsAFailureThatReportsTheSeedTheTryAndTheShrunkValue() {
    assertThatThrownBy(
            () ->
                Property.forAll(integers(0, 1_000))
                    .withSeed(12)
                    .describedBy(x -> "the number " + x)
                    .check(x -> assertThat(x).as("x").isLessThan(10)))
        .isInstanceOf(PropertyFailure.class)
        .hasMessageStartingWith(
            "Property falsified on try 1 with seed 12 (rerun with withSeed(12L)"
                + " or -Dgovernance.testkit.seed=12), shrunk in ")
        .hasMessageContaining("Counterexample:\nthe number 10\nFailure: java.lang.AssertionError:")
        .hasCauseInstanceOf(AssertionError.class);
  }

  @Test
  void withoutShrinkingReportsTheValueAsFound() {
    Counterexample<Integer> found =
        Property.forAll(integers(500, 1_000))
            .withSeed(1)
            .withShrinkLimit(0)
            .falsify(x -> assertThat(x).isLessThan(10))
            .orElseThrow();
    assertThat(found.value()).isEqualTo(found.original());
    assertThat(found.shrinkCandidates()).isZero();
    assertThat(found.shrinkSteps()).isZero();
  }

  @Test
  void anExceptionFailsThePropertyLikeAnAssertion() {
    Counterexample<Integer> found =
        Property.forAll(integers(0, 100))
            .withSeed(2)
            .falsify(
                x -> {
                  if (x > 20) {
                    throw new IllegalStateException("too big: " + x);
                  }
                })
            .orElseThrow();
    assertThat(found.value()).isEqualTo(21);
    assertThat(found.failure()).hasMessage("too big: 21");
  }

  @Test
  void theSeedPropertyFixesTheSeedOfAPropertyWithoutItsOwn() {
    String before = System.getProperty(Property.SEED_PROPERTY);
    try {
      System.setProperty(Property.SEED_PROPERTY, " 99 ");
      assertThat(
              Property.forAll(integers(0, 9))
                  .falsify(x -> assertThat(x).isLessThan(0))
                  .orElseThrow()
                  .seed())
          .isEqualTo(99);
      System.setProperty(Property.SEED_PROPERTY, "ninety");
      assertThatThrownBy(() -> Property.forAll(integers(0, 9)).check(x -> {}))
          .isInstanceOf(GeneratorException.class)
          .hasMessage(
              "system property governance.testkit.seed = 'ninety': expected a whole number such"
                  + " as -4211 (a seed a failure printed)");
    } finally {
      if (before == null) {
        System.clearProperty(Property.SEED_PROPERTY);
      } else {
        System.setProperty(Property.SEED_PROPERTY, before);
      }
    }
  }

  @Test
  void shrinkingKeepsToTheFailureFirstFoundAndDoesNotSlipToAnother() {
    Counterexample<List<Integer>> found =
        Property.forAll(integers(0, 9).listOf(0, 10))
            .withSeed(8)
            .falsify(
                list -> {
                  if (list.get(0) >= 0) { // throws IndexOutOfBoundsException on an empty list
                    assertThat(list).hasSizeLessThan(3);
                  }
                })
            .orElseThrow();
    assertThat(found.value()).containsExactly(0, 0, 0);
    assertThat(found.failure()).isInstanceOf(AssertionError.class);
  }

  @Test
  void aCheckThatChangesItsValueCannotChangeWhatIsReported() {
    Counterexample<ArrayList<Integer>> found =
        Property.forAll(integers(0, 9).listOf(3, 10).map(ArrayList::new))
            .withSeed(8)
            .falsify(
                list -> {
                  list.clear();
                  throw new AssertionError("always");
                })
            .orElseThrow();
    assertThat(found.value()).containsExactly(0, 0, 0);
    assertThat(found.original()).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void aStackOverflowInTheCheckIsAFailureAndShrinks() {
    Counterexample<Integer> found =
        Property.forAll(integers(0, 100))
            .withSeed(3)
            .falsify(
                x -> {
                  if (x >= 10) {
                    throw new StackOverflowError("deep");
                  }
                })
            .orElseThrow();
    assertThat(found.value()).isEqualTo(10);
    assertThat(found.failure()).isInstanceOf(StackOverflowError.class);
  }

  @Test
  void aGeneratorThatFailsIsReportedWithTheSeedAndTheTry() {
    Generator<Integer> failing =
        random -> {
          int x = random.nextInt(10);
          if (x > 7) {
            throw new IllegalStateException("no " + x);
          }
          return x;
        };
    assertThatThrownBy(() -> Property.forAll(failing).withSeed(5).check(x -> {}))
        .isInstanceOf(GeneratorException.class)
        .hasMessageStartingWith("the generator failed on try ")
        .hasMessageContaining(
            " with seed 5 (rerun with withSeed(5L)): java.lang.IllegalStateException: no ")
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void shrinkingAValueOfManyChoicesStopsAtItsBudget() {
    Counterexample<List<Integer>> found =
        Property.forAll(integers(0, 9).listOf(50_000))
            .withSeed(1)
            .withShrinkLimit(10)
            .falsify(
                list -> {
                  throw new AssertionError("always");
                })
            .orElseThrow();
    assertThat(found.shrinkCandidates()).isEqualTo(10);
  }

  @Test
  void refusesSettingsThatCannotBe() {
    Property<Integer> property = Property.forAll(integers(0, 9));
    assertThatThrownBy(() -> property.withTries(0))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: tries = 0: expected an integer >= 1");
    assertThatThrownBy(() -> property.withShrinkLimit(-1))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: candidates = -1: expected an integer >= 0");
  }

  @Test
  void sampleGivesTheValuesThatCheckChecksTryByTry() {
    Generator<Integer> numbers = Generators.integers(0, 1_000_000);
    List<Integer> checked = new ArrayList<>();
    Property.forAll(numbers).withSeed(42).withTries(20).check(checked::add);
    assertThat(
            Property.forAll(numbers)
                .withSeed(42)
                .withTries(20)
                .sample()
                .collect(Collectors.toList()))
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
