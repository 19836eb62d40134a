package dev.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.GovernanceModel;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PracticeDefectTest {

  @Test
  void eachDefectHasItsCodeAndGivesAModelThatStillBuilds() {
    assertThat(Arrays.stream(PracticeDefect.values()).map(PracticeDefect::code))
        .containsExactly(
            "GOV-001", "GOV-002", "GOV-003", "GOV-004", "GOV-005", "GOV-006", "GOV-007", "GOV-008",
            "GOV-009", "GOV-010");
    for (long seed = 1; seed <= 10; seed++) {
      GovernanceModel valid = GovernanceModelGenerator.small().generate(new SplittableRandom(seed));
      for (PracticeDefect defect : PracticeDefect.values()) {
        GovernanceModel defective = defect.inject(valid, LocalDate.of(2026, 3, 15));
        assertThat(defective).as(defect.name()).isNotEqualTo(valid);
      }
    }
  }
}
