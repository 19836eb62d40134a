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
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
        List.of(
            "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
            "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6",
            "FREQ=YEARLY;BYMONTH=3;BYSECOND=60")) {
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

  private static List<LocalDateTime> first(int n, String rule, LocalDateTime start) {
    return Recurrence.parse(rule).localInstances(start, ZoneOffset.UTC).limit(n).toList();
  }

  private static List<LocalDateTime> at9(LocalDate... days) {
    return Stream.of(days).map(d -> d.atTime(9, 0)).toList();
  }

  /**
   * Issue 20, point 2: lib-recur gave 2025-01-01, a Wednesday, first. python-dateutil 2.9: the
   * Thursdays of ISO weeks 52 and 53, 2026 being a 53-week year; DTSTART, a Monday, is no instance.
   */
  @Test
  void byWeekNo52And53OnThursdayGivesTheThursdaysOfThoseWeeks() {
    assertThat(
            first(5, "FREQ=YEARLY;BYWEEKNO=52,53;BYDAY=TH", LocalDateTime.of(2024, 12, 30, 9, 0)))
        .isEqualTo(
            at9(
                LocalDate.of(2025, 12, 25),
                LocalDate.of(2026, 12, 24),
                LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 12, 30),
                LocalDate.of(2028, 12, 28)));
  }

  /**
   * Issue 20, point 2: lib-recur gave Tuesdays (2024-12-31). Week -53 is the week 1 of a 53-week
   * year, whose Monday falls in the December before, outside the year: python-dateutil 2.9 gives no
   * instance at all, and so this is a rule that never matches.
   */
  @Test
  void byWeekNoMinus53OnMondayNeverMatches() {
    assertThatThrownBy(
            () ->
                first(3, "FREQ=YEARLY;BYWEEKNO=-53;BYDAY=MO", LocalDateTime.of(2024, 12, 30, 9, 0)))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: rrule = 'FREQ=YEARLY;BYWEEKNO=-53;BYDAY=MO': expected a rule"
                + " whose parts can match a date; none matched in the periods searched after"
                + " 2024-12-30T09:00");
    assertThat(first(3, "FREQ=YEARLY;BYWEEKNO=-53;BYDAY=TH", LocalDateTime.of(2024, 12, 30, 9, 0)))
        .as("its Thursday is in the year: python-dateutil 2.9")
        .isEqualTo(
            at9(LocalDate.of(2026, 1, 1), LocalDate.of(2032, 1, 1), LocalDate.of(2037, 1, 1)));
  }

  /** Issue 20, point 2: lib-recur gave 2027-12-27, which is in week 52; python-dateutil 2.9. */
  @Test
  void byWeekNo53OnMondayIsInA53WeekYearOnly() {
    assertThat(first(3, "FREQ=YEARLY;BYWEEKNO=53;BYDAY=MO", LocalDateTime.of(2024, 12, 30, 9, 0)))
        .isEqualTo(
            at9(
                LocalDate.of(2026, 12, 28),
                LocalDate.of(2032, 12, 27),
                LocalDate.of(2037, 12, 28)));
  }

  /**
   * Without BYDAY, BYMONTHDAY or BYYEARDAY, every day of the week named is an instance, those of
   * 2024 in the ISO week 1 of 2025 included (python-dateutil 2.9; lib-recur took DTSTART's
   * weekday).
   */
  @Test
  void byWeekNoAloneGivesEveryDayOfTheWeek() {
    assertThat(first(8, "FREQ=YEARLY;BYWEEKNO=1", LocalDateTime.of(2024, 12, 31, 9, 0)))
        .isEqualTo(
            at9(
                LocalDate.of(2024, 12, 31),
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 2),
                LocalDate.of(2025, 1, 3),
                LocalDate.of(2025, 1, 4),
                LocalDate.of(2025, 1, 5),
                LocalDate.of(2025, 12, 29),
                LocalDate.of(2025, 12, 30)));
  }

  /**
   * 1 and 2 January 1994 are in ISO week 52 of 1993 ({@link IsoFields}), a 52-week year, where
   * python-dateutil 2.9 counts them in week 53 (its rrule takes the length of the wrong year;
   * dateutil pull request 1537): this follows ISO 8601, as RFC 5545 asks.
   */
  @Test
  void theJanuaryDaysOfTheLastWeekOfAYearHaveThatWeeksIsoNumber() {
    LocalDate newYear = LocalDate.of(1994, 1, 1);
    assertThat(newYear.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).isEqualTo(52);
    LocalDateTime start = LocalDateTime.of(1993, 12, 1, 9, 0);
    assertThat(first(7, "FREQ=YEARLY;BYWEEKNO=52", start))
        .endsWith(newYear.atTime(9, 0), LocalDate.of(1994, 1, 2).atTime(9, 0));
    assertThat(first(1, "FREQ=YEARLY;BYWEEKNO=53", start))
        .as("1998, which begins on a Thursday, is the first 53-week year after 1993")
        .containsExactly(LocalDateTime.of(1998, 12, 28, 9, 0));
  }

  @Test
  void byWeekNoIsForPlainGregorianYearlyRulesWithoutOrdinals() {
    assertThatThrownBy(() -> Recurrence.parse("FREQ=MONTHLY;BYWEEKNO=3"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: rrule = 'FREQ=MONTHLY;BYWEEKNO=3': expected an RFC 5545"
                + " recurrence rule (BYWEEKNO is allowed in YEARLY rules only)");
    assertThatThrownBy(() -> Recurrence.parse("FREQ=YEARLY;BYWEEKNO=3;BYDAY=1MO"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: rrule = 'FREQ=YEARLY;BYWEEKNO=3;BYDAY=1MO': expected an RFC"
                + " 5545 recurrence rule (The BYDAY rule part must not be specified with a numeric"
                + " value with the FREQ rule part set to YEARLY when BYWEEKNO is set)");
    assertThatThrownBy(() -> Recurrence.parse("FREQ=YEARLY;RSCALE=JULIAN;BYWEEKNO=3"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: rrule = 'FREQ=YEARLY;RSCALE=JULIAN;BYWEEKNO=3': expected"
                + " BYWEEKNO in the plain Gregorian calendar: without RSCALE, or with"
                + " RSCALE=GREGORIAN and SKIP=OMIT");
    assertThat(
            first(
                1,
                "FREQ=YEARLY;RSCALE=GREGORIAN;BYWEEKNO=1;BYDAY=MO",
                LocalDateTime.of(2025, 1, 1, 9, 0)))
        .containsExactly(LocalDateTime.of(2025, 12, 29, 9, 0));
  }

  /**
   * lib-recur applied BYSETPOS to what was left of the first year after DTSTART (2024-05-21); RFC
   * 5545 applies it to the year's set, whose first, 21 February, is before DTSTART: python-dateutil
   * 2.9.
   */
  @Test
  void bySetPosPicksFromTheWholeFirstYear() {
    assertThat(
            first(
                3,
                "FREQ=YEARLY;BYMONTH=2,5;BYMONTHDAY=21;BYSETPOS=1;COUNT=3",
                LocalDateTime.of(2024, 4, 10, 9, 0)))
        .isEqualTo(
            at9(LocalDate.of(2025, 2, 21), LocalDate.of(2026, 2, 21), LocalDate.of(2027, 2, 21)));
  }

  /**
   * lib-recur kept a yearly BYMONTHDAY to DTSTART's month; RFC 5545 expands the year by it, to that
   * day of every month: python-dateutil 2.9.
   */
  @Test
  void yearlyByMonthDayWithoutByMonthIsThatDayOfEveryMonth() {
    assertThat(first(3, "FREQ=YEARLY;BYMONTHDAY=16", LocalDateTime.of(2015, 4, 13, 9, 0)))
        .isEqualTo(
            at9(LocalDate.of(2015, 4, 16), LocalDate.of(2015, 5, 16), LocalDate.of(2015, 6, 16)));
  }

  /** lib-recur threw an ArrayIndexOutOfBoundsException; python-dateutil 2.9. */
  @Test
  void aYearDayCountedFromTheEndOfALeapYearBesideByDay() {
    assertThat(first(3, "FREQ=YEARLY;BYYEARDAY=-366;BYDAY=MO", LocalDateTime.of(2020, 1, 1, 9, 0)))
        .isEqualTo(
            at9(LocalDate.of(2024, 1, 1), LocalDate.of(2052, 1, 1), LocalDate.of(2080, 1, 1)));
  }

  @Test
  void instancesEndWithTheYear9999() {
    assertThat(first(5, "FREQ=YEARLY", LocalDateTime.of(9997, 6, 1, 9, 0)))
        .as("python-dateutil 2.9 ends there too")
        .containsExactly(
            LocalDateTime.of(9997, 6, 1, 9, 0),
            LocalDateTime.of(9998, 6, 1, 9, 0),
            LocalDateTime.of(9999, 6, 1, 9, 0));
    assertThat(first(5, "FREQ=MONTHLY", LocalDateTime.of(9999, 11, 1, 9, 0)))
        .containsExactly(LocalDateTime.of(9999, 11, 1, 9, 0), LocalDateTime.of(9999, 12, 1, 9, 0));
    // 29 February comes again in 10000: none is left, which is not a rule that never matches
    assertThat(first(5, "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", LocalDateTime.of(9997, 3, 1, 9, 0)))
        .isEmpty();
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

  /** Issue 20, point 8: COUNT=0 ended in the recurrence library's "int value out of range: 0". */
  @Test
  void aCountOfNoInstanceIsRejectedInPlainWords() {
    for (String count : new String[] {"0", "-1", "x", "", "1000000000", "99999999999"}) {
      assertThatThrownBy(() -> Recurrence.parse("FREQ=DAILY;COUNT=" + count))
          .isInstanceOf(GovernanceValidationException.class)
          .hasMessage(
              "Invalid governance data: rrule = 'FREQ=DAILY;COUNT="
                  + count
                  + "': expected a COUNT from 1 to 999999999, not "
                  + count);
    }
    assertThat(Recurrence.parse("FREQ=DAILY;COUNT=007").toString()).contains("COUNT=7");
  }
}
