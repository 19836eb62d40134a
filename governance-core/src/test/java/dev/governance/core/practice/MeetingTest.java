package dev.governance.core.practice;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeetingTest {

  @Test
  void holdsItsCadenceDayAndAttendees() {
    Meeting m =
        Meeting.builder()
            .cadence("steering")
            .heldOn(LocalDate.of(2025, 3, 4))
            .addAttendees("ana", "cy")
            .build();
    assertThat(m.attendees()).containsExactly("ana", "cy");
    rejects(
        () ->
            Meeting.builder()
                .cadence("steering")
                .heldOn(LocalDate.of(2025, 3, 4))
                .addAttendees("a b")
                .build(),
        "Invalid governance data: attendees[0] = 'a b': expected an id of 1 to 128 letters, digits"
            + " or . _ : / + - starting with a letter or digit");
  }
}
