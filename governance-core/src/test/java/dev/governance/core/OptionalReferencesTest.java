package dev.governance.core;

import static dev.governance.core.ValueContract.rejects;

import dev.governance.core.compliance.CompletionRecord;
import dev.governance.core.compliance.Obligation;
import dev.governance.core.kpi.Aggregation;
import dev.governance.core.kpi.Direction;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.kpi.UpdateFrequency;
import dev.governance.core.party.Person;
import dev.governance.core.portfolio.Criticality;
import dev.governance.core.portfolio.InformationSystem;
import dev.governance.core.portfolio.Milestone;
import dev.governance.core.portfolio.Project;
import dev.governance.core.raci.RaciActivity;
import dev.governance.core.risk.Control;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Optional references and numbers are checked like required ones when they are given. */
class OptionalReferencesTest {

  private static final String BAD = "not an id";
  private static final String ID_EXPECTED =
      "expected an id of 1 to 128 letters, digits or . _ : / + - starting with a letter or digit";
  private static final LocalDate DAY = LocalDate.of(2025, 1, 1);

  static Stream<Arguments> optionalFields() {
    return Stream.of(
        Arguments.of(
            "unit", (ThrowingCallable) () -> Person.builder().id("a").name("A").unit(BAD).build()),
        Arguments.of(
            "program",
            (ThrowingCallable)
                () ->
                    Project.builder()
                        .id("p")
                        .name("P")
                        .program(BAD)
                        .start(DAY)
                        .finish(DAY)
                        .build()),
        Arguments.of(
            "owner",
            (ThrowingCallable)
                () ->
                    Project.builder().id("p").name("P").owner(BAD).start(DAY).finish(DAY).build()),
        Arguments.of(
            "owner",
            (ThrowingCallable)
                () ->
                    InformationSystem.builder()
                        .id("s")
                        .name("S")
                        .owner(BAD)
                        .criticality(Criticality.LOW)
                        .build()),
        Arguments.of(
            "program",
            (ThrowingCallable)
                () -> Milestone.builder().id("m").name("M").due(DAY).program(BAD).build()),
        Arguments.of(
            "project",
            (ThrowingCallable)
                () -> Milestone.builder().id("m").name("M").due(DAY).project(BAD).build()),
        Arguments.of(
            "deliverable",
            (ThrowingCallable)
                () -> RaciActivity.builder().id("a").name("A").deliverable(BAD).build()),
        Arguments.of(
            "owner",
            (ThrowingCallable)
                () -> Control.builder().id("c").name("C").effectiveness(0.5).owner(BAD).build()),
        Arguments.of(
            "trigger",
            (ThrowingCallable)
                () ->
                    Obligation.builder()
                        .id("o")
                        .title("O")
                        .regulation("R")
                        .citation("c")
                        .ownerRole("r")
                        .trigger(BAD)
                        .build()),
        Arguments.of(
            "event",
            (ThrowingCallable)
                () ->
                    CompletionRecord.builder()
                        .obligation("o")
                        .due(DAY)
                        .event(BAD)
                        .completedAt(Instant.EPOCH)
                        .completedBy("a")
                        .build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("optionalFields")
  void rejectsMalformedOptionalIds(String field, ThrowingCallable build) {
    rejects(build, "Invalid governance data: " + field + " = '" + BAD + "': " + ID_EXPECTED);
  }

  static KpiDefinition.Builder kpi() {
    return KpiDefinition.builder()
        .id("k")
        .name("K")
        .unit("%")
        .direction(Direction.HIGHER_IS_BETTER)
        .target(5)
        .perspective("p")
        .aggregation(Aggregation.MEAN)
        .updateFrequency(UpdateFrequency.MONTHLY);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nonFiniteBounds")
  void rejectsNonFiniteKpiBounds(String field, ThrowingCallable build) {
    rejects(build, "Invalid governance data: " + field + " = NaN: expected a finite number");
  }

  static Stream<Arguments> nonFiniteBounds() {
    return Stream.of(
        Arguments.of("minimum", (ThrowingCallable) () -> kpi().minimum(Double.NaN).build()),
        Arguments.of("maximum", (ThrowingCallable) () -> kpi().maximum(Double.NaN).build()));
  }
}
