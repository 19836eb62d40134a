package dev.governance.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.governance.core.GovernanceValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, point 2: yearly rules with {@code BYWEEKNO}, {@code BYYEARDAY}, {@code BYMONTHDAY},
 * {@code BYMONTH}, {@code BYDAY} (with ordinals where RFC 5545 allows them), {@code BYSETPOS},
 * {@code BYHOUR}, {@code WKST}, {@code INTERVAL} and {@code COUNT} give what a naive expansion
 * gives: each year walked day by day, a day kept when every BY-part names it, {@code BYSETPOS}
 * applied to the year's instances, those before DTSTART left out. Week numbers come from {@link
 * WeekFields} (the rule's WKST, at least four days in week 1), not from the code under test.
 */
class RecurrencePropertiesTest {

  private static final int COMPARED = 12;
  private static final int CALENDAR_CYCLE_YEARS = 400;
  private static final int[] EDGE_WEEKS = {1, 2, 52, 53, -1, -2, -52, -53};
  private static final int[] EDGE_YEAR_DAYS = {1, 59, 60, 365, 366, -1, -306, -365, -366};

  @Test
  void yearlyRulesExpandAsAWalkThroughEachYearDayByDay() {
    qt().withExamples(500)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              YearlyRule rule = YearlyRule.random(new SplittableRandom(seed));
              Recurrence recurrence = Recurrence.parse(rule.text());
              List<LocalDateTime> expected = rule.naiveInstances(COMPARED);
              if (expected == null) {
                assertThatThrownBy(
                        () ->
                            recurrence
                                .localInstances(rule.start(), ZoneOffset.UTC)
                                .limit(COMPARED)
                                .toList())
                    .as("%s from %s never matches", rule.text(), rule.start())
                    .isInstanceOf(GovernanceValidationException.class)
                    .hasMessageContaining("expected a rule whose parts can match a date");
              } else {
                assertThat(
                        recurrence
                            .localInstances(rule.start(), ZoneOffset.UTC)
                            .limit(COMPARED)
                            .toList())
                    .as("%s from %s", rule.text(), rule.start())
                    .isEqualTo(expected);
              }
            });
  }

  /** A weekday of {@code BYDAY}, with its ordinal, or 0 for every such weekday. */
  record Weekday(int ordinal, DayOfWeek day) {

    String text() {
      return (ordinal == 0 ? "" : Integer.toString(ordinal)) + day.name().substring(0, 2);
    }
  }

  /** A random FREQ=YEARLY rule, its start, and the naive expansion. */
  record YearlyRule(
      LocalDateTime start,
      int interval,
      @Nullable Integer count,
      @Nullable DayOfWeek weekStart,
      List<Integer> weekNumbers,
      List<Integer> months,
      List<Integer> yearDays,
      List<Integer> monthDays,
      List<Weekday> weekdays,
      List<Integer> hours,
      List<Integer> setPositions) {

    static YearlyRule random(SplittableRandom random) {
      LocalDateTime start =
          LocalDate.of(1990, 1, 1)
              .plusDays(random.nextInt(50 * 366))
              .atTime(random.nextInt(24), random.nextInt(4) * 15);
      List<Integer> weekNumbers =
          chance(random, 0.6)
              ? distinct(
                  random,
                  1 + random.nextInt(3),
                  () ->
                      random.nextBoolean()
                          ? EDGE_WEEKS[random.nextInt(EDGE_WEEKS.length)]
                          : nonZero(random, 53))
              : List.of();
      List<Integer> months =
          chance(random, 0.3)
              ? distinct(random, 1 + random.nextInt(3), () -> 1 + random.nextInt(12))
              : List.of();
      List<Integer> yearDays =
          chance(random, 0.2)
              ? distinct(
                  random,
                  1 + random.nextInt(3),
                  () ->
                      random.nextBoolean()
                          ? EDGE_YEAR_DAYS[random.nextInt(EDGE_YEAR_DAYS.length)]
                          : nonZero(random, 366))
              : List.of();
      List<Integer> monthDays =
          chance(random, 0.25)
              ? distinct(random, 1 + random.nextInt(3), () -> nonZero(random, 31))
              : List.of();
      // RFC 5545 forbids an ordinal beside BYWEEKNO; with BYMONTH it counts within the month
      boolean ordinals = weekNumbers.isEmpty() && chance(random, 0.5);
      int ordinalBound = months.isEmpty() ? 53 : 5;
      List<Weekday> weekdays = new ArrayList<>();
      if (chance(random, 0.5)) {
        for (DayOfWeek day : DayOfWeek.values()) {
          if (chance(random, 0.3)) {
            weekdays.add(new Weekday(ordinals ? nonZero(random, ordinalBound) : 0, day));
          }
        }
      }
      List<Integer> hours =
          chance(random, 0.2)
              ? distinct(random, 1 + random.nextInt(2), () -> random.nextInt(24))
              : List.of();
      // RFC 5545: BYSETPOS only beside another BYxxx part
      boolean byParts =
          !(weekNumbers.isEmpty()
              && months.isEmpty()
              && yearDays.isEmpty()
              && monthDays.isEmpty()
              && weekdays.isEmpty()
              && hours.isEmpty());
      return new YearlyRule(
          start,
          chance(random, 0.3) ? 2 + random.nextInt(3) : 1,
          chance(random, 0.3) ? 1 + random.nextInt(15) : null,
          chance(random, 0.5) ? DayOfWeek.of(1 + random.nextInt(7)) : null,
          weekNumbers,
          months,
          yearDays,
          monthDays,
          weekdays,
          hours,
          byParts && chance(random, 0.4)
              ? distinct(random, 1 + random.nextInt(2), () -> nonZero(random, 8))
              : List.of());
    }

    private static boolean chance(SplittableRandom random, double p) {
      return random.nextDouble() < p;
    }

    private static int nonZero(SplittableRandom random, int bound) {
      int n = 1 + random.nextInt(bound);
      return random.nextBoolean() ? n : -n;
    }

    private static List<Integer> distinct(SplittableRandom random, int n, IntSupplier value) {
      TreeSet<Integer> values = new TreeSet<>();
      while (values.size() < n) {
        values.add(value.getAsInt());
      }
      List<Integer> shuffled = new ArrayList<>(values);
      Collections.shuffle(shuffled, new Random(random.nextLong()));
      return shuffled;
    }

    String text() {
      StringBuilder text = new StringBuilder("FREQ=YEARLY");
      if (interval > 1) {
        text.append(";INTERVAL=").append(interval);
      }
      if (count != null) {
        text.append(";COUNT=").append(count);
      }
      if (weekStart != null) {
        text.append(";WKST=").append(weekStart.name(), 0, 2);
      }
      append(text, "BYWEEKNO", weekNumbers);
      append(text, "BYMONTH", months);
      append(text, "BYYEARDAY", yearDays);
      append(text, "BYMONTHDAY", monthDays);
      if (!weekdays.isEmpty()) {
        text.append(";BYDAY=")
            .append(weekdays.stream().map(Weekday::text).collect(Collectors.joining(",")));
      }
      append(text, "BYHOUR", hours);
      append(text, "BYSETPOS", setPositions);
      return text.toString();
    }

    private static void append(StringBuilder text, String part, List<Integer> values) {
      if (!values.isEmpty()) {
        text.append(';')
            .append(part)
            .append('=')
            .append(values.stream().map(String::valueOf).collect(Collectors.joining(",")));
      }
    }

    /**
     * Returns the first {@code wanted} instances (fewer if COUNT or the year 9999 ends them), or
     * null if no year has any: none in 400 years in a row, a whole cycle of the Gregorian calendar.
     */
    @Nullable List<LocalDateTime> naiveInstances(int wanted) {
      int limit = count == null ? wanted : Math.min(wanted, count);
      List<LocalDateTime> found = new ArrayList<>();
      boolean matched = false;
      int emptyYears = 0;
      for (int year = start.getYear();
          year <= 9999 && emptyYears < CALENDAR_CYCLE_YEARS;
          year += interval) {
        List<LocalDateTime> instances = instancesOf(year);
        matched |= !instances.isEmpty();
        emptyYears = instances.isEmpty() ? emptyYears + 1 : 0;
        for (LocalDateTime instance : instances) {
          if (!instance.isBefore(start)) {
            found.add(instance);
            if (found.size() == limit) {
              return found;
            }
          }
        }
      }
      return matched ? found : null;
    }

    private List<LocalDateTime> instancesOf(int year) {
      List<LocalDateTime> instances = new ArrayList<>();
      for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
        if (named(day)) {
          for (int hour : hours.isEmpty() ? List.of(start.getHour()) : new TreeSet<>(hours)) {
            instances.add(day.atTime(LocalTime.of(hour, start.getMinute())));
          }
        }
      }
      if (setPositions.isEmpty()) {
        return instances;
      }
      return setPositions.stream()
          .map(p -> p > 0 ? p - 1 : instances.size() + p)
          .filter(i -> i >= 0 && i < instances.size())
          .map(instances::get)
          .distinct()
          .sorted()
          .collect(Collectors.toList());
    }

    private boolean named(LocalDate day) {
      boolean dayNamed =
          !weekNumbers.isEmpty()
              || !yearDays.isEmpty()
              || !monthDays.isEmpty()
              || !weekdays.isEmpty();
      // RFC 5545: what the rule does not say comes from DTSTART (its month and day of month)
      if (!dayNamed
          && (day.getDayOfMonth() != start.getDayOfMonth()
              || months.isEmpty() && day.getMonth() != start.getMonth())) {
        return false;
      }
      return (months.isEmpty() || months.contains(day.getMonthValue()))
          && (weekNumbers.isEmpty() || weekNamed(day))
          && (yearDays.isEmpty() || fromEitherEnd(yearDays, day.getDayOfYear(), day.lengthOfYear()))
          && (monthDays.isEmpty()
              || fromEitherEnd(monthDays, day.getDayOfMonth(), day.lengthOfMonth()))
          && (weekdays.isEmpty() || weekdays.stream().anyMatch(w -> weekdayNamed(w, day)));
    }

    /**
     * Week numbers as {@link WeekFields} counts them; a negative one counts back from the last week
     * of the day's week-based year, unless that year is the next one (python-dateutil's reading:
     * the year expanded keeps its December days of the next year's week 1 as week 1 only).
     */
    private boolean weekNamed(LocalDate day) {
      WeekFields fields = WeekFields.of(weekStart == null ? DayOfWeek.MONDAY : weekStart, 4);
      int weekYear = day.get(fields.weekBasedYear());
      int week = day.get(fields.weekOfWeekBasedYear());
      long weeks = LocalDate.of(weekYear, 7, 1).range(fields.weekOfWeekBasedYear()).getMaximum();
      return weekNumbers.contains(week)
          || weekYear <= day.getYear() && weekNumbers.contains((int) (week - weeks - 1));
    }

    private boolean weekdayNamed(Weekday weekday, LocalDate day) {
      if (day.getDayOfWeek() != weekday.day()) {
        return false;
      }
      if (weekday.ordinal() == 0) {
        return true;
      }
      // the ordinal counts within the month when BYMONTH is given, else within the year
      int n = months.isEmpty() ? day.getDayOfYear() : day.getDayOfMonth();
      int length = months.isEmpty() ? day.lengthOfYear() : day.lengthOfMonth();
      int fromStart = (n - 1) / 7 + 1;
      int fromEnd = -((length - n) / 7 + 1);
      return weekday.ordinal() == fromStart || weekday.ordinal() == fromEnd;
    }

    private static boolean fromEitherEnd(List<Integer> ordinals, int n, int length) {
      return ordinals.contains(n) || ordinals.contains(n - length - 1);
    }
  }

  @Test
  void theNaiveExpansionFindsThePublishedMondaysOfWeek20() {
    // RFC 5545 section 3.8.5.3, "Monday of week number 20", checks the check
    YearlyRule rule =
        new YearlyRule(
            LocalDateTime.of(1997, 5, 12, 9, 0),
            1,
            3,
            null,
            List.of(20),
            List.of(),
            List.of(),
            List.of(),
            List.of(new Weekday(0, DayOfWeek.MONDAY)),
            List.of(),
            List.of());
    assertThat(rule.text()).isEqualTo("FREQ=YEARLY;COUNT=3;BYWEEKNO=20;BYDAY=MO");
    assertThat(rule.naiveInstances(COMPARED))
        .containsExactly(
            LocalDateTime.of(1997, 5, 12, 9, 0),
            LocalDateTime.of(1998, 5, 11, 9, 0),
            LocalDateTime.of(1999, 5, 17, 9, 0));
  }
}
