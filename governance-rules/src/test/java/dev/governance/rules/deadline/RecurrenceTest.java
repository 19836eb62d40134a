package dev.governance.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.governance.core.GovernanceValidationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void expandsInTheZoneOfItsStart() {
    Recurrence lastFriday = Recurrence.parse("FREQ=MONTHLY;BYDAY=-1FR;COUNT=3");
    List<ZonedDateTime> instances =
        lastFriday
            .instances(LocalDateTime.of(2026, 1, 1, 10, 0), BERLIN)
            .collect(Collectors.toList());
    assertThat(instances)
        .extracting(ZonedDateTime::toLocalDate)
        .containsExactly(
            LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 27));
    assertThat(instances.get(2).toLocalTime().getHour())
        .as("10:00 local, after the change to summer time on 29 March")
        .isEqualTo(10);
    assertThat(
            lastFriday
                .localInstances(LocalDateTime.of(2026, 1, 1, 10, 0), BERLIN)
                .map(LocalDateTime::toLocalDate))
        .containsExactly(
            LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 27));
    assertThat(lastFriday.isInfinite()).isFalse();
    assertThat(Recurrence.parse("FREQ=YEARLY").isInfinite()).isTrue();
  }

  /**
   * Issue 20, point 1: a floating UNTIL (the RFC 5545 form for a floating start) and a date-only
   * one failed as "never matches"; python-dateutil's rrule(MONTHLY, dtstart=2024-06-27 00:30,
   * until=2026-04-16 00:30) ends on 2026-03-27 00:30, and so do all three forms here.
   */
  @Test
  void untilWorksFloatingInUtcAndAsADate() {
    LocalDateTime start = LocalDateTime.of(2024, 6, 27, 0, 30);
    for (String until : new String[] {"20260416T003000", "20260416T003000Z", "20260416"}) {
      List<LocalDateTime> instances =
          Recurrence.parse("FREQ=MONTHLY;UNTIL=" + until)
              .localInstances(start, ZoneOffset.UTC)
              .collect(Collectors.toList());
      assertThat(instances).as(until).hasSize(22);
      assertThat(instances.get(0)).as(until).isEqualTo(start);
      assertThat(instances.get(21)).as(until).isEqualTo(LocalDateTime.of(2026, 3, 27, 0, 30));
    }
    assertThat(
            Recurrence.parse("FREQ=DAILY;UNTIL=20260416")
                .localInstances(LocalDateTime.of(2026, 4, 15, 23, 0), BERLIN)
                .collect(Collectors.toList()))
        .as("a date-only UNTIL includes its whole day")
        .containsExactly(
            LocalDateTime.of(2026, 4, 15, 23, 0), LocalDateTime.of(2026, 4, 16, 23, 0));
    assertThat(
            Recurrence.parse("FREQ=HOURLY;UNTIL=20260416T080000Z")
                .localInstances(LocalDateTime.of(2026, 4, 16, 8, 0), BERLIN)
                .collect(Collectors.toList()))
        .as("a UTC UNTIL is an instant: 10:00 in Berlin is 08:00 UTC")
        .containsExactly(
            LocalDateTime.of(2026, 4, 16, 8, 0),
            LocalDateTime.of(2026, 4, 16, 9, 0),
            LocalDateTime.of(2026, 4, 16, 10, 0));
    assertThat(Recurrence.parse("FREQ=MONTHLY;UNTIL=20260416"))
        .as("the canonical form keeps the UNTIL as written")
        .hasToString("FREQ=MONTHLY;UNTIL=20260416");
  }

  /** Found by fuzzing: the library rolled UNTIL=69562764 (month 27, day 64) into a later date. */
  @Test
  void anUntilThatNamesNoDateIsRejected() {
    for (String until : new String[] {"69562764", "20260230", "20260416T250000Z"}) {
      assertThatThrownBy(() -> Recurrence.parse("FREQ=WEEKLY;UNTIL=" + until))
          .as(until)
          .isInstanceOf(GovernanceValidationException.class)
          .hasMessage(
              "Invalid governance data: rrule = 'FREQ=WEEKLY;UNTIL="
                  + until
                  + "': expected an UNTIL that is a date YYYYMMDD or a date-time"
                  + " YYYYMMDDTHHMMSS[Z], not "
                  + until);
    }
  }

  @Test
  void monthEndFallsBackWithSkipBackward() {
    Recurrence monthEnd =
        Recurrence.parse("FREQ=MONTHLY;RSCALE=GREGORIAN;BYMONTHDAY=31;SKIP=BACKWARD");
    assertThat(
            monthEnd
                .instances(LocalDateTime.of(2026, 1, 31, 9, 0), BERLIN)
                .limit(3)
                .map(ZonedDateTime::toLocalDate))
        .containsExactly(
            LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31));
  }

  @Test
  void hasACanonicalForm() {
    assertThat(Recurrence.parse("FREQ=WEEKLY;BYDAY=MO,WE;INTERVAL=2").toString())
        .isEqualTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE");
    new EqualsTester()
        .addEqualityGroup(
            Recurrence.parse("FREQ=WEEKLY;BYDAY=MO;INTERVAL=2"),
            Recurrence.parse("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"))
        .addEqualityGroup(Recurrence.parse("FREQ=DAILY"))
        .testEquals();
  }

  @Test
  void knowsWhetherItRecursMoreOftenThanDaily() {
    for (String sub : List.of("FREQ=HOURLY", "FREQ=MINUTELY;INTERVAL=15", "FREQ=SECONDLY")) {
      assertThat(Recurrence.parse(sub).isSubDaily()).as(sub).isTrue();
    }
    for (String daily : List.of("FREQ=DAILY", "FREQ=WEEKLY", "FREQ=MONTHLY", "FREQ=YEARLY")) {
      assertThat(Recurrence.parse(daily).isSubDaily()).as(daily).isFalse();
    }
  }

  @Test
  void rejectsAStartOutsideTheYears1To9999() {
    Recurrence yearly = Recurrence.parse("FREQ=YEARLY");
    for (LocalDateTime start :
        List.of(LocalDateTime.of(0, 6, 15, 9, 0), LocalDateTime.of(-5, 6, 15, 9, 0))) {
      assertThatThrownBy(() -> yearly.localInstances(start, ZoneId.of("UTC")))
          .isInstanceOf(GovernanceValidationException.class)
          .hasMessage(
              "Invalid governance data: start = "
                  + start
                  + ": expected a date-time in the years 1 to 9999");
    }
    assertThat(yearly.localInstances(LocalDateTime.of(1, 6, 15, 9, 0), ZoneId.of("UTC")).limit(2))
        .containsExactly(LocalDateTime.of(1, 6, 15, 9, 0), LocalDateTime.of(2, 6, 15, 9, 0));
  }

  @Test
  void rejectsAnIntervalItsDateArithmeticCannotHold() {
    assertThat(Recurrence.parse("FREQ=DAILY;INTERVAL=10000").toString()).contains("INTERVAL=10000");
    assertThatThrownBy(() -> Recurrence.parse("FREQ=DAILY;INTERVAL=2147483647"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: rrule = 'FREQ=DAILY;INTERVAL=2147483647': expected an"
                + " INTERVAL from 1 to 10000, not 2147483647");
  }

  @Test
  void aRuleWhosePartsNeverMatchIsADataErrorNotALibraryException() {
    LocalDateTime start = LocalDateTime.of(2024, 1, 1, 9, 0);
    for (String never :
        List.of("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6")) {
      assertThatThrownBy(
              () ->
                  Recurrence.parse(never).localInstances(start, ZoneId.of("UTC")).limit(3).toList())
          .isInstanceOf(GovernanceValidationException.class)
          .hasMessage(
              "Invalid governance data: rrule = '"
                  + never
                  + "': expected a rule whose parts can match a date; none matched in the periods"
                  + " searched after 2024-01-01T09:00");
    }
  }

  @Test
  void rejectsMalformedRules() {
    assertThatThrownBy(() -> Recurrence.parse("FREQ=DAILY;COUNT=2;UNTIL=20260101T000000Z"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: rrule = 'FREQ=DAILY;COUNT=2;UNTIL=20260101T000000Z': expected"
                + " an RFC 5545 recurrence rule (UNTIL and COUNT must not occur in the same"
                + " rule.)");
    assertThatThrownBy(() -> Recurrence.parse("FREQ=DAILY;BYDAY=XX"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageStartingWith(
            "Invalid governance data: rrule = 'FREQ=DAILY;BYDAY=XX': expected an RFC 5545"
                + " recurrence rule");
    assertThatThrownBy(() -> Recurrence.parse("INTERVAL=2"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageStartingWith(
            "Invalid governance data: rrule = 'INTERVAL=2': expected an RFC 5545 recurrence rule");
    assertThatThrownBy(() -> Recurrence.parse(""))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageStartingWith(
            "Invalid governance data: rrule = '': expected an RFC 5545 recurrence rule");
  }
}
