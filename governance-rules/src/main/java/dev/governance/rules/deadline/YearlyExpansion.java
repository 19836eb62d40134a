package dev.governance.rules.deadline;

import dev.governance.core.GovernanceValidationException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.Freq;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRule.Part;
import org.jspecify.annotations.Nullable;

/**
 * The expansion of a {@code FREQ=YEARLY} rule (RFC 5545 section 3.3.10), which {@link Recurrence}
 * does here rather than in lib-recur: lib-recur 0.17.1 still parses and checks the rule, but its
 * yearly expansion is wrong in four ways, each with a regression test in {@code RecurrenceTest}.
 * From DTSTART 2024-12-30T09:00 it expands {@code BYWEEKNO=52,53;BYDAY=TH} to 2025-01-01 (a
 * Wednesday) before 2025-12-25, {@code BYWEEKNO=-53;BYDAY=MO} to Tuesdays (2024-12-31), and {@code
 * BYWEEKNO=53;BYDAY=MO} to 2027-12-27, which is in week 52. It applies {@code BYSETPOS} to what is
 * left of the first year after DTSTART: {@code BYMONTH=2,5;BYMONTHDAY=21;BYSETPOS=1} from
 * 2024-04-10 gave 2024-05-21, where the year's first is 21 February, before DTSTART, so the first
 * instance is 2025-02-21. It keeps {@code BYMONTHDAY} without {@code BYMONTH} to DTSTART's month
 * ({@code BYMONTHDAY=16} from 2015-04-13 gave 16 April of each year), where RFC 5545 expands the
 * year to the 16th of every month. And {@code BYYEARDAY=-306,-366;BYDAY=31MO,-39TH} made it throw
 * an {@code ArrayIndexOutOfBoundsException}.
 *
 * <p>A year's instances are its days that every part names, at the times {@code BYHOUR}, {@code
 * BYMINUTE} and {@code BYSECOND} name (DTSTART's by default), sorted, of which {@code BYSETPOS}
 * keeps those at its positions. Instances before DTSTART are left out (DTSTART is one only if it
 * matches), and {@code COUNT} counts those given. A rule that names no day ({@code FREQ=YEARLY}, or
 * with {@code BYMONTH} only) takes DTSTART's day of the month, and its month too without {@code
 * BYMONTH}. {@code BYDAY}'s ordinals count within the month with {@code BYMONTH}, else within the
 * year.
 *
 * <p>Weeks ({@code BYWEEKNO}) are numbered as ISO 8601 numbers them, starting on the rule's {@code
 * WKST} (Monday by default): week 1 of a year is the first with at least four days in that year, so
 * a year has 52 or 53 weeks, and negative numbers count back from its last week ({@code -1}). A
 * year yields only its own days, as python-dateutil does: the December days of the next year's week
 * 1 count as week 1, and the January days of the previous year's last week as that week's number
 * and as {@code -1}. A negative number counts from the end of the year expanded, so {@code -53}
 * names only the week 1 of a 53-week year, whose Monday falls in the December before: {@code
 * BYWEEKNO=-53;BYDAY=MO} never matches. Without {@code BYDAY}, {@code BYMONTHDAY} or {@code
 * BYYEARDAY}, every day of the weeks named is an instance (as python-dateutil; lib-recur took
 * DTSTART's weekday). RFC 5545 forbids {@code BYDAY} ordinals beside {@code BYWEEKNO}, and the
 * parser rejects them.
 */
final class YearlyExpansion {

  /**
   * The Gregorian calendar repeats every 400 years, so a rule that has no instance in 400 periods
   * in a row has none in any later one.
   */
  private static final int CALENDAR_CYCLE_YEARS = 400;

  private static final List<Integer> ALL_MONTHS =
      IntStream.rangeClosed(1, 12).boxed().collect(Collectors.toUnmodifiableList());

  private static final Pattern RSCALE = Pattern.compile("(?:^|;)RSCALE=([^;]*)");

  /** A weekday of {@code BYDAY}, with its ordinal ({@code -2} for the last but one), or 0. */
  private record Weekday(int ordinal, DayOfWeek day) {}

  private final int interval;
  private final @Nullable Integer count;
  private final DayOfWeek weekStart;
  private final List<Integer> weekNumbers;
  private final List<Integer> months;
  private final List<Integer> yearDays;
  private final List<Integer> monthDays;
  private final List<Weekday> weekdays;
  private final List<Integer> hours;
  private final List<Integer> minutes;
  private final List<Integer> seconds;
  private final List<Integer> setPositions;
  private final @Nullable DateTime until;

  private YearlyExpansion(RecurrenceRule rule) {
    this.interval = rule.getInterval();
    this.count = rule.getCount();
    this.weekStart = dayOfWeek(rule.getWeekStart());
    this.weekNumbers = part(rule, Part.BYWEEKNO);
    // lib-recur counts months from 0, as java.util.Calendar does
    this.months = part(rule, Part.BYMONTH).stream().map(m -> m + 1).collect(Collectors.toList());
    this.yearDays = part(rule, Part.BYYEARDAY);
    this.monthDays = part(rule, Part.BYMONTHDAY);
    this.weekdays =
        rule.hasPart(Part.BYDAY)
            ? rule.getByDayPart().stream()
                .map(d -> new Weekday(d.pos, dayOfWeek(d.weekday)))
                .collect(Collectors.toList())
            : List.of();
    this.hours = part(rule, Part.BYHOUR);
    this.minutes = part(rule, Part.BYMINUTE);
    this.seconds = part(rule, Part.BYSECOND);
    this.setPositions = part(rule, Part.BYSETPOS);
    this.until = rule.getUntil();
  }

  /**
   * Returns the expansion of {@code rule} if it is one this class expands, or null to leave it to
   * lib-recur: a yearly rule in the plain Gregorian calendar (no RFC 7529 {@code RSCALE}, or {@code
   * RSCALE=GREGORIAN} with the default {@code SKIP=OMIT}).
   *
   * @param rule a rule lib-recur has parsed, with the {@code UNTIL} to iterate to
   */
  static @Nullable YearlyExpansion of(RecurrenceRule rule) {
    return rule.getFreq() == Freq.YEARLY && isPlainGregorian(rule)
        ? new YearlyExpansion(rule)
        : null;
  }

  /**
   * Returns whether {@code rule} counts plain Gregorian days: no {@code RSCALE}, or {@code
   * RSCALE=GREGORIAN} with {@code SKIP=OMIT}, which leaves out the days a month lacks just as RFC
   * 5545 does.
   */
  static boolean isPlainGregorian(RecurrenceRule rule) {
    Matcher rscale = RSCALE.matcher(rule.toString());
    return !rscale.find()
        || rscale.group(1).equals("GREGORIAN") && rule.getSkip() == RecurrenceRule.Skip.OMIT;
  }

  private static List<Integer> part(RecurrenceRule rule, Part part) {
    return rule.hasPart(part) ? List.copyOf(rule.getByPart(part)) : List.of();
  }

  private static DayOfWeek dayOfWeek(org.dmfs.rfc5545.Weekday weekday) {
    // lib-recur's weekdays run from SU, java.time's from MONDAY
    return DayOfWeek.SUNDAY.plus(weekday.ordinal());
  }

  /**
   * Returns the instances from {@code start} on, lazily, up to the year {@value
   * Recurrence#LAST_YEAR}.
   *
   * @param start DTSTART, in the years 1 to {@value Recurrence#LAST_YEAR}
   * @param zone the zone of the instances, to compare them with an {@code UNTIL} in UTC
   * @param neverMatches the error to throw, as the stream is read, when no period has any instance
   *     in a whole cycle of the calendar, or up to the last year
   */
  Stream<LocalDateTime> instances(
      LocalDateTime start, ZoneId zone, Supplier<GovernanceValidationException> neverMatches) {
    Predicate<LocalDateTime> pastUntil = pastUntil(zone);
    // instances are to the second, as lib-recur's are
    LocalDateTime first = start.truncatedTo(ChronoUnit.SECONDS);
    Spliterator<LocalDateTime> spliterator =
        new Spliterators.AbstractSpliterator<>(
            Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          private int year = first.getYear();
          private final List<LocalTime> times = times(first.toLocalTime());
          private Iterator<LocalDateTime> period =
              year(year, first.toLocalDate(), times).iterator();
          private int emptyPeriods = period.hasNext() ? 0 : 1;
          private long given;

          @Override
          public boolean tryAdvance(Consumer<? super LocalDateTime> action) {
            if (count != null && given >= count) {
              return false;
            }
            while (true) {
              while (period.hasNext()) {
                LocalDateTime instance = period.next();
                if (instance.isBefore(first)) {
                  continue;
                }
                if (pastUntil.test(instance)) {
                  return false;
                }
                given++;
                action.accept(instance);
                return true;
              }
              if (emptyPeriods >= CALENDAR_CYCLE_YEARS) {
                throw neverMatches.get();
              }
              if (year > Recurrence.LAST_YEAR - interval) {
                // no instance left before the year 10000, as for the rules lib-recur expands
                return false;
              }
              year += interval;
              List<LocalDateTime> instances = year(year, first.toLocalDate(), times);
              emptyPeriods = instances.isEmpty() ? emptyPeriods + 1 : 0;
              period = instances.iterator();
            }
          }
        };
    return StreamSupport.stream(spliterator, false);
  }

  private Predicate<LocalDateTime> pastUntil(ZoneId zone) {
    DateTime last = until;
    if (last == null) {
      return t -> false;
    }
    if (last.isFloating()) {
      LocalDateTime local =
          LocalDateTime.of(
              last.getYear(),
              last.getMonth() + 1,
              last.getDayOfMonth(),
              last.getHours(),
              last.getMinutes(),
              last.getSeconds());
      return t -> t.isAfter(local);
    }
    Instant instant = Instant.ofEpochMilli(last.getTimestamp());
    return t -> t.atZone(zone).toInstant().isAfter(instant);
  }

  /** Returns the instances of {@code year}, sorted, after {@code BYSETPOS}. */
  private List<LocalDateTime> year(int year, LocalDate start, List<LocalTime> times) {
    List<LocalDateTime> instances = new ArrayList<>();
    for (LocalDate day : candidates(year, start)) {
      if (keeps(day)) {
        for (LocalTime time : times) {
          instances.add(day.atTime(time));
        }
      }
    }
    if (setPositions.isEmpty() || instances.isEmpty()) {
      return instances;
    }
    TreeSet<LocalDateTime> picked = new TreeSet<>();
    for (int position : setPositions) {
      int index = position > 0 ? position - 1 : instances.size() + position;
      if (index >= 0 && index < instances.size()) {
        picked.add(instances.get(index));
      }
    }
    return new ArrayList<>(picked);
  }

  /**
   * Returns, in order, the days of {@code year} that the first part to expand the year names, in
   * RFC 5545's order ({@code BYWEEKNO}, {@code BYYEARDAY}, then the months with {@code BYMONTHDAY},
   * {@code BYDAY} or DTSTART's day): {@link #keeps} checks the other parts.
   */
  private Collection<LocalDate> candidates(int year, LocalDate start) {
    if (!weekNumbers.isEmpty()) {
      return daysOfNamedWeeks(year);
    }
    TreeSet<LocalDate> days = new TreeSet<>();
    Year whole = Year.of(year);
    if (!yearDays.isEmpty()) {
      for (int n : yearDays) {
        int day = n > 0 ? n : whole.length() + 1 + n;
        if (day >= 1 && day <= whole.length()) {
          days.add(whole.atDay(day));
        }
      }
      return days;
    }
    boolean dayNamed = !monthDays.isEmpty() || !weekdays.isEmpty();
    List<Integer> monthsNamed =
        !months.isEmpty() ? months : dayNamed ? ALL_MONTHS : List.of(start.getMonthValue());
    for (int m : monthsNamed) {
      YearMonth month = whole.atMonth(m);
      if (!monthDays.isEmpty()) {
        for (int n : monthDays) {
          int day = n > 0 ? n : month.lengthOfMonth() + 1 + n;
          if (day >= 1 && day <= month.lengthOfMonth()) {
            days.add(month.atDay(day));
          }
        }
      } else if (!weekdays.isEmpty()) {
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
          days.add(month.atDay(day));
        }
      } else if (month.isValidDay(start.getDayOfMonth())) {
        days.add(month.atDay(start.getDayOfMonth()));
      }
    }
    return days;
  }

  /** Returns the days of {@code year} in the weeks {@code BYWEEKNO} names, in order. */
  private List<LocalDate> daysOfNamedWeeks(int year) {
    LocalDate weekOne = weekOne(year);
    int weeks = (int) ChronoUnit.WEEKS.between(weekOne, weekOne(year + 1));
    TreeSet<LocalDate> weeksNamed = new TreeSet<>();
    for (int number : weekNumbers) {
      int week = number > 0 ? number : weeks + 1 + number;
      if (week >= 1 && week <= weeks) {
        weeksNamed.add(weekOne.plusWeeks(week - 1));
      }
    }
    if (weekNumbers.contains(1)) {
      weeksNamed.add(weekOne(year + 1));
    }
    LocalDate previousLastWeek = weekOne.minusWeeks(1);
    if (weekNumbers.contains(-1)
        || weekNumbers.contains((int) ChronoUnit.WEEKS.between(weekOne(year - 1), weekOne))) {
      weeksNamed.add(previousLastWeek);
    }
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate firstDay : weeksNamed) {
      for (int i = 0; i < 7; i++) {
        LocalDate day = firstDay.plusDays(i);
        if (day.getYear() == year) {
          days.add(day);
        }
      }
    }
    return days;
  }

  /** Returns the first day of week 1 of {@code year}: the week that holds its 4 January. */
  private LocalDate weekOne(int year) {
    return LocalDate.of(year, 1, 4).with(TemporalAdjusters.previousOrSame(weekStart));
  }

  private boolean keeps(LocalDate day) {
    return (months.isEmpty() || months.contains(day.getMonthValue()))
        && (yearDays.isEmpty() || names(yearDays, day.getDayOfYear(), day.lengthOfYear()))
        && (monthDays.isEmpty() || names(monthDays, day.getDayOfMonth(), day.lengthOfMonth()))
        && (weekdays.isEmpty() || weekdays.stream().anyMatch(w -> names(w, day)));
  }

  /** Returns whether {@code ordinals} name the {@code n}th of {@code length}, from either end. */
  private static boolean names(List<Integer> ordinals, int n, int length) {
    return ordinals.contains(n) || ordinals.contains(n - length - 1);
  }

  /**
   * Returns whether {@code weekday} names {@code day}: its ordinal, if any, counts that weekday in
   * the month with {@code BYMONTH}, else in the year.
   */
  private boolean names(Weekday weekday, LocalDate day) {
    if (day.getDayOfWeek() != weekday.day()) {
      return false;
    }
    if (weekday.ordinal() == 0) {
      return true;
    }
    boolean inMonth = !months.isEmpty();
    int n = inMonth ? day.getDayOfMonth() : day.getDayOfYear();
    int length = inMonth ? day.lengthOfMonth() : day.lengthOfYear();
    int fromStart = (n - 1) / 7 + 1;
    int fromEnd = -((length - n) / 7 + 1);
    return weekday.ordinal() == fromStart || weekday.ordinal() == fromEnd;
  }

  private List<LocalTime> times(LocalTime start) {
    TreeSet<LocalTime> times = new TreeSet<>();
    for (int hour : hours.isEmpty() ? List.of(start.getHour()) : hours) {
      for (int minute : minutes.isEmpty() ? List.of(start.getMinute()) : minutes) {
        for (int second : seconds.isEmpty() ? List.of(start.getSecond()) : seconds) {
          // a leap second (BYSECOND=60) is no java.time time; lib-recur drops it too
          if (second < 60) {
            times.add(LocalTime.of(hour, minute, second));
          }
        }
      }
    }
    return new ArrayList<>(times);
  }
}
