package dev.governance.core.practice;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RoadmapWindowTest {

  @Test
  void containsItsFirstAndLastDay() {
    RoadmapWindow freeze =
        RoadmapWindow.builder()
            .id("peak")
            .system("commerce")
            .kind(WindowKind.FREEZE)
            .start(LocalDate.of(2025, 11, 15))
            .end(LocalDate.of(2026, 1, 5))
            .build();
    assertThat(freeze.contains(LocalDate.of(2025, 11, 15))).isTrue();
    assertThat(freeze.contains(LocalDate.of(2026, 1, 5))).isTrue();
    assertThat(freeze.contains(LocalDate.of(2026, 1, 6))).isFalse();
  }

  @Test
  void rejectsAnEndBeforeItsStart() {
    rejects(
        () ->
            RoadmapWindow.builder()
                .id("w")
                .system("s")
                .kind(WindowKind.UPGRADE)
                .start(LocalDate.of(2025, 2, 2))
                .end(LocalDate.of(2025, 2, 1))
                .build(),
        "Invalid governance data: end = 2025-02-01: expected a day not before start 2025-02-02");
  }
}
