package dev.governance.core.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WindowKindTest {

  @Test
  void hasUpgradeMigrationAndFreeze() {
    assertThat(WindowKind.values())
        .containsExactly(WindowKind.UPGRADE, WindowKind.MIGRATION, WindowKind.FREEZE);
    assertThat(WindowKind.valueOf("FREEZE")).isEqualTo(WindowKind.FREEZE);
  }
}
