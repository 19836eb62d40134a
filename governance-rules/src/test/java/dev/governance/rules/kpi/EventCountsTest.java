package dev.governance.rules.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.governance.core.GovernanceValidationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EventCountsTest {

  @Test
  void errorRateFeedsTheBurnRate() {
    EventCounts hour = EventCounts.of(1_000_000, 14_400);
    assertThat(hour.errorRate().orElseThrow().result()).isEqualTo(0.0144);
    assertThat(hour.errorRate().orElseThrow().formula()).isEqualTo("bad / valid = 14400 / 1000000");
    assertThat(hour.successRate().orElseThrow().result()).isEqualTo(0.9856);
    // The shared reference's burn-rate example: 1.44 % errors against a 99.9 % SLO burn 14.4 times
    // too fast.
    assertThat(
            ErrorBudget.of(0.999, Duration.ofDays(30))
                .burnRate(hour.errorRate().orElseThrow().result())
                .result())
        .isCloseTo(14.4, within(1e-9));
    assertThat(hour.plus(EventCounts.of(1_000_000, 0)).errorRate().orElseThrow().result())
        .isEqualTo(0.0072);
  }

  @Test
  void noEventsNoRate() {
    assertThat(EventCounts.of(0, 0).errorRate()).isEmpty();
    assertThat(EventCounts.of(0, 0).successRate()).isEmpty();
  }

  @Test
  void rejectsImpossibleCounts() {
    assertThatThrownBy(() -> EventCounts.of(-1, 0))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageStartingWith("Invalid governance data: valid = -1: expected a count >= 0");
    assertThatThrownBy(() -> EventCounts.of(10, 11))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: bad = 11: expected a count from 0 to valid 10");
    assertThatThrownBy(() -> EventCounts.of(10, -1))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: bad = -1: expected a count from 0 to valid 10");
  }
}
