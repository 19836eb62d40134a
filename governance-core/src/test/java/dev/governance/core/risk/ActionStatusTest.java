package dev.governance.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActionStatusTest {

  @Test
  void hasTheDocumentedConstants() {
    assertThat(ActionStatus.values())
        .containsExactly(
            ActionStatus.PLANNED,
            ActionStatus.IN_PROGRESS,
            ActionStatus.DONE,
            ActionStatus.CANCELLED);
  }

  @Test
  void plannedAndInProgressActionsAreOpen() {
    assertThat(ActionStatus.PLANNED.isOpen()).isTrue();
    assertThat(ActionStatus.IN_PROGRESS.isOpen()).isTrue();
    assertThat(ActionStatus.DONE.isOpen()).isFalse();
    assertThat(ActionStatus.CANCELLED.isOpen()).isFalse();
  }
}
