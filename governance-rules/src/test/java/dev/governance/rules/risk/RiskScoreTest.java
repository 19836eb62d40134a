package dev.governance.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.governance.rules.Explanation;
import org.junit.jupiter.api.Test;

class RiskScoreTest {

  @Test
  void carriesValueLevelRankAndExplanation() {
    RiskScore score =
        RiskScore.builder()
            .value(7.5)
            .level("High")
            .rank(2)
            .explanation(Explanation.of("risk", 7.5, "3 x 2.5"))
            .build();
    assertThat(score.value()).isEqualTo(7.5);
    assertThat(score.level()).isEqualTo("High");
    assertThat(score.rank()).isEqualTo(2);
    assertThat(score.explanation().formula()).isEqualTo("3 x 2.5");
    new EqualsTester()
        .addEqualityGroup(score, score.withValue(7.5))
        .addEqualityGroup(score.withRank(1))
        .testEquals();
  }

  @Test
  void requiresEveryPart() {
    assertThatThrownBy(() -> RiskScore.builder().value(1).build()).hasMessageContaining("level");
  }
}
