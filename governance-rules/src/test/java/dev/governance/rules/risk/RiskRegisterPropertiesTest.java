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

  private static final RiskRegisterGenerator VALID =
      RiskRegisterGenerator.valid(AS_OF).ofSize(PropertyTries.SIZE);

  private static List<Finding> review(GovernanceModel model, LocalDate asOf) {
    return RiskRegister.standard().review(model, asOf).findings().findings();
  }

  @Test
  void aGeneratedValidRegisterHasNoFinding() {
    PropertyTries.seeds()
        .forEach(
            seed ->
                assertThat(review(VALID.generate(new SplittableRandom(seed)), AS_OF))
                    .as("seed %d", seed)
                    .isEmpty());
  }

  @Test
  void aValidRegisterOfTheSmallSizeOrAsOfAnEarlierDayHasNoFindingEither() {
    LocalDate early = LocalDate.of(2024, 6, 30); // amid the generated dates
    for (long seed = 1; seed <= 50; seed++) {
      assertThat(
              review(
                  RiskRegisterGenerator.valid(AS_OF).generate(new SplittableRandom(seed)), AS_OF))
          .as("small, seed %d", seed)
          .isEmpty();
      assertThat(
              review(
                  RiskRegisterGenerator.valid(early)
                      .ofSize(PropertyTries.SIZE)
                      .generate(new SplittableRandom(seed)),
                  early))
          .as("as of %s, seed %d", early, seed)
          .isEmpty();
    }
  }

  @Test
  void eachInjectedDefectAddsFindingsOfExactlyItsCode() {
    PropertyTries.seeds()
        .forEach(
            seed -> {
              GovernanceModel valid = VALID.generate(new SplittableRandom(seed));
              List<Finding> before = review(valid, AS_OF);
              for (RiskDefect defect : RiskDefect.values()) {
                GovernanceModel defective = defect.inject(valid, AS_OF, new SplittableRandom(seed));
                List<Finding> added = new ArrayList<>(review(defective, AS_OF));
                added.removeAll(before);
                assertThat(added)
                    .as("%s, seed %d", defect, seed)
                    .isNotEmpty()
                    .extracting(Finding::code)
                    .containsOnly(defect.code());
              }
            });
  }
}
