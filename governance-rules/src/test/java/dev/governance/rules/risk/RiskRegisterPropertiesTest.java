package dev.governance.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.GovernanceModel;
import dev.governance.rules.Finding;
import dev.governance.rules.PropertyTries;
import dev.governance.testkit.RiskDefect;
import dev.governance.testkit.RiskRegisterGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 2 of the testkit issue for the risk register: each {@link RiskDefect} injected into a
 * generated register with no finding adds findings of exactly its code, over 1,000 seeds.
 */
class RiskRegisterPropertiesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 15);

  private static final RiskRegister REGISTER = RiskRegister.standard();

  private static List<Finding> review(GovernanceModel model, LocalDate asOf) {
    return REGISTER.review(model, asOf).findings().findings();
  }

  /**
   * Checks the seed's register, drawn by {@code registers} valid as of {@code asOf}: it has no
   * finding, and each defect injected into it adds findings, all of its code.
   */
  private static void check(RiskRegisterGenerator registers, LocalDate asOf, long seed) {
    GovernanceModel valid = registers.generate(new SplittableRandom(seed));
    List<Finding> before = review(valid, asOf);
    assertThat(before).as("valid as of %s, seed %d", asOf, seed).isEmpty();
    for (RiskDefect defect : RiskDefect.values()) {
      GovernanceModel defective = defect.inject(valid, asOf, new SplittableRandom(seed));
      List<Finding> added = new ArrayList<>(review(defective, asOf));
      added.removeAll(before);
      assertThat(added)
          .as("%s as of %s, seed %d", defect, asOf, seed)
          .isNotEmpty()
          .extracting(Finding::code)
          .containsOnly(defect.code());
    }
  }

  /**
   * Acceptance 2 of the testkit issue, over 1,000 distinct seeds; one test, so that each valid
   * register is generated and reviewed once for all the defects.
   */
  @Test
  void aValidRegisterHasNoFindingAndEachInjectedDefectAddsFindingsOfExactlyItsCode() {
    PropertyTries.seeds()
        .forEach(
            seed ->
                check(RiskRegisterGenerator.valid(AS_OF).ofSize(PropertyTries.SIZE), AS_OF, seed));
  }

  @Test
  void soAtTheSmallSizeAndAsOfADayAmidTheGeneratedDates() {
    LocalDate early = LocalDate.of(2024, 6, 30);
    for (long seed = 1; seed <= 50; seed++) {
      check(RiskRegisterGenerator.valid(AS_OF), AS_OF, seed);
      check(RiskRegisterGenerator.valid(early).ofSize(PropertyTries.SIZE), early, seed);
    }
  }
}
