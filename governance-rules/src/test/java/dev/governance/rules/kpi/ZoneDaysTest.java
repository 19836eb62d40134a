package dev.governance.rules.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ZoneDays} against {@code java.time}, the independent implementation it replaces. */
class ZoneDaysTest {

  private static final List<ZoneId> ZONES =
      List.of(
          ZoneOffset.UTC,
          ZoneOffset.ofHoursMinutes(5, 30),
          ZoneOffset.ofHours(-3),
          ZoneId.of("Etc/GMT+5"),
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("America/New_York"),
          ZoneId.of("America/Sao_Paulo"), // daylight saving began at midnight until 2019
          ZoneId.of("Australia/Lord_Howe"), // half an hour of daylight saving
          ZoneId.of("Pacific/Apia"), // skipped 2011-12-30
          ZoneId.of("Asia/Tehran"));

  private static long javaTime(ZoneId zone, long second) {
    return Instant.ofEpochSecond(second).atZone(zone).toLocalDate().toEpochDay();
  }

  @Test
  void datesEverySecondAsJavaTimeDoesInsideAndOutsideItsRange() {
    long first = LocalDate.of(2011, 10, 1).toEpochDay();
    long last = LocalDate.of(2012, 4, 30).toEpochDay();
    long from = LocalDate.of(2011, 9, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    long to = LocalDate.of(2012, 6, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    qt().withExamples(20_000)
        .forAll(integers().between(0, ZONES.size() - 1), longs().between(from, to))
        .checkAssert(
            (z, second) -> {
              ZoneId zone = ZONES.get(z);
              assertThat(new ZoneDays(zone, first, last).epochDay(second))
                  .as("%s at %s", zone, Instant.ofEpochSecond(second))
                  .isEqualTo(javaTime(zone, second));
            });
  }

  @Test
  void datesTheSecondsAroundEveryDayStartAndTransition() {
    long first = LocalDate.of(2011, 1, 1).toEpochDay();
    long last = LocalDate.of(2020, 12, 31).toEpochDay();
    for (ZoneId zone : ZONES) {
      ZoneDays days = new ZoneDays(zone, first, last);
      for (long day = first - 2; day <= last + 2; day++) {
        long start = LocalDate.ofEpochDay(day).atStartOfDay(zone).toEpochSecond();
        for (long second : new long[] {start - 3601, start - 1, start, start + 1, start + 3600}) {
          assertThat(days.epochDay(second))
              .as("%s at %s", zone, Instant.ofEpochSecond(second))
              .isEqualTo(javaTime(zone, second));
        }
      }
    }
  }

  @Test
  void aSkippedDayHasNoSecond() {
    ZoneId apia = ZoneId.of("Pacific/Apia");
    ZoneDays days =
        new ZoneDays(
            apia, LocalDate.of(2011, 12, 1).toEpochDay(), LocalDate.of(2012, 1, 31).toEpochDay());
    long lastSecondOf29th = LocalDate.of(2011, 12, 31).atStartOfDay(apia).toEpochSecond() - 1;
    assertThat(LocalDate.ofEpochDay(days.epochDay(lastSecondOf29th)))
        .isEqualTo(LocalDate.of(2011, 12, 29));
    assertThat(LocalDate.ofEpochDay(days.epochDay(lastSecondOf29th + 1)))
        .isEqualTo(LocalDate.of(2011, 12, 31));
  }

  @Test
  void datesTheExtremesAsJavaTimeDoesOrRefusesAsItDoes() {
    long[] seconds = {
      Instant.MIN.getEpochSecond(),
      Instant.MIN.getEpochSecond() + 86_400 * 400L,
      LocalDate.MIN.atStartOfDay(ZoneOffset.UTC).toEpochSecond() + 86_400,
      -1,
      0,
      LocalDate.MAX.atStartOfDay(ZoneOffset.UTC).toEpochSecond() - 86_400,
      Instant.MAX.getEpochSecond()
    };
    for (ZoneId zone : ZONES) {
      ZoneDays days = new ZoneDays(zone, 0, 10);
      for (long second : seconds) {
        Long expected;
        try {
          expected = javaTime(zone, second);
        } catch (DateTimeException e) {
          expected = null;
        }
        if (expected == null) {
          assertThatThrownBy(() -> days.epochDay(second))
              .as("%s at %s", zone, second)
              .isInstanceOf(DateTimeException.class);
        } else {
          assertThat(days.epochDay(second)).as("%s at %s", zone, second).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void aDateThatStartsTwiceIsDatedAsJavaTimeDoes() {
    // Alaska's change of 1867 moved Juneau's clock back across midnight: 1867-10-18 came again
    ZoneId juneau = ZoneId.of("America/Juneau");
    ZoneDays days =
        new ZoneDays(
            juneau, LocalDate.of(1867, 9, 1).toEpochDay(), LocalDate.of(1867, 11, 30).toEpochDay());
    long from = LocalDate.of(1867, 9, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    for (long second = from; second < from + 90 * 86_400L; second += 600) {
      assertThat(days.epochDay(second))
          .as("%s", Instant.ofEpochSecond(second))
          .isEqualTo(javaTime(juneau, second));
    }
  }

  @Test
  void aRangeReachingTheEndsOfLocalDateIsBuilt() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    ZoneDays first =
        new ZoneDays(berlin, LocalDate.MIN.toEpochDay(), LocalDate.MIN.toEpochDay() + 3);
    ZoneDays last =
        new ZoneDays(berlin, LocalDate.MAX.toEpochDay() - 3, LocalDate.MAX.toEpochDay());
    long second = LocalDate.MIN.plusDays(2).atStartOfDay(berlin).toEpochSecond() + 5;
    assertThat(first.epochDay(second)).isEqualTo(javaTime(berlin, second));
    long late = LocalDate.MAX.minusDays(2).atStartOfDay(berlin).toEpochSecond() + 5;
    assertThat(last.epochDay(late)).isEqualTo(javaTime(berlin, late));
  }
}
