package dev.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.Violation;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InvalidInputGeneratorTest {

  @ParameterizedTest
  @EnumSource(Defect.class)
  void everyDefectIsReportedAtItsPath(Defect defect) {
    qt().withExamples(40)
        .forAll(longs().all())
        .checkAssert(
            seed ->
                assertReportedAtItsPath(
                    InvalidInputGenerator.of(defect).generate(new SplittableRandom(seed)), defect));
  }

  @Test
  void anyDefectDrawsFromAllOfThem() {
    Set<Defect> seen = ConcurrentHashMap.newKeySet();
    // 1000 draws miss one of the defects with a probability below 1e-9
    qt().withExamples(1000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              InvalidInput input = InvalidInputGenerator.any().generate(new SplittableRandom(seed));
              seen.add(input.defect());
              assertReportedAtItsPath(input, input.defect());
            });
    assertThat(seen).isEqualTo(EnumSet.allOf(Defect.class));
  }

  private static void assertReportedAtItsPath(InvalidInput input, Defect defect) {
    assertThat(input.defect()).isEqualTo(defect);
    GovernanceValidationException e =
        catchThrowableOfType(GovernanceValidationException.class, input::build);
    assertThat(e).as("%s must be rejected", input).isNotNull();
    assertThat(e.violations())
        .extracting(Violation::path)
        .as(e.getMessage())
        .contains(input.expectedPath());
  }
}
