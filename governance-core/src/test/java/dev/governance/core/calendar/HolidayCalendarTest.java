package dev.governance.core.calendar;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import dev.governance.core.GovernanceValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

class HolidayCalendarTest {

  /**
   * US federal holidays of 2026, as OPM lists them (Independence Day observed on Friday 3 July).
   */
  static final List<LocalDate> US_2026 =
      List.of(
          LocalDate.of(2026, 1, 1),
          LocalDate.of(2026, 1, 19),
          LocalDate.of(2026, 2, 16),
          LocalDate.of(2026, 5, 25),
          LocalDate.of(2026, 6, 19),
          LocalDate.of(2026, 7, 3),
          LocalDate.of(2026, 9, 7),
          LocalDate.of(2026, 10, 12),
          LocalDate.of(2026, 11, 11),
          LocalDate.of(2026, 11, 26),
          LocalDate.of(2026, 12, 25));

  private static final HolidayCalendar US = HolidayCalendar.of("US", 2025, 2027, US_2026);

  private static LocalDate d(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  @Test
  void tellsBusinessDaysWeekendsAndHolidaysApart() {
    assertThat(US.isBusinessDay(d(7, 2))).isTrue();
    assertThat(US.isBusinessDay(d(7, 3))).isFalse();
    assertThat(US.isHoliday(d(7, 3))).isTrue();
    assertThat(US.isBusinessDay(d(7, 4))).isFalse(); // Saturday
    assertThat(US.isHoliday(d(7, 4))).isFalse(); // a weekend day, not a holiday
    assertThat(US.id()).isEqualTo("US");
    assertThat(US.weekend()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(US.firstYear()).isEqualTo(2025);
    assertThat(US.lastYear()).isEqualTo(2027);
  }

  @Test
  void movesAndShiftsByBusinessDays() {
    assertThat(US.next(d(7, 2))).isEqualTo(d(7, 6)); // over the observed holiday and the weekend
    assertThat(US.previous(d(7, 6))).isEqualTo(d(7, 2));
    assertThat(US.nextOrSame(d(7, 2))).isEqualTo(d(7, 2));
    assertThat(US.previousOrSame(d(7, 5))).isEqualTo(d(7, 2));
    assertThat(US.shift(d(7, 1), 2)).isEqualTo(d(7, 6));
    assertThat(US.shift(d(7, 6), -2)).isEqualTo(d(7, 1));
    assertThat(US.shift(d(7, 4), 0)).isEqualTo(d(7, 4));
    assertThat(US.shift(d(7, 4), 1)).isEqualTo(d(7, 6));
    assertThat(US.businessDaysBetween(d(7, 1), d(7, 8))).isEqualTo(4); // 1, 2, 6, 7
    assertThat(US.businessDaysBetween(d(7, 8), d(7, 1))).isEqualTo(-4);
    assertThat(US.businessDaysBetween(d(1, 1), LocalDate.of(2027, 1, 1))).isEqualTo(261 - 11);
  }

  @Test
  void lastBusinessDaysOfPeriods() {
    assertThat(US.lastBusinessDayOfMonth(d(5, 10)))
        .isEqualTo(d(5, 29)); // 30-31 May 2026 are a weekend
    assertThat(US.lastBusinessDayOfQuarter(d(2, 10))).isEqualTo(d(3, 31));
    assertThat(US.lastBusinessDayOfQuarter(d(10, 1))).isEqualTo(d(12, 31));
    assertThat(US.lastBusinessDayOfYear(LocalDate.of(2027, 6, 1)))
        .isEqualTo(LocalDate.of(2027, 12, 31));
  }

  @Test
  void otherWeekends() {
    HolidayCalendar gulf =
        HolidayCalendar.of(
            "AE", 2026, 2026, EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), List.of());
    assertThat(gulf.isBusinessDay(d(11, 22))).isTrue(); // Sunday
    assertThat(gulf.isBusinessDay(d(11, 20))).isFalse(); // Friday
    HolidayCalendar always =
        HolidayCalendar.of("ALL", 2026, 2026, EnumSet.noneOf(DayOfWeek.class), List.of());
    assertThat(always.businessDaysBetween(d(1, 1), d(12, 31))).isEqualTo(364);
  }

  @Test
  void combinesAndLinks() {
    HolidayCalendar gb =
        HolidayCalendar.of("GB", 2026, 2028, List.of(d(12, 25), d(12, 28), d(8, 31)));
    HolidayCalendar both = gb.combinedWith(US);
    assertThat(both.id()).isEqualTo("GB+US");
    assertThat(both.firstYear()).isEqualTo(2026);
    assertThat(both.lastYear()).isEqualTo(2027);
    assertThat(both.isBusinessDay(d(8, 31))).isFalse();
    assertThat(both.isBusinessDay(d(7, 3))).isFalse();
    HolidayCalendar either = gb.linkedWith(US);
    assertThat(either.id()).isEqualTo("GB~US");
    assertThat(either.isBusinessDay(d(8, 31))).isTrue();
    assertThat(either.isBusinessDay(d(12, 25))).isFalse();
  }

  @Test
  void combineAndLinkAreCommutativeAndAssociative() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              HolidayCalendar a = random("A", seed);
              HolidayCalendar b = random("B", seed + 1);
              HolidayCalendar c = random("C", seed + 2);
              assertThat(sameDays(a.combinedWith(b), b.combinedWith(a))).isTrue();
              assertThat(sameDays(a.linkedWith(b), b.linkedWith(a))).isTrue();
              assertThat(
                      sameDays(
                          a.combinedWith(b).combinedWith(c), a.combinedWith(b.combinedWith(c))))
                  .isTrue();
              assertThat(sameDays(a.linkedWith(b).linkedWith(c), a.linkedWith(b.linkedWith(c))))
                  .isTrue();
            });
  }

  @Test
  void shiftingThereAndBackReturnsABusinessDayAndCountsAdd() {
    qt().forAll(
            longs().all(),
            integers().between(0, 700),
            integers().between(-40, 40),
            integers().between(0, 300))
        .checkAssert(
            (seed, start, n, span) -> {
              HolidayCalendar calendar = random("R", seed);
              LocalDate a = LocalDate.of(2026, 1, 1).plusDays(start);
              if (calendar.isBusinessDay(a)) {
                assertThat(calendar.shift(calendar.shift(a, n), -n)).isEqualTo(a);
              }
              LocalDate b = a.plusDays(span);
              LocalDate c = b.plusDays(span / 2);
              assertThat(calendar.businessDaysBetween(a, b) + calendar.businessDaysBetween(b, c))
                  .isEqualTo(calendar.businessDaysBetween(a, c));
              int counted = 0;
              for (LocalDate day = a; day.isBefore(b); day = day.plusDays(1)) {
                counted += calendar.isBusinessDay(day) ? 1 : 0;
              }
              assertThat(calendar.businessDaysBetween(a, b)).isEqualTo(counted);
            });
  }

  /**
   * A year so far out that {@code year * 12} overflows an int lands on no month of the window: it
   * is refused as outside the calendar's years, as before the window, even once the month it would
   * have wrapped to (September 1900, for year 357,915,842) is compiled.
   */
  @Test
  void aFarYearDoesNotWrapIntoTheWindow() {
    HolidayCalendar calendar =
        HolidayCalendar.of(
            "W", 1900, 2100, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), List.of());
    assertThat(calendar.isBusinessDay(LocalDate.of(1900, 9, 3))).isTrue();
    for (LocalDate far :
        List.of(
            LocalDate.of(357_915_842, 1, 3),
            LocalDate.of(715_829_782, 9, 3),
            LocalDate.of(-357_912_042, 9, 3))) {
      assertThatThrownBy(() -> calendar.isBusinessDay(far))
          .as("%s", far)
          .isInstanceOf(GovernanceValidationException.class)
          .hasMessageContaining("expected a date from 1900-01-01 to 2100-12-31");
    }
  }

  /**
   * Issue 23: the flat window of the years {@value HolidayCalendar#WINDOW_FIRST_YEAR} to {@value
   * HolidayCalendar#WINDOW_LAST_YEAR} answers as the definition does (a day is a business day when
   * it is neither a weekend day nor a holiday), and as the decades do beyond it, on calendars that
   * straddle the window's edges, asked in a random order so that months are met both before and
   * after their decade is compiled; counts and searches agree with day-by-day loops.
   */
  @Test
  void theWindowAnswersAsTheDefinitionAndTheDecadesDoAcrossItsEdges() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom random = new SplittableRandom(seed);
              int edge =
                  random.nextBoolean()
                      ? HolidayCalendar.WINDOW_FIRST_YEAR
                      : HolidayCalendar.WINDOW_LAST_YEAR + 1;
              int first = edge - 1 - random.nextInt(4);
              int last = Math.max(first, edge - 1 + random.nextInt(4));
              EnumSet<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
              for (DayOfWeek day : DayOfWeek.values()) {
                if (random.nextInt(3) == 0 && weekend.size() < 6) {
                  weekend.add(day);
                }
              }
              LocalDate from = LocalDate.of(first - 1, 1, 1);
              int span = (int) (LocalDate.of(last + 2, 1, 1).toEpochDay() - from.toEpochDay());
              List<LocalDate> holidays = new ArrayList<>();
              for (int i = random.nextInt(400); i > 0; i--) {
                holidays.add(from.plusDays(random.nextInt(span)));
              }
              HolidayCalendar calendar = HolidayCalendar.of("W", first, last, weekend, holidays);
              HolidayCalendar rules =
                  HolidayCalendar.ofRules(
                      "R",
                      weekend,
                      year -> holidays.stream().filter(h -> h.getYear() == year).toList());
              HolidayCalendar other =
                  HolidayCalendar.of(
                      "O", first, last + 1, EnumSet.of(DayOfWeek.SUNDAY), holidays.subList(0, 0));
              for (int i = 0; i < 3 * span; i++) {
                LocalDate day = from.plusDays(random.nextInt(span));
                boolean open = !weekend.contains(day.getDayOfWeek()) && !holidays.contains(day);
                if (day.getYear() < first || day.getYear() > last) {
                  assertThatThrownBy(() -> calendar.isBusinessDay(day))
                      .isInstanceOf(GovernanceValidationException.class)
                      .hasMessageContaining(day.toString());
                } else {
                  assertThat(calendar.isBusinessDay(day)).as("%s", day).isEqualTo(open);
                }
                assertThat(rules.isBusinessDay(day)).as("%s", day).isEqualTo(open);
              }
              LocalDate lastDay = LocalDate.of(last, 12, 31);
              LocalDate a = LocalDate.of(first, 1, 1).plusDays(random.nextInt(span - 731));
              LocalDate b = a.plusDays(random.nextInt(400));
              b = b.isAfter(lastDay) ? lastDay : b;
              assertThat(calendar.businessDaysBetween(a, b))
                  .isEqualTo(countBusinessDays(calendar, a, b))
                  .isEqualTo(countBusinessDays(rules, a, b))
                  .isEqualTo(rules.businessDaysBetween(a, b))
                  .isEqualTo(-rules.businessDaysBetween(b, a));
              assertThat(rules.nextOrSame(a)).isEqualTo(nextByDays(rules, a));
              assertThat(rules.previousOrSame(b)).isEqualTo(previousByDays(rules, b));
              HolidayCalendar wide = rules.combinedWith(HolidayCalendar.weekends());
              assertThat(wide.businessDaysBetween(a, b)).isEqualTo(countBusinessDays(wide, a, b));
              HolidayCalendar both = calendar.linkedWith(other);
              assertThat(both.businessDaysBetween(a, b)).isEqualTo(countBusinessDays(both, a, b));
            });
  }

  private static LocalDate nextByDays(HolidayCalendar calendar, LocalDate date) {
    LocalDate day = date;
    while (!calendar.isBusinessDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  private static LocalDate previousByDays(HolidayCalendar calendar, LocalDate date) {
    LocalDate day = date;
    while (!calendar.isBusinessDay(day)) {
      day = day.minusDays(1);
    }
    return day;
  }

  @Test
  void equalityIsByDaysIdAndRange() {
    new EqualsTester()
        .addEqualityGroup(US, HolidayCalendar.of("US", 2025, 2027, US_2026))
        .addEqualityGroup(HolidayCalendar.of("US", 2025, 2027, List.of()))
        .addEqualityGroup(HolidayCalendar.of("XX", 2025, 2027, US_2026))
        .addEqualityGroup(HolidayCalendar.of("US", 2025, 2028, US_2026))
        .testEquals();
    assertThat(US.toString())
        .isEqualTo("HolidayCalendar{US 2025-2027, weekend [SATURDAY, SUNDAY]}");
  }

  /**
   * Issue 20, point 4: calendars covered only the years compiled up front. Rules are now compiled a
   * decade at a time, as dates are asked about, over the years 1 to 9999, each decade once however
   * many threads ask.
   */
  @Test
  void aCalendarFromRulesCoversEveryYearAndCompilesEachDecadeOnce() throws InterruptedException {
    Map<Integer, Integer> asked = new ConcurrentHashMap<>();
    HolidayRules newYear =
        year -> {
          asked.merge(year, 1, Integer::sum);
          // New Year's Day, observed on Friday 31 December when it falls on a Saturday
          LocalDate day = LocalDate.of(year, 1, 1);
          return List.of(day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.minusDays(1) : day);
        };
    HolidayCalendar calendar =
        HolidayCalendar.ofRules("NY", EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), newYear);
    assertThat(calendar.firstYear()).isEqualTo(1);
    assertThat(calendar.lastYear()).isEqualTo(9999);
    assertThat(asked).isEmpty();
    assertThat(calendar.isHoliday(LocalDate.of(2027, 12, 31))).isTrue(); // 2028 observed early
    assertThat(asked.keySet()).containsExactlyInAnyOrderElementsOf(range(2019, 2030));
    assertThat(calendar.isHoliday(LocalDate.of(9999, 1, 1))).isTrue(); // a Friday
    assertThat(calendar.isHoliday(LocalDate.of(1, 1, 1))).isTrue(); // a Monday
    assertThat(calendar.next(LocalDate.of(2090, 12, 29))).isEqualTo(LocalDate.of(2091, 1, 2));
    assertThat(calendar.businessDaysBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2100, 1, 1)))
        .isEqualTo(countBusinessDays(calendar, LocalDate.of(2020, 1, 1), LocalDate.of(2100, 1, 1)));
    asked.clear();
    List<Thread> threads = new ArrayList<>();
    Queue<LocalDate> shifted = new ConcurrentLinkedQueue<>();
    for (int t = 0; t < 8; t++) {
      Thread thread =
          new Thread(() -> shifted.add(calendar.shift(LocalDate.of(3000, 1, 1), 2_700)));
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    // 2,700 business days from 3000 reach into 3010: decades 300 and 301, each compiled once,
    // asking its years and their neighbours (3009 and 3010 by both)
    assertThat(asked.keySet()).containsExactlyInAnyOrderElementsOf(range(2999, 3020));
    asked.forEach(
        (year, times) -> assertThat(times).isEqualTo(year == 3009 || year == 3010 ? 2 : 1));
    assertThat(shifted).hasSize(8).containsOnly(shifted.peek());
    assertThat(shifted.peek().getYear()).isEqualTo(3010);
    assertThat(calendar)
        .isEqualTo(
            HolidayCalendar.ofRules(
                "NY", EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), newYear))
        .isNotEqualTo(HolidayCalendar.ofRules("NY", EnumSet.of(DayOfWeek.SUNDAY), newYear));
    rejects(
        () -> calendar.isBusinessDay(LocalDate.of(10_000, 1, 3)),
        "Invalid governance data: date = '+10000-01-03': expected a date from 0001-01-01 to"
            + " 9999-12-31, the years of calendar NY");
  }

  private static List<Integer> range(int first, int last) {
    List<Integer> years = new ArrayList<>();
    for (int year = first; year <= last; year++) {
      years.add(year);
    }
    return years;
  }

  private static int countBusinessDays(HolidayCalendar calendar, LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
      count += calendar.isBusinessDay(day) ? 1 : 0;
    }
    return count;
  }

  @Test
  void rejectsBadInput() {
    rejects(
        () -> US.isBusinessDay(LocalDate.of(2030, 1, 2)),
        "Invalid governance data: date = '2030-01-02': expected a date from 2025-01-01 to"
            + " 2027-12-31, the years of calendar US");
    rejects(
        () -> HolidayCalendar.of("US", 2027, 2025, List.of()),
        "Invalid governance data: lastYear = 2025: expected a year from firstYear 2027 to 9999");
    rejects(
        () -> HolidayCalendar.of("US", 0, 5, List.of()),
        "Invalid governance data: firstYear = 0: expected years within 1 to 9999");
    rejects(
        () -> HolidayCalendar.of("US", 2026, 2026, EnumSet.allOf(DayOfWeek.class), List.of()),
        "Invalid governance data: weekend = [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY,"
            + " SATURDAY, SUNDAY]: expected at most six weekdays, so that some days are business"
            + " days");
    rejects(
        () -> US.combinedWith(HolidayCalendar.of("GB", 2030, 2031, List.of())),
        "Invalid governance data: other = 'GB 2030-2031': expected a calendar sharing a year with"
            + " US 2025-2027");
    rejects(
        () -> HolidayCalendar.of("X", 2026, 2026, List.of(d(12, 31))).nextOrSame(d(12, 31)),
        "Invalid governance data: date = '2026-12-31': expected a date with a business day between"
            + " it and the end of the years of calendar X (2026 to 2026)");
    rejects(
        () -> HolidayCalendar.of("X", 2026, 2026, List.of(d(1, 1))).previousOrSame(d(1, 1)),
        "Invalid governance data: date = '2026-01-01': expected a date with a business day between"
            + " it and the end of the years of calendar X (2026 to 2026)");
    rejects(
        () -> HolidayCalendar.of(" ", 2026, 2026, List.of()),
        "Invalid governance data: id = ' ': expected an id of 1 to 128 letters, digits or . _ : / +"
            + " - starting with a letter or digit");
  }

  private static HolidayCalendar random(String id, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<LocalDate> holidays = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      holidays.add(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(3 * 365)));
    }
    EnumSet<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (random.nextInt(4) == 0 && weekend.size() < 5) {
        weekend.add(day);
      }
    }
    return HolidayCalendar.of(
        id, 2024 + random.nextInt(2), 2030 + random.nextInt(2), weekend, holidays);
  }

  private static boolean sameDays(HolidayCalendar a, HolidayCalendar b) {
    if (a.firstYear() != b.firstYear() || a.lastYear() != b.lastYear()) {
      return false;
    }
    for (LocalDate day = LocalDate.of(a.firstYear(), 1, 1);
        day.getYear() <= a.lastYear();
        day = day.plusDays(1)) {
      if (a.isBusinessDay(day) != b.isBusinessDay(day)) {
        return false;
      }
    }
    return true;
  }
}
