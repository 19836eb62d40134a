package dev.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DeadlineExampleTest {

  @Test
  void printsDeadlinesWithTheirStepsAndTheCalendar() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DeadlineExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains(
            "Form 8-K B.1: 2026-07-04 (SATURDAY) is not a business day of US; the period begins on"
                + " and includes 2026-07-06, and ends on 2026-07-09")
        .contains(
            "Art. 3(2)(b): 72 hours of elapsed time end at 2026-04-06T17:00+02:00[Europe/Brussels]")
        .contains(
            "2026-07-01  Review privileged access   OVERDUE  escalated to system-owner; reminders"
                + " [2026-06-24, 2026-06-30]")
        .contains(
            "2026-08-03  Review privileged access   UPCOMING reminders [2026-07-27, 2026-07-31]")
        .contains("2026-08-10  File Form 10-Q");
  }
}
