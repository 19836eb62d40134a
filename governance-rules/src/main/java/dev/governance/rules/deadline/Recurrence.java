package dev.governance.rules.deadline;

import dev.governance.core.GovernanceValidationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TimeZone;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.Freq;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 5545 recurrence rule (section 3.3.10, "RRULE"), such as {@code FREQ=MONTHLY;BYDAY=-1FR},
 * parsed strictly and expanded by lib-recur ({@code org.dmfs:lib-recur}), which implements the
 * whole of RFC 5545 and the RFC 7529 {@code RSCALE} and {@code SKIP} extensions (so "monthly on the
 * 31st" can fall back to the last day of shorter months with {@code SKIP=BACKWARD}).
 *
 * <p>Instances are local date-times in a zone, as RFC 5545 expands a {@code DTSTART} with a {@code
 * TZID}; an {@code UNTIL} in UTC is compared as an instant, a floating one as local time, a
 * date-only one by date. Instances end with the year {@value #LAST_YEAR}, the last that RFC 5545's
 * four-digit years can write.
 *
 * <p>A {@code FREQ=YEARLY} rule in the plain Gregorian calendar is expanded by {@link
 * YearlyExpansion} instead, since lib-recur's yearly expansion is wrong with {@code BYWEEKNO}, with
 * {@code BYSETPOS} after a DTSTART in the middle of the year, and with {@code BYMONTHDAY} without
 * {@code BYMONTH}; there, {@code BYWEEKNO} without {@code BYDAY}, {@code BYMONTHDAY} or {@code
 * BYYEARDAY} makes every day of the weeks named an instance. Immutable and thread-safe.
 */
public final class Recurrence {

  /**
   * The largest {@code INTERVAL} accepted. RFC 5545 sets no bound, but the recurrence library's
   * date arithmetic overflows on intervals near {@code Integer.MAX_VALUE} (a daily rule with {@code
   * INTERVAL=2147483647} yields dates half a year apart); ten thousand periods reach past any
   * horizon a compliance calendar looks at, in every frequency but the sub-daily ones.
   */
  public static final int MAX_INTERVAL = 10_000;

  /** The last year of a start or an instance. */
  static final int LAST_YEAR = 9999;

  private static final Pattern UNTIL = Pattern.compile("(?i)(?:^|;)UNTIL=([^;]*)");
  private static final Pattern COUNT = Pattern.compile("(?i)(?:^|;)COUNT=([^;]*)");
  private static final DateTimeFormatter BASIC =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter HHMMSS =
      DateTimeFormatter.ofPattern("HHmmss").withResolverStyle(ResolverStyle.STRICT);

  private final RecurrenceRule rule;

  /**
   * The rule as iterated: {@link #rule}, except that a date-only {@code UNTIL} becomes the last
   * second of its day, floating, so that it is compared by date (RFC 5545 section 3.3.10 wants the
   * UNTIL of a date-time start to be a date-time; a date-only one is read as "up to that day").
   */
  private final RecurrenceRule iterated;

  /**
   * Whether the rule's {@code UNTIL} is local time (floating, or a date): then the start is
   * iterated as floating local time too, as RFC 5545 section 3.3.10 pairs them; an {@code UNTIL} in
   * UTC pairs with a start in the zone and is compared as an instant.
   */
  private final boolean floatingUntil;

  /** The expansion of a yearly rule, which lib-recur gets wrong; null for other rules. */
  private final @Nullable YearlyExpansion yearly;

  private Recurrence(RecurrenceRule rule, RecurrenceRule iterated) {
    this.rule = rule;
    this.iterated = iterated;
    DateTime until = iterated.getUntil();
    this.floatingUntil = until != null && until.isFloating();
    this.yearly = YearlyExpansion.of(iterated);
  }

  /**
   * Parses an RRULE value (without the {@code RRULE:} property name).
   *
   * @param rrule such as {@code FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR}
   * @return the rule
   * @throws GovernanceValidationException naming the rule and what is wrong with it
   */
  public static Recurrence parse(String rrule) {
    Objects.requireNonNull(rrule, "rrule");
    checkCount(rrule);
    RecurrenceRule rule;
    try {
      rule = new RecurrenceRule(rrule, RecurrenceRule.RfcMode.RFC5545_STRICT);
    } catch (InvalidRecurrenceRuleException | IllegalArgumentException e) {
      throw GovernanceValidationException.of(
          "rrule", rrule, "an RFC 5545 recurrence rule (" + e.getMessage() + ")");
    }
    checkUntil(rrule);
    checkWeekNumbers(rrule, rule);
    if (rule.getInterval() > MAX_INTERVAL) {
      throw GovernanceValidationException.of(
          "rrule", rrule, "an INTERVAL from 1 to " + MAX_INTERVAL + ", not " + rule.getInterval());
    }
    DateTime until = rule.getUntil();
    if (until == null || !until.isAllDay()) {
      return new Recurrence(rule, rule);
    }
    RecurrenceRule iterated;
    try {
      // read again from the text given (the library's own text of a rule need not read back)
      iterated = new RecurrenceRule(rrule, RecurrenceRule.RfcMode.RFC5545_STRICT);
      iterated.setUntil(
          new DateTime(until.getYear(), until.getMonth(), until.getDayOfMonth(), 23, 59, 59));
    } catch (InvalidRecurrenceRuleException | IllegalArgumentException e) {
      throw GovernanceValidationException.of(
          "rrule",
          rrule,
          "an RFC 5545 recurrence rule with a valid UNTIL (" + e.getMessage() + ")");
    }
    return new Recurrence(rule, iterated);
  }

  /**
   * Rejects a {@code COUNT} that is not a positive integer (RFC 5545 section 3.3.10: {@code
   * 1*DIGIT}, and a count of no instance is no rule) in plain words, where the recurrence library
   * says "int value out of range".
   */
  private static void checkCount(String rrule) {
    Matcher m = COUNT.matcher(rrule);
    if (m.find() && !m.group(1).matches("0*[1-9][0-9]{0,8}")) {
      throw GovernanceValidationException.of(
          "rrule", rrule, "a COUNT from 1 to 999999999, not " + m.group(1));
    }
  }

  /**
   * Rejects an {@code UNTIL} that names no date (RFC 5545 section 3.3.4: {@code YYYYMMDD}, with
   * {@code THHMMSS} and an optional {@code Z}): the recurrence library rolls month 27 or day 64
   * into later dates instead.
   */
  private static void checkUntil(String rrule) {
    Matcher m = UNTIL.matcher(rrule);
    if (!m.find()) {
      return;
    }
    String until = m.group(1);
    try {
      LocalDate day = LocalDate.parse(until.substring(0, Math.min(8, until.length())), BASIC);
      if (until.length() > 8) {
        LocalTime.parse(until.substring(9).replaceFirst("Z$", ""), HHMMSS);
      }
      if (day.getYear() < 1 || until.length() != 8 && !until.matches("\\d{8}T\\d{6}Z?")) {
        throw new DateTimeParseException("malformed", until, 0);
      }
    } catch (DateTimeParseException e) {
      throw GovernanceValidationException.of(
          "rrule",
          rrule,
          "an UNTIL that is a date YYYYMMDD or a date-time YYYYMMDDTHHMMSS[Z], not " + until);
    }
  }

  /**
   * Rejects {@code BYWEEKNO} with an RFC 7529 {@code RSCALE} or {@code SKIP} that {@link
   * YearlyExpansion} leaves to lib-recur, whose week numbers are wrong.
   */
  private static void checkWeekNumbers(String rrule, RecurrenceRule rule) {
    if (rule.hasPart(RecurrenceRule.Part.BYWEEKNO) && !YearlyExpansion.isPlainGregorian(rule)) {
      throw GovernanceValidationException.of(
          "rrule",
          rrule,
          "BYWEEKNO in the plain Gregorian calendar: without RSCALE, or with RSCALE=GREGORIAN and"
              + " SKIP=OMIT");
    }
  }

  /** Returns whether the rule recurs more often than daily (FREQ HOURLY, MINUTELY or SECONDLY). */
  public boolean isSubDaily() {
    Freq freq = rule.getFreq();
    return freq == Freq.HOURLY || freq == Freq.MINUTELY || freq == Freq.SECONDLY;
  }

  /** Returns whether the rule goes on for ever (no COUNT and no UNTIL). */
  public boolean isInfinite() {
    return rule.isInfinite();
  }

  /**
   * Returns the instances of the rule from {@code start} (its DTSTART, which is the first instance
   * when it matches the rule), in order; infinite when the rule is, so limit it.
   *
   * @param start the first local date-time
   * @param zone the zone of the local date-times
   * @return the instances, lazily
   */
  public Stream<ZonedDateTime> instances(LocalDateTime start, ZoneId zone) {
    return localInstances(start, zone).map(t -> t.atZone(zone));
  }

  /**
   * Returns the instances of the rule from {@code start} as local date-times of {@code zone}, which
   * is needed only to compare them with an {@code UNTIL} in UTC; for callers that want dates, and
   * need not pay for a zone offset per instance.
   *
   * @param start the first local date-time, in the years 1 to 9999
   * @param zone the zone of the local date-times
   * @return the instances, lazily, up to the year 9999
   * @throws GovernanceValidationException if {@code start} is outside the years 1 to 9999, or (when
   *     the stream is read) if the rule's parts can never match a date
   */
  public Stream<LocalDateTime> localInstances(LocalDateTime start, ZoneId zone) {
    if (start.getYear() < 1 || start.getYear() > LAST_YEAR) {
      // the recurrence library's calendar has no year 0 and wraps years before it
      throw GovernanceValidationException.of(
          "start", start, "a date-time in the years 1 to " + LAST_YEAR);
    }
    if (yearly != null) {
      return yearly.instances(start, zone, () -> neverMatches(start));
    }
    RecurrenceRuleIterator iterator;
    try {
      iterator =
          iterated.iterator(
              floatingUntil
                  ? new DateTime(
                      start.getYear(),
                      start.getMonthValue() - 1,
                      start.getDayOfMonth(),
                      start.getHour(),
                      start.getMinute(),
                      start.getSecond())
                  : new DateTime(
                      TimeZone.getTimeZone(zone),
                      start.getYear(),
                      start.getMonthValue() - 1,
                      start.getDayOfMonth(),
                      start.getHour(),
                      start.getMinute(),
                      start.getSecond()));
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw neverMatches(start);
    }
    Spliterator<LocalDateTime> spliterator =
        new Spliterators.AbstractSpliterator<>(
            Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          @Override
          public boolean tryAdvance(Consumer<? super LocalDateTime> action) {
            DateTime next;
            try {
              if (!iterator.hasNext()) {
                return false;
              }
              next = iterator.nextDateTime();
            } catch (IllegalArgumentException | IllegalStateException e) {
              throw neverMatches(start);
            }
            action.accept(
                LocalDateTime.of(
                    next.getYear(),
                    next.getMonth() + 1,
                    next.getDayOfMonth(),
                    next.getHours(),
                    next.getMinutes(),
                    next.getSeconds()));
            return true;
          }
        };
    return StreamSupport.stream(spliterator, false).takeWhile(t -> t.getYear() <= LAST_YEAR);
  }

  /**
   * Returns the error of a rule whose parts exclude each other ({@code BYMONTH=2} with {@code
   * BYMONTHDAY=30}, {@code BYSETPOS=6} of a five-day set): the recurrence library gives up, with an
   * exception of its own, after searching many empty periods.
   */
  private GovernanceValidationException neverMatches(LocalDateTime start) {
    return GovernanceValidationException.of(
        "rrule",
        rule.toString(),
        "a rule whose parts can match a date; none matched in the periods searched after " + start);
  }

  /** Returns the rule in its canonical form. */
  @Override
  public String toString() {
    return rule.toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Recurrence r && r.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
