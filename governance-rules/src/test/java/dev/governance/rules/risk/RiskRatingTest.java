package dev.governance.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.risk.Treatment;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RiskRatingTest {

  @Test
  void aRiskWithoutAssessmentsIsRatedEmpty() {
    RiskRating unrated = RiskRating.builder().risk("new").build();
    assertThat(unrated.inherent()).isEmpty();
    assertThat(unrated.residual()).isEmpty();
    assertThat(unrated.level()).isEmpty();
    assertThat(unrated.appetite()).isEmpty();
    assertThat(unrated.recommendation()).isEmpty();
    assertThat(unrated.nextReview()).isEmpty();
    assertThat(
            unrated
                .withRecommendation(Treatment.MITIGATE)
                .withNextReview(LocalDate.of(2027, 1, 1))
                .recommendation())
        .contains(Treatment.MITIGATE);
  }
}
