package dev.governance.rules.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.governance.core.model.GovernanceModel;
import dev.governance.rules.Finding;
import dev.governance.rules.Severity;
import dev.governance.testkit.GovernanceModelGenerator;
import dev.governance.testkit.PracticeDefect;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PracticePropertiesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 15);

  @Test
  void aModelGeneratedValidHasNoGovError() {
    qt().withExamples(100)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              GovernanceModel model =
                  GovernanceModelGenerator.small().generate(new SplittableRandom(seed));
              assertThat(PracticeEngine.standard().review(model, AS_OF).findings())
                  .noneMatch(f -> f.severity() == Severity.ERROR);
            });
  }

  @Test
  void injectingOneDefectAddsFindingsOfExactlyItsCode() {
    PracticeDefect[] defects = PracticeDefect.values();
    qt().withExamples(300)
        .forAll(longs().all(), integers().between(0, defects.length - 1))
        .checkAssert(
            (seed, d) -> {
              PracticeDefect defect = defects[d];
              GovernanceModel valid =
                  GovernanceModelGenerator.small().generate(new SplittableRandom(seed));
              List<Finding> before = PracticeEngine.standard().review(valid, AS_OF).findings();
              List<Finding> after =
                  new ArrayList<>(
                      PracticeEngine.standard()
                          .review(defect.inject(valid, AS_OF), AS_OF)
                          .findings());
              after.removeAll(before);
              assertThat(after)
                  .as(defect.name())
                  .isNotEmpty()
                  .extracting(Finding::code)
                  .containsOnly(defect.code());
            });
  }
}
