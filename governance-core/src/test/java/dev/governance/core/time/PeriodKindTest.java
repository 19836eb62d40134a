package dev.governance.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PeriodKindTest {

  @Test
  void eachKindDividesTheYear() {
    assertThat(Arrays.stream(PeriodKind.values()).mapToInt(PeriodKind::months))
        .containsExactly(1, 3, 6, 12);
    assertThat(PeriodKind.values()).allSatisfy(k -> assertThat(12 % k.months()).isZero());
  }
}
