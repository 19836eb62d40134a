package dev.governance.rules.steering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.model.GovernanceModel;
import dev.governance.rules.ValidationReport;
import dev.governance.rules.health.GovernanceHealth;
import dev.governance.rules.health.HealthReport;
import dev.governance.rules.practice.PracticeEngine;
import dev.governance.testkit.GovernanceModelGenerator;
import dev.governance.testkit.WaiverGenerator;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue 24: models with the testkit's decisions and waivers validate, and the waiver engine and the
 * health check run over them: each waiver gives at most one finding about itself, and what the
 * engine marks waived is a finding of the report it was given.
 */
class GeneratedWaiversTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  @Test
  void theWaiverEngineAndTheHealthCheckRunOverGeneratedWaivers() {
    SplittableRandom random = new SplittableRandom(2411);
    int reviewed = 0;
    for (int i = 0; i < 40; i++) {
      GovernanceModel model =
          WaiverGenerator.addedTo(GovernanceModelGenerator.small().generate(random))
              .generate(random);
      ValidationReport practice = PracticeEngine.standard().review(model, AS_OF);
      WaiverReview review =
          WaiverEngine.standard().review(model, practice, AS_OF, HolidayCalendar.weekends());
      assertThat(review.findings().findings().size()).isLessThanOrEqualTo(model.waivers().size());
      assertThat(practice.findings()).containsAll(review.mark(practice).waived());
      reviewed += model.waivers().size();
      if (i % 10 == 0) {
        HealthReport health = GovernanceHealth.standard().check(model, AS_OF);
        assertThat(health.model()).isEqualTo(model);
      }
    }
    assertThat(reviewed).isPositive();
  }
}
