package dev.governance.core.risk;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

class LossSpecTest {

  private static final String FREQUENCY = "poisson:RATE or probability:P";
  private static final String MAGNITUDE = "lognormal90:LOW,HIGH or pert:MIN,MODE,MAX";

  @Test
  void readsTheFourKinds() {
    assertThat(LossSpec.frequency("poisson:2", "f"))
        .isEqualTo(LossSpec.of(LossSpec.Kind.POISSON, List.of(2.0)));
    assertThat(LossSpec.frequency("probability:0.3", "f"))
        .isEqualTo(LossSpec.of(LossSpec.Kind.PROBABILITY, List.of(0.3)));
    assertThat(LossSpec.magnitude("lognormal90:1e4,2e5", "m"))
        .isEqualTo(LossSpec.of(LossSpec.Kind.LOGNORMAL90, List.of(10_000.0, 200_000.0)));
    assertThat(LossSpec.magnitude("pert:1,2,3", "m"))
        .isEqualTo(LossSpec.of(LossSpec.Kind.PERT, List.of(1.0, 2.0, 3.0)));
  }

  @Test
  void readsKindsInAnyCaseAndNumbersWithSpaces() {
    LossSpec spec = LossSpec.frequency(" Poisson : 2.5 ", "f");
    assertThat(spec.kind()).isEqualTo(LossSpec.Kind.POISSON);
    assertThat(spec.parameters()).containsExactly(2.5);
    assertThat(LossSpec.magnitude("PERT:1, 2 ,3", "m").parameters()).containsExactly(1.0, 2.0, 3.0);
  }

  @Test
  void acceptsTheBoundsOfEachKind() {
    assertThat(LossSpec.frequency("poisson:0", "f").parameters()).containsExactly(0.0);
    assertThat(LossSpec.frequency("probability:0", "f").parameters()).containsExactly(0.0);
    assertThat(LossSpec.frequency("probability:1", "f").parameters()).containsExactly(1.0);
    assertThat(LossSpec.magnitude("lognormal90:0.001,0.002", "m").kind())
        .isEqualTo(LossSpec.Kind.LOGNORMAL90);
    assertThat(LossSpec.magnitude("pert:0,0,1", "m").parameters()).containsExactly(0.0, 0.0, 1.0);
    assertThat(LossSpec.magnitude("pert:0,1,1", "m").parameters()).containsExactly(0.0, 1.0, 1.0);
  }

  @Test
  void kindsHaveTheirCodesAndRoles() {
    assertThat(Arrays.stream(LossSpec.Kind.values()).map(LossSpec.Kind::code))
        .containsExactly("poisson", "probability", "lognormal90", "pert");
    assertThat(LossSpec.Kind.POISSON.isFrequency()).isTrue();
    assertThat(LossSpec.Kind.PROBABILITY.isFrequency()).isTrue();
    assertThat(LossSpec.Kind.LOGNORMAL90.isFrequency()).isFalse();
    assertThat(LossSpec.Kind.PERT.isFrequency()).isFalse();
  }

  @Test
  void isWrittenAsItIsRead() {
    assertThat(LossSpec.frequency("poisson:2", "f")).hasToString("poisson:2");
    assertThat(LossSpec.frequency("probability:0.3", "f")).hasToString("probability:0.3");
    assertThat(LossSpec.magnitude("lognormal90:1e4,2e5", "m"))
        .hasToString("lognormal90:10000,200000");
    assertThat(LossSpec.magnitude("pert:1,2.5,3", "m")).hasToString("pert:1,2.5,3");
    assertThat(LossSpec.magnitude("pert:0,1,1e15", "m"))
        .as("integers from 1e15 on are written as doubles")
        .hasToString("pert:0,1,1.0E15");
  }

  @Test
  void writesNegativeZeroSoThatItReadsBackEqual() {
    LossSpec spec = LossSpec.frequency("poisson:-0", "f");
    assertThat(spec.parameters()).containsExactly(-0.0);
    assertThat(spec).hasToString("poisson:-0.0");
    assertThat(LossSpec.frequency(spec.toString(), "f")).isEqualTo(spec);
    assertThat(LossSpec.magnitude("pert:-0,0,1", "m")).hasToString("pert:-0.0,0,1");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "poisson:2",
        "poisson:0.000123",
        "probability:0.3",
        "lognormal90:1e4,2e5",
        "lognormal90:0.5,1e300",
        "pert:1,2,3",
        "pert:0,1e15,1e16",
        "pert:0,1,2",
        "poisson:-0",
        "probability:-0.0",
        "pert:-0,1,2"
      })
  void readsBackItsOwnText(String text) {
    LossSpec spec =
        text.startsWith("poisson") || text.startsWith("probability")
            ? LossSpec.frequency(text, "f")
            : LossSpec.magnitude(text, "m");
    assertThat(readBack(spec)).isEqualTo(spec);
  }

  @Test
  void readsBackGeneratedSpecs() {
    qt().withExamples(5_000)
        .forAll(specs())
        .checkAssert(
            spec ->
                assertThat(readBack(spec))
                    .as(spec.kind() + " " + spec.parameters())
                    .isEqualTo(spec));
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            LossSpec.frequency("poisson:2", "f"), LossSpec.of(LossSpec.Kind.POISSON, List.of(2.0)))
        .addEqualityGroup(LossSpec.frequency("probability:1", "f"))
        .addEqualityGroup(LossSpec.magnitude("pert:1,2,3", "m"))
        .addEqualityGroup(LossSpec.magnitude("pert:1,2,4", "m"))
        .testEquals();
  }

  @Test
  void rejectsTextWithoutAColon() {
    rejects(
        () -> LossSpec.frequency("poisson2", "frequency"),
        "Invalid governance data: frequency = 'poisson2': expected " + FREQUENCY);
    rejects(
        () -> LossSpec.magnitude("", "lossScenarios[0].magnitude"),
        "Invalid governance data: lossScenarios[0].magnitude = '': expected " + MAGNITUDE);
  }

  @Test
  void rejectsAnUnknownKind() {
    rejects(
        () -> LossSpec.frequency("gamma:2", "frequency"),
        "Invalid governance data: frequency = 'gamma:2': expected " + FREQUENCY);
    rejects(
        () -> LossSpec.magnitude("normal:1,2", "magnitude"),
        "Invalid governance data: magnitude = 'normal:1,2': expected " + MAGNITUDE);
  }

  @Test
  void rejectsAKindOfTheOtherRole() {
    rejects(
        () -> LossSpec.frequency("lognormal90:1e4,2e5", "frequency"),
        "Invalid governance data: frequency = 'lognormal90:1e4,2e5': expected " + FREQUENCY);
    rejects(
        () -> LossSpec.frequency("pert:1,2,3", "frequency"),
        "Invalid governance data: frequency = 'pert:1,2,3': expected " + FREQUENCY);
    rejects(
        () -> LossSpec.magnitude("poisson:2", "magnitude"),
        "Invalid governance data: magnitude = 'poisson:2': expected " + MAGNITUDE);
    rejects(
        () -> LossSpec.magnitude("probability:0.5", "magnitude"),
        "Invalid governance data: magnitude = 'probability:0.5': expected " + MAGNITUDE);
  }

  @Test
  void rejectsTheWrongNumberOfParameters() {
    rejects(
        () -> LossSpec.frequency("poisson:1,2", "frequency"),
        "Invalid governance data: frequency = 'poisson:1,2': expected "
            + FREQUENCY
            + ", 1 finite numbers for poisson");
    rejects(
        () -> LossSpec.magnitude("lognormal90:1e4", "magnitude"),
        "Invalid governance data: magnitude = 'lognormal90:1e4': expected "
            + MAGNITUDE
            + ", 2 finite numbers for lognormal90");
    rejects(
        () -> LossSpec.magnitude("pert:1,2,3,4", "magnitude"),
        "Invalid governance data: magnitude = 'pert:1,2,3,4': expected "
            + MAGNITUDE
            + ", 3 finite numbers for pert");
  }

  @Test
  void rejectsParametersThatAreNotNumbers() {
    rejects(
        () -> LossSpec.frequency("poisson:two", "frequency"),
        "Invalid governance data: frequency = 'poisson:two': expected " + FREQUENCY);
    rejects(
        () -> LossSpec.frequency("poisson:", "frequency"),
        "Invalid governance data: frequency = 'poisson:': expected " + FREQUENCY);
    rejects(
        () -> LossSpec.magnitude("pert:1,,3", "magnitude"),
        "Invalid governance data: magnitude = 'pert:1,,3': expected " + MAGNITUDE);
    rejects(
        () -> LossSpec.magnitude("lognormal90:1e4,2e5,", "magnitude"),
        "Invalid governance data: magnitude = 'lognormal90:1e4,2e5,': expected " + MAGNITUDE);
  }

  @Test
  void rejectsNanAndInfinity() {
    rejects(
        () -> LossSpec.frequency("poisson:NaN", "frequency"),
        "Invalid governance data: frequency = 'poisson:NaN': expected "
            + FREQUENCY
            + ", 1 finite numbers for poisson");
    rejects(
        () -> LossSpec.frequency("probability:Infinity", "frequency"),
        "Invalid governance data: frequency = 'probability:Infinity': expected "
            + FREQUENCY
            + ", 1 finite numbers for probability");
    rejects(
        () -> LossSpec.magnitude("lognormal90:1,Infinity", "magnitude"),
        "Invalid governance data: magnitude = 'lognormal90:1,Infinity': expected "
            + MAGNITUDE
            + ", 2 finite numbers for lognormal90");
    rejects(
        () -> LossSpec.magnitude("pert:-Infinity,0,1", "magnitude"),
        "Invalid governance data: magnitude = 'pert:-Infinity,0,1': expected "
            + MAGNITUDE
            + ", 3 finite numbers for pert");
  }

  @Test
  void rejectsAPoissonRateBelowZero() {
    rejects(
        () -> LossSpec.frequency("poisson:-1", "frequency"),
        "Invalid governance data: frequency = 'poisson:-1': expected "
            + FREQUENCY
            + ", a rate >= 0");
  }

  @Test
  void rejectsAProbabilityOutsideZeroToOne() {
    rejects(
        () -> LossSpec.frequency("probability:1.01", "frequency"),
        "Invalid governance data: frequency = 'probability:1.01': expected "
            + FREQUENCY
            + ", a probability from 0 to 1");
    rejects(
        () -> LossSpec.frequency("probability:-0.1", "frequency"),
        "Invalid governance data: frequency = 'probability:-0.1': expected "
            + FREQUENCY
            + ", a probability from 0 to 1");
  }

  @Test
  void rejectsALognormalIntervalThatIsNotPositiveAndIncreasing() {
    for (String text :
        List.of("lognormal90:0,10", "lognormal90:-1,10", "lognormal90:5,5", "lognormal90:10,5")) {
      rejects(
          () -> LossSpec.magnitude(text, "magnitude"),
          "Invalid governance data: magnitude = '"
              + text
              + "': expected "
              + MAGNITUDE
              + ", 0 < LOW < HIGH");
    }
  }

  @Test
  void rejectsAPertRangeThatIsNotOrdered() {
    for (String text :
        List.of("pert:-1,0,1", "pert:3,2,1", "pert:1,4,3", "pert:2,1,3", "pert:1,1,1")) {
      rejects(
          () -> LossSpec.magnitude(text, "magnitude"),
          "Invalid governance data: magnitude = '"
              + text
              + "': expected "
              + MAGNITUDE
              + ", 0 <= MIN <= MODE <= MAX with MIN < MAX");
    }
  }

  @Test
  void rejectsBadParametersWhenBuiltDirectly() {
    rejects(
        () -> LossSpec.of(LossSpec.Kind.POISSON, List.of(1.0, 2.0)),
        "Invalid governance data: parameters = [1.0, 2.0]: expected 1 finite numbers for poisson");
    rejects(
        () -> LossSpec.of(LossSpec.Kind.PROBABILITY, List.of(Double.NaN)),
        "Invalid governance data: parameters = [NaN]: expected 1 finite numbers for probability");
    rejects(
        () -> LossSpec.of(LossSpec.Kind.POISSON, List.of(-0.5)),
        "Invalid governance data: parameters = [-0.5]: expected a rate >= 0");
    rejects(
        () -> LossSpec.of(LossSpec.Kind.PROBABILITY, List.of(2.0)),
        "Invalid governance data: parameters = [2.0]: expected a probability from 0 to 1");
    rejects(
        () -> LossSpec.of(LossSpec.Kind.LOGNORMAL90, List.of(2.0, 1.0)),
        "Invalid governance data: parameters = [2.0, 1.0]: expected 0 < LOW < HIGH");
    rejects(
        () -> LossSpec.of(LossSpec.Kind.PERT, List.of(3.0, 2.0, 1.0)),
        "Invalid governance data: parameters = [3.0, 2.0, 1.0]: expected 0 <= MIN <= MODE <= MAX"
            + " with MIN < MAX");
  }

  @Test
  void rejectsNullText() {
    assertThatThrownBy(() -> LossSpec.frequency(null, "frequency"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("frequency");
    ValueContract.nullTester().testAllPublicStaticMethods(LossSpec.class);
    ValueContract.nullTester().testAllPublicInstanceMethods(LossSpec.frequency("poisson:1", "f"));
  }

  private static LossSpec readBack(LossSpec spec) {
    String text = spec.toString();
    return spec.kind().isFrequency()
        ? LossSpec.frequency(text, "frequency")
        : LossSpec.magnitude(text, "magnitude");
  }

  /** Valid specs of every kind, from plain integers and decimals to extreme finite doubles. */
  private static Gen<LossSpec> specs() {
    Gen<Double> amounts =
        doubles()
            .positive()
            .assuming(Double::isFinite)
            .mix(longs().between(0, 10_000_000_000_000_000L).map(Long::doubleValue))
            .mix(integers().between(0, 1_000_000).map(i -> i / 100.0))
            .mix(constant(-0.0), 5);
    Gen<Double> probabilities =
        doubles()
            .fromZeroToOne()
            .mix(integers().between(0, 100).map(i -> i / 100.0))
            .mix(constant(-0.0), 5);
    Gen<LossSpec> poisson = amounts.map(r -> LossSpec.of(LossSpec.Kind.POISSON, List.of(r)));
    Gen<LossSpec> probability =
        probabilities.map(p -> LossSpec.of(LossSpec.Kind.PROBABILITY, List.of(p)));
    Gen<LossSpec> lognormal =
        amounts
            .zip(amounts, (a, b) -> List.of(Math.min(a, b), Math.max(a, b)))
            .assuming(p -> p.get(0) > 0 && p.get(0) < p.get(1))
            .map(p -> LossSpec.of(LossSpec.Kind.LOGNORMAL90, p));
    Gen<LossSpec> pert =
        amounts
            .zip(
                amounts,
                amounts,
                (a, b, c) -> {
                  double[] p = {a, b, c};
                  Arrays.sort(p);
                  return List.of(p[0], p[1], p[2]);
                })
            .assuming(p -> p.get(0) < p.get(2))
            .map(p -> LossSpec.of(LossSpec.Kind.PERT, p));
    return poisson.mix(probability, 50).mix(lognormal, 33).mix(pert, 25);
  }
}
