package dev.governance.report;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimelineItemTest {

  @Test
  void rejectsBlankLabelsAndStatuses() {
    assertThatThrownBy(
            () ->
                TimelineItem.builder()
                    .date(LocalDate.of(2026, 1, 1))
                    .label("")
                    .status("x")
                    .tone(Tone.GOOD)
                    .build())
        .hasMessage("Invalid governance data: label = '': expected a non-blank text");
    assertThatThrownBy(
            () ->
                TimelineItem.builder()
                    .date(LocalDate.of(2026, 1, 1))
                    .label("x")
                    .status(" ")
                    .tone(Tone.GOOD)
                    .build())
        .hasMessage("Invalid governance data: status = ' ': expected a non-blank text");
  }
}
