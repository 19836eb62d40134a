package dev.governance.rules.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import dev.governance.rules.kpi.Status;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class KpiReadingTest {

  @Test
  void holdsAValueOrNoneAndAStatus() {
    assertThat(KpiReading.of(OptionalDouble.empty(), Status.GREY).value()).isEmpty();
    assertThat(KpiReading.of(OptionalDouble.of(99.5), Status.GREEN))
        .isEqualTo(KpiReading.of(OptionalDouble.of(99.5), Status.GREEN));
  }

  @Test
  void rejectsANonFiniteValue() {
    assertThatThrownBy(() -> KpiReading.of(OptionalDouble.of(Double.NaN), Status.RED))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: value = NaN: expected a finite number");
  }
}
