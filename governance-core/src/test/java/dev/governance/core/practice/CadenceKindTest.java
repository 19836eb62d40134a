package dev.governance.core.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CadenceKindTest {

  @Test
  void hasTheThreeForums() {
    assertThat(CadenceKind.values())
        .containsExactly(
            CadenceKind.STEERING_COMMITTEE,
            CadenceKind.PROGRAM_SYSTEM_SYNC,
            CadenceKind.COMPLIANCE_REVIEW);
  }
}
