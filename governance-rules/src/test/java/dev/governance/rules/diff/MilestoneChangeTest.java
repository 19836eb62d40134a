package dev.governance.rules.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MilestoneChangeTest {

  private static final Optional<LocalDate> MARCH = Optional.of(LocalDate.of(2026, 3, 2));

  @Test
  void aMilestoneRemovedHasNoAfter() {
    assertThat(MilestoneChange.of("go-live", MARCH, Optional.empty()).after()).isEmpty();
  }

  @Test
  void rejectsTheSameDate() {
    assertThatThrownBy(() -> MilestoneChange.of("go-live", MARCH, MARCH))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("after = '2026-03-02'")
        .hasMessageContaining("expected a date other than before");
  }
}
