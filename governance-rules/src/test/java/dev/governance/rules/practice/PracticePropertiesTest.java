package dev.governance.rules.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.governance.core.model.GovernanceModel;
import dev.governance.rules.Finding;
import dev.governance.rules.PropertyTries;
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

  private static final PracticeEngine ENGINE = PracticeEngine.standard();

  @Test
  void aModelGeneratedValidHasNoGovError() {
    qt().withExamples(100)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              GovernanceModel model =
                  GovernanceModelGenerator.small().generate(new SplittableRandom(seed));
              assertThat(ENGINE.review(model, AS_OF).findings())
                  .noneMatch(f -> f.severity() == Severity.ERROR);
            });
  }

  /**
   * Acceptance 2 of the testkit issue: for 1,000 distinct seeds, every defect injected into the
   * seed's model adds findings, all of its code.
   */
  @Test
  void injectingOneDefectAddsFindingsOfExactlyItsCode() {
    GovernanceModelGenerator models = GovernanceModelGenerator.of(PropertyTries.SIZE);
    PropertyTries.seeds()
        .forEach(
            seed -> {
              GovernanceModel valid = models.generate(new SplittableRandom(seed));
              List<Finding> before = ENGINE.review(valid, AS_OF).findings();
              for (PracticeDefect defect : PracticeDefect.values()) {
                List<Finding> after =
                    new ArrayList<>(ENGINE.review(defect.inject(valid, AS_OF), AS_OF).findings());
                after.removeAll(before);
                assertThat(after)
                    .as("%s, seed %d", defect, seed)
                    .isNotEmpty()
                    .extracting(Finding::code)
                    .containsOnly(defect.code());
              }
            });
  }
}
