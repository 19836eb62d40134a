package dev.governance.rules.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import dev.governance.rules.kpi.Status;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class KpiChangeTest {

  private static final KpiReading GREEN = KpiReading.of(OptionalDouble.of(99), Status.GREEN);

  @Test
  void aKpiAddedHasNoBefore() {
    assertThat(KpiChange.of("k", Optional.empty(), Optional.of(GREEN)).before()).isEmpty();
  }

  @Test
  void rejectsNoReadingAtAll() {
    assertThatThrownBy(() -> KpiChange.of("k", Optional.empty(), Optional.empty()))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("before = '<none>'")
        .hasMessageContaining("expected a reading before or after (or both)");
  }

  @Test
  void rejectsTheSameReading() {
    assertThatThrownBy(() -> KpiChange.of("k", Optional.of(GREEN), Optional.of(GREEN)))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("expected a reading other than before");
  }
}
