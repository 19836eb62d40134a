package dev.governance.rules.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The date of an instant in a zone, as {@code instant.atZone(zone).toLocalDate().toEpochDay()}
 * gives it, without building a {@code ZonedDateTime} for each instant: written by hand because an
 * aggregator dates millions of observations at instants, and the {@code java.time} path cost about
 * 150 ns each (ten times the rest of the aggregation of an observation, {@code
 * ObservationAggregationBenchmark} with {@code mix=MIXED}).
 *
 * <p>In a zone of one fixed offset, the day is the epoch second plus the offset, divided by 86,400
 * and rounded down. In any other zone, the first second of each local day in a range of days
 * (computed once, with {@code java.time}, so gaps and overlaps of daylight saving and skipped days
 * are as {@code java.time} has them) is kept in an array: the day of a second in that range is
 * found from a guess at 86,400 seconds a day, corrected by comparing with the days' first seconds
 * (a day of 23 or 25 hours moves the guess by at most one). Seconds outside the range take the
 * {@code java.time} path, as do seconds so far from 1970 that their dates are not {@link
 * LocalDate}s (which it refuses with a {@code DateTimeException}, as the aggregator always did).
 */
final class ZoneDays {

  private static final long SECONDS_PER_DAY = 86_400;

  /**
   * The seconds whose date in any offset (at most 18 hours) is a {@link LocalDate}: outside them
   * the {@code java.time} path answers, and refuses as it always did.
   */
  private static final long FIRST_DATED_SECOND = (LocalDate.MIN.toEpochDay() + 1) * SECONDS_PER_DAY;

  private static final long LAST_DATED_SECOND = LocalDate.MAX.toEpochDay() * SECONDS_PER_DAY;

  private final ZoneId zone;
  private final boolean fixed;
  private final long offsetSeconds;

  /** The epoch day of {@code dayStarts[0]}. */
  private final long firstDay;

  /**
   * The first epoch second of each local day from {@link #firstDay} on, non-decreasing (a skipped
   * day starts where the next one does); the last entry only ends the range.
   */
  private final long[] dayStarts;

  /**
   * Dates instants in {@code zone}, quickly for the days from {@code firstDay} to {@code lastDay}
   * (epoch days, inclusive) and in any zone of a fixed offset.
   */
  ZoneDays(ZoneId zone, long firstDay, long lastDay) {
    this.zone = zone;
    ZoneRules rules = zone.getRules();
    this.fixed = rules.isFixedOffset();
    this.offsetSeconds = fixed ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : 0;
    long first = Math.max(firstDay, LocalDate.MIN.toEpochDay() + 1);
    long last = Math.min(lastDay, LocalDate.MAX.toEpochDay() - 1);
    this.firstDay = first;
    this.dayStarts = fixed || last < first ? new long[] {0} : dayStarts(zone, first, last);
  }

  /**
   * Returns the first second of each day from {@code first} to {@code last} and the first of the
   * day after; or only {@code [0]} (no day, so java.time answers) when the zone's clock goes back
   * across midnight in that range, since a date then starts twice, as at Alaska's change of 1867.
   */
  private static long[] dayStarts(ZoneId zone, long first, long last) {
    long[] starts = new long[Math.toIntExact(last - first + 2)];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = LocalDate.ofEpochDay(first + i).atStartOfDay(zone).toEpochSecond();
    }
    ZoneRules rules = zone.getRules();
    ZoneOffsetTransition transition = rules.nextTransition(Instant.ofEpochSecond(starts[0]));
    while (transition != null && transition.toEpochSecond() < starts[starts.length - 1]) {
      if (transition.isOverlap()
          && !transition
              .getDateTimeAfter()
              .toLocalDate()
              .equals(transition.getDateTimeBefore().toLocalDate())) {
        return new long[] {0};
      }
      transition = rules.nextTransition(transition.getInstant());
    }
    return starts;
  }

  /** Returns the epoch day, in this zone, of the instant {@code epochSecond} seconds after 1970. */
  long epochDay(long epochSecond) {
    if (fixed) {
      return epochSecond >= FIRST_DATED_SECOND && epochSecond < LAST_DATED_SECOND
          ? Math.floorDiv(epochSecond + offsetSeconds, SECONDS_PER_DAY)
          : javaTime(epochSecond);
    }
    long[] starts = dayStarts;
    int last = starts.length - 1;
    if (last == 0 || epochSecond < starts[0] || epochSecond >= starts[last]) {
      return javaTime(epochSecond);
    }
    int i = (int) Math.min((epochSecond - starts[0]) / SECONDS_PER_DAY, last - 1);
    while (starts[i + 1] <= epochSecond) {
      i++;
    }
    while (starts[i] > epochSecond) {
      i--;
    }
    return firstDay + i;
  }

  private long javaTime(long epochSecond) {
    return Instant.ofEpochSecond(epochSecond).atZone(zone).toLocalDate().toEpochDay();
  }
}
