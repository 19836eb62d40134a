package dev.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.governance.core.model.GovernanceModel;
import dev.governance.io.GovernanceJson;
import dev.governance.testkit.Counterexample;
import dev.governance.testkit.Generator;
import dev.governance.testkit.GovernanceModelGenerator;
import dev.governance.testkit.ModelSize;
import dev.governance.testkit.Property;
import dev.governance.testkit.PropertyFailure;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/** The code examples of docs/testkit.md, kept compiling and true. */
class TestkitDocsExampleTest {

  private static final Generator<GovernanceModel> MODELS =
      GovernanceModelGenerator.upTo(ModelSize.small());

  @Test
  void ourExporterNeverWritesAModelTheLoaderRejects() {
    Property.forAll(MODELS)
        .withTries(200)
        .check(
            model ->
                assertThat(GovernanceJson.load("generated.json", GovernanceJson.toBytes(model)))
                    .isEqualTo(model));
  }

  @Test
  void aFalsePropertyShrinksToTheSmallestModelThatBreaksIt() {
    Counterexample<GovernanceModel> found =
        Property.forAll(MODELS)
            .withSeed(2026)
            .falsify(model -> assertThat(model.risks()).hasSizeLessThanOrEqualTo(3))
            .orElseThrow();
    assertThat(found.value().risks()).hasSize(4);
    assertThat(found.value().people()).hasSize(2);
    assertThat(found.original().risks().size()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void aFailureSaysHowToFindItAgain() {
    assertThatThrownBy(
            () ->
                Property.forAll(GovernanceModelGenerator.upTo(ModelSize.small()))
                    .withSeed(2026)
                    .describedBy(
                        model ->
                            model.risks().size() + " risks, " + model.people().size() + " people")
                    .check(
                        model -> {
                          if (model.risks().size() > 3) {
                            throw new AssertionError(
                                "expected at most 3 risks, found " + model.risks().size());
                          }
                        }))
        .isInstanceOf(PropertyFailure.class)
        .hasMessage(
            "Property falsified on try 1 with seed 2026 (rerun with withSeed(2026L) or"
                + " -Dgovernance.testkit.seed=2026), shrunk in 391 steps from 2559 candidates.\n"
                + "Counterexample:\n"
                + "4 risks, 2 people\n"
                + "Failure: java.lang.AssertionError: expected at most 3 risks, found 4");
  }

  /** A testkit generator as a QuickTheories {@code Gen}, shrinking by QuickTheories' own means. */
  static <T> Gen<T> gen(Generator<T> generator) {
    return source -> generator.generate(new QuickTheoriesRandom(source));
  }

  /** Every draw of a testkit generator as one QuickTheories draw that shrinks to its origin. */
  static final class QuickTheoriesRandom implements RandomGenerator {
    private final RandomnessSource source;

    QuickTheoriesRandom(RandomnessSource source) {
      this.source = source;
    }

    @Override
    public long nextLong() {
      return source.next(Constraint.none().withShrinkPoint(0));
    }

    @Override
    public long nextLong(long origin, long bound) {
      return source.next(Constraint.between(origin, bound - 1).withShrinkPoint(origin));
    }

    @Override
    public long nextLong(long bound) {
      return nextLong(0, bound);
    }

    @Override
    public int nextInt(int origin, int bound) {
      return (int) nextLong(origin, bound);
    }

    @Override
    public int nextInt(int bound) {
      return nextInt(0, bound);
    }

    @Override
    public boolean nextBoolean() {
      return nextLong(0, 2) == 1;
    }

    @Override
    public double nextDouble() {
      return nextLong(0, 1L << 53) * 0x1.0p-53;
    }
  }

  @Test
  void quickTheoriesRunsTestkitGenerators() {
    qt().withExamples(100)
        .forAll(gen(MODELS))
        .checkAssert(model -> assertThat(model.people()).hasSizeGreaterThanOrEqualTo(2));
  }

  @Test
  void quickTheoriesShrinksThroughTestkitGenerators() {
    assertThatThrownBy(
            () ->
                qt().withFixedSeed(7)
                    .forAll(gen(ModelSize.upTo(ModelSize.small())))
                    .checkAssert(size -> assertThat(size.risks()).isLessThanOrEqualTo(3)))
        .hasMessageContaining(
            "Smallest found falsifying value(s) :-\n"
                + ModelSize.least().withRisks(4).toString()
                + "\n");
  }
}
