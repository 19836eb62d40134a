package dev.governance.core.calendar;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import dev.governance.core.GovernanceValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Which days are business days, over a range of whole years: a bitset of non-business days
 * (weekends and holidays), one {@code int} per month with bit {@code d - 1} set when day {@code d}
 * is not a business day, the layout of OpenGamma Strata's {@code ImmutableHolidayCalendar}. Asking
 * whether a date is a business day is two array reads and one bit test; counting business days
 * between two dates counts bits a month at a time.
 *
 * <p>Written by hand, not taken from a library, because it is the innermost loop of every deadline
 * and recurrence: holiday libraries evaluate their rules on each question (jollyday computes a
 * year's holidays to answer one), and this answers from the compiled bits. The holidays themselves
 * come from rules, never typed-in dates: {@code dev.governance.rules.deadline.HolidayCalendars}
 * compiles jollyday's national rules into this form.
 *
 * <p>The bits are compiled lazily, a decade at a time, the first time a date of that decade is
 * asked about, so a calendar built from {@link HolidayRules} covers the years 1 to 9999 and costs
 * only the decades used (about 500 bytes each). Compiling is thread-safe and happens once per
 * decade; reading compiled bits takes no lock. A calendar is otherwise immutable.
 *
 * <p>The years {@value #WINDOW_FIRST_YEAR} to {@value #WINDOW_LAST_YEAR} (those a compliance
 * calendar asks about) are also held in one flat array, {@link #window}, one {@code int} per month
 * with bit {@code d - 1} set when day {@code d} <em>is</em> a business day and the sign bit set
 * once the month is compiled: the question is then one compare (the month in the window, unsigned),
 * one array read and one bit test, with no decade block to find and no year range to check, and
 * counting is a population count of each month. It replaces, for these years, the look-up through
 * the decades, which took the {@code isBusinessDay} benchmark from 370 to 518 million answers a
 * second, 64.5 times jollyday's {@code isHoliday} in the same run (issue 23, 3 forks of 10
 * iterations, BENCHMARKS.md). Months are kept padded to 32 days rather than as a bitset over epoch
 * days because callers hold {@link LocalDate}s, whose year and month are fields, while {@link
 * LocalDate#toEpochDay()} divides by 4, 100 and 400 on each call. Dates outside the window take the
 * decades, with the same answers and the same exceptions.
 *
 * <p>A calendar answers only for dates in its years and rejects others with a {@link
 * GovernanceValidationException} naming the date and the range, rather than guessing. Calendars
 * combine ({@code GB+US}: a holiday in either) and link ({@code GB~US}: a holiday only in both).
 */
public final class HolidayCalendar {

  /** The years of a compiled block of bits. */
  private static final int DECADE = 10;

  /** The months of a compiled block of bits. */
  private static final int DECADE_MONTHS = DECADE * 12;

  /** The last year a calendar may cover: java.time's dates go further, calendars stop here. */
  private static final int LAST_YEAR = 9999;

  /** The first year of the flat {@link #window}; the first of a decade. */
  static final int WINDOW_FIRST_YEAR = 1900;

  /** The last year of the flat {@link #window}; the last of a decade. */
  static final int WINDOW_LAST_YEAR = 2299;

  /** The month index ({@code year * 12 + month - 1}) of the window's first month. */
  private static final int WINDOW_FIRST_MONTH = WINDOW_FIRST_YEAR * 12;

  /** The bit of a window entry that says its month is compiled (no month has a 32nd day). */
  private static final int COMPILED = 1 << 31;

  /** The day bits of a window entry. */
  private static final int DAYS = ~COMPILED;

  private final String id;
  private final int firstYear;
  private final int lastYear;
  private final ImmutableSet<DayOfWeek> weekend;

  /** What the calendar was built from, which equality compares: holidays, rules or operands. */
  private final Object definition;

  /** Compiles the non-business days of decade {@code d}, the years {@code 10d} to {@code 10d+9}. */
  private final IntFunction<int[]> compiler;

  /** The compiled decades, by {@code year / 10}; a block holds a decade's months in order. */
  private final AtomicReferenceArray<int[]> decades =
      new AtomicReferenceArray<>(LAST_YEAR / DECADE + 1);

  /**
   * The business days of the months of the years {@value #WINDOW_FIRST_YEAR} to {@value
   * #WINDOW_LAST_YEAR}, by {@code year * 12 + month - 1 - WINDOW_FIRST_MONTH}: bit {@code d - 1}
   * set when day {@code d} is a business day, and {@link #COMPILED} once the month's decade is
   * compiled; 0 for a month not compiled yet or outside the calendar's years. Written when a decade
   * is compiled, after the decade's block; read without a lock, which is safe because an {@code
   * int} is written whole: a reader sees 0 and takes the decades, or the month's final bits.
   */
  private final int[] window = new int[(WINDOW_LAST_YEAR - WINDOW_FIRST_YEAR + 1) * 12];

  private HolidayCalendar(
      String id,
      int firstYear,
      int lastYear,
      Set<DayOfWeek> weekend,
      Object definition,
      IntFunction<int[]> compiler) {
    this.id = id;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.weekend = ImmutableSet.copyOf(weekend);
    this.definition = definition;
    this.compiler = compiler;
  }

  /**
   * Returns the calendar whose non-business days are {@code weekend} and {@code holidays}, for the
   * years {@code firstYear} to {@code lastYear}.
   *
   * @param id the calendar's id, such as {@code US}
   * @param firstYear the first year covered, from 1
   * @param lastYear the last year covered; not before the first, at most 9999
   * @param weekend the weekdays that are never business days, such as Saturday and Sunday, or
   *     Friday and Saturday; may be empty, not all seven
   * @param holidays the holidays; dates outside the years are ignored, so that rules evaluated for
   *     neighbouring years (a New Year's Day observed on 31 December) can be passed whole
   * @return the calendar
   * @throws GovernanceValidationException naming the field at fault
   */
  public static HolidayCalendar of(
      String id,
      int firstYear,
      int lastYear,
      Set<DayOfWeek> weekend,
      Collection<LocalDate> holidays) {
    identifier(id, "id");
    check(
        lastYear >= firstYear,
        "lastYear",
        lastYear,
        "a year from firstYear " + firstYear + " to " + LAST_YEAR);
    check(
        firstYear >= 1 && lastYear <= LAST_YEAR,
        "firstYear",
        firstYear,
        "years within 1 to " + LAST_YEAR);
    EnumSet<DayOfWeek> days = checkedWeekend(weekend);
    // a holiday on a weekend day changes no business day, so it does not tell calendars apart
    ImmutableSortedSet<LocalDate> kept =
        holidays.stream()
            .filter(h -> h.getYear() >= firstYear && h.getYear() <= lastYear)
            .filter(h -> !days.contains(h.getDayOfWeek()))
            .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
    return new HolidayCalendar(
        id,
        firstYear,
        lastYear,
        days,
        kept,
        decade ->
            closedDays(
                decade,
                days,
                kept.subSet(
                    LocalDate.of(decade * DECADE, 1, 1),
                    LocalDate.of((decade + 1) * DECADE, 1, 1))));
  }

  /**
   * Returns a calendar with Saturday and Sunday as its weekend.
   *
   * @param id the calendar's id
   * @param firstYear the first year covered
   * @param lastYear the last year covered
   * @param holidays the holidays
   * @return the calendar
   * @throws GovernanceValidationException naming the field at fault
   */
  public static HolidayCalendar of(
      String id, int firstYear, int lastYear, Collection<LocalDate> holidays) {
    return of(id, firstYear, lastYear, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), holidays);
  }

  /**
   * Returns the calendar whose non-business days are {@code weekend} and the holidays {@code rules}
   * place, for the years 1 to 9999, compiled a decade at a time as they are asked about. Calendars
   * of equal ids, weekends and rules are equal.
   *
   * @param id the calendar's id, such as {@code US}
   * @param weekend the weekdays that are never business days; may be empty, not all seven
   * @param rules the rules that place each year's holidays
   * @return the calendar
   * @throws GovernanceValidationException naming the field at fault
   */
  public static HolidayCalendar ofRules(String id, Set<DayOfWeek> weekend, HolidayRules rules) {
    identifier(id, "id");
    Objects.requireNonNull(rules, "rules");
    EnumSet<DayOfWeek> days = checkedWeekend(weekend);
    return new HolidayCalendar(
        id,
        1,
        LAST_YEAR,
        days,
        rules,
        decade -> {
          List<LocalDate> holidays = new ArrayList<>();
          // the neighbouring years' rules may place a day in this decade (observed days)
          int from = Math.max(0, decade * DECADE - 1);
          int to = Math.min(LAST_YEAR + 1, decade * DECADE + DECADE);
          for (int year = from; year <= to; year++) {
            for (LocalDate day : rules.holidaysOf(year)) {
              if (Math.floorDiv(day.getYear(), DECADE) == decade) {
                holidays.add(day);
              }
            }
          }
          return closedDays(decade, days, holidays);
        });
  }

  private static EnumSet<DayOfWeek> checkedWeekend(Set<DayOfWeek> weekend) {
    check(
        weekend.size() < 7,
        "weekend",
        weekend,
        "at most six weekdays, so that some days are business days");
    return weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend);
  }

  /** Returns the bits of decade {@code decade}: its weekend days, and the holidays given in it. */
  private static int[] closedDays(
      int decade, Set<DayOfWeek> weekend, Collection<LocalDate> holidays) {
    int[] closed = new int[DECADE_MONTHS];
    for (int month = 0; month < DECADE_MONTHS; month++) {
      YearMonth ym = YearMonth.of(decade * DECADE + month / 12, month % 12 + 1);
      int bits = 0;
      for (int day = 1; day <= ym.lengthOfMonth(); day++) {
        if (weekend.contains(ym.atDay(day).getDayOfWeek())) {
          bits |= 1 << (day - 1);
        }
      }
      closed[month] = bits;
    }
    for (LocalDate holiday : holidays) {
      closed[(holiday.getYear() % DECADE) * 12 + holiday.getMonthValue() - 1] |=
          1 << (holiday.getDayOfMonth() - 1);
    }
    return closed;
  }

  /**
   * Returns the calendar with Saturday and Sunday as its weekend and no holiday, id {@code
   * weekends}, for the years 1 to 9999: the one engines count business days on when given none.
   */
  public static HolidayCalendar weekends() {
    return Weekends.CALENDAR;
  }

  /** Returns the calendar's id, such as {@code US} or {@code GB+US}. */
  public String id() {
    return id;
  }

  /** Returns the first year the calendar covers. */
  public int firstYear() {
    return firstYear;
  }

  /** Returns the last year the calendar covers. */
  public int lastYear() {
    return lastYear;
  }

  /** Returns the weekdays that are never business days. */
  public ImmutableSet<DayOfWeek> weekend() {
    return weekend;
  }

  /**
   * Returns whether {@code date} is a business day: neither a weekend day nor a holiday.
   *
   * @throws GovernanceValidationException if the date is outside the calendar's years
   */
  public boolean isBusinessDay(LocalDate date) {
    // one unsigned compare keeps years before the window (negative) and far after it out; the
    // month index is then computed from a small year, where year * 12 of a LocalDate's
    // nine-digit years would overflow an int into the window
    int year = date.getYear() - WINDOW_FIRST_YEAR;
    if (Integer.compareUnsigned(year, WINDOW_LAST_YEAR - WINDOW_FIRST_YEAR + 1) < 0) {
      int bits = window[year * 12 + date.getMonthValue() - 1];
      if (bits < 0) {
        return (bits & (1 << (date.getDayOfMonth() - 1))) != 0;
      }
    }
    return isBusinessDayOfDecades(date);
  }

  /** Answers {@link #isBusinessDay} from the decades, compiling the date's if need be. */
  private boolean isBusinessDayOfDecades(LocalDate date) {
    int year = checkedYear(date);
    int[] block = block(year / DECADE);
    return (block[year % DECADE * 12 + date.getMonthValue() - 1]
            & (1 << (date.getDayOfMonth() - 1)))
        == 0;
  }

  /**
   * Returns whether {@code date} is a holiday that falls on a weekday (a holiday on the weekend
   * makes no difference to business days and is not told apart).
   *
   * @throws GovernanceValidationException if the date is outside the calendar's years
   */
  public boolean isHoliday(LocalDate date) {
    return !isBusinessDay(date) && !weekend.contains(date.getDayOfWeek());
  }

  /** Returns the first business day after {@code date}. */
  public LocalDate next(LocalDate date) {
    return nextOrSame(date.plusDays(1));
  }

  /**
   * Returns {@code date} if it is a business day, else the first business day after it. Found by
   * bit scanning, a month at a time.
   */
  public LocalDate nextOrSame(LocalDate date) {
    int index = monthIndex(date);
    int day = date.getDayOfMonth();
    int open = openDays(index) & (-1 << (day - 1));
    if ((open & (1 << (day - 1))) != 0) {
      return date;
    }
    while (open == 0) {
      index++;
      checkIndex(index, date);
      open = openDays(index);
    }
    return dayOf(index, Integer.numberOfTrailingZeros(open) + 1);
  }

  /** Returns the last business day before {@code date}. */
  public LocalDate previous(LocalDate date) {
    return previousOrSame(date.minusDays(1));
  }

  /**
   * Returns {@code date} if it is a business day, else the last business day before it. Found by
   * bit scanning, a month at a time.
   */
  public LocalDate previousOrSame(LocalDate date) {
    int index = monthIndex(date);
    int day = date.getDayOfMonth();
    int open = openDays(index) & (int) ((1L << day) - 1);
    if ((open & (1 << (day - 1))) != 0) {
      return date;
    }
    while (open == 0) {
      index--;
      checkIndex(index, date);
      open = openDays(index);
    }
    return dayOf(index, 32 - Integer.numberOfLeadingZeros(open));
  }

  /**
   * Returns the date {@code amount} business days after {@code date} (before it, when negative):
   * each step moves to the next (previous) business day, so that shifting a Saturday by one gives
   * Monday, and by zero gives the Saturday itself.
   *
   * @param date the date to start from
   * @param amount the number of business days to move
   * @return the shifted date
   * @throws GovernanceValidationException if the path leaves the calendar's years
   */
  public LocalDate shift(LocalDate date, int amount) {
    LocalDate d = date;
    for (int i = 0; i < amount; i++) {
      d = next(d);
    }
    for (int i = 0; i > amount; i--) {
      d = previous(d);
    }
    return d;
  }

  /**
   * Returns the number of business days from {@code start}, inclusive, to {@code end}, exclusive;
   * negative when {@code end} is before {@code start}. Counted a month at a time from the bits.
   *
   * @throws GovernanceValidationException if either date is outside the calendar's years
   */
  public int businessDaysBetween(LocalDate start, LocalDate end) {
    if (end.isBefore(start)) {
      return -businessDaysBetween(end, start);
    }
    int first = monthIndex(start);
    int last = monthIndex(end);
    // whole months from start's to end's, less the business days before start in its month, plus
    // those before end in its
    int count =
        businessDaysBefore(last, end.getDayOfMonth())
            - businessDaysBefore(first, start.getDayOfMonth());
    for (int m = first; m < last; m++) {
      count += Integer.bitCount(openDays(m));
    }
    return count;
  }

  /**
   * Returns the number of business days among the days of month {@code index} before day {@code
   * day}.
   */
  private int businessDaysBefore(int index, int day) {
    return Integer.bitCount(openDays(index) & ((1 << (day - 1)) - 1));
  }

  /** Returns the last business day of the month of {@code date}. */
  public LocalDate lastBusinessDayOfMonth(LocalDate date) {
    return previousOrSame(YearMonth.from(date).atEndOfMonth());
  }

  /** Returns the last business day of the calendar quarter of {@code date}. */
  public LocalDate lastBusinessDayOfQuarter(LocalDate date) {
    int lastMonth = (date.getMonthValue() - 1) / 3 * 3 + 3;
    return previousOrSame(YearMonth.of(date.getYear(), lastMonth).atEndOfMonth());
  }

  /** Returns the last business day of the year of {@code date}. */
  public LocalDate lastBusinessDayOfYear(LocalDate date) {
    return previousOrSame(LocalDate.of(date.getYear(), 12, 31));
  }

  /**
   * Returns the calendar in which a day is a non-business day when it is one in this calendar or in
   * {@code other} (offices in both countries must be open), over the years both cover; id {@code
   * this+other}.
   *
   * @throws GovernanceValidationException if the calendars share no year
   */
  public HolidayCalendar combinedWith(HolidayCalendar other) {
    return join(other, "+", true);
  }

  /**
   * Returns the calendar in which a day is a non-business day only when it is one in both this
   * calendar and {@code other} (either office may act), over the years both cover; id {@code
   * this~other}.
   *
   * @throws GovernanceValidationException if the calendars share no year
   */
  public HolidayCalendar linkedWith(HolidayCalendar other) {
    return join(other, "~", false);
  }

  private HolidayCalendar join(HolidayCalendar other, String operator, boolean either) {
    int from = Math.max(firstYear, other.firstYear);
    int to = Math.min(lastYear, other.lastYear);
    check(
        from <= to,
        "other",
        other.id + " " + other.firstYear + "-" + other.lastYear,
        "a calendar sharing a year with " + id + " " + firstYear + "-" + lastYear);
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (either
          ? weekend.contains(day) || other.weekend.contains(day)
          : weekend.contains(day) && other.weekend.contains(day)) {
        days.add(day);
      }
    }
    return new HolidayCalendar(
        id + operator + other.id,
        from,
        to,
        days,
        List.of(operator, this, other),
        decade -> {
          int[] mine = block(decade);
          int[] theirs = other.block(decade);
          int[] bits = new int[DECADE_MONTHS];
          for (int i = 0; i < DECADE_MONTHS; i++) {
            bits[i] = either ? mine[i] | theirs[i] : mine[i] & theirs[i];
          }
          return bits;
        });
  }

  /**
   * Returns the business days of month {@code index} ({@code year * 12 + month - 1}, in the
   * calendar's years): bit {@code d - 1} set when day {@code d} is one. From the window when it
   * holds the month, else from the decades.
   */
  private int openDays(int index) {
    int w = index - WINDOW_FIRST_MONTH;
    if (w >= 0 && w < window.length) {
      int bits = window[w];
      if (bits < 0) {
        return bits & DAYS;
      }
    }
    return ~bits(index) & monthMask(index);
  }

  /** Returns the non-business days of month {@code index} ({@code year * 12 + month - 1}). */
  private int bits(int index) {
    int decade = index / DECADE_MONTHS;
    return block(decade)[index - decade * DECADE_MONTHS];
  }

  /** Returns decade {@code decade}'s bits, compiling them the first time they are asked for. */
  private int[] block(int decade) {
    // acquire pairs with the release of set: a block is read only once wholly written
    int[] block = decades.getAcquire(decade);
    if (block != null) {
      return block;
    }
    synchronized (decades) {
      block = decades.get(decade);
      if (block == null) {
        block = compiler.apply(decade);
        decades.set(decade, block);
        fillWindow(decade, block);
      }
      return block;
    }
  }

  /**
   * Copies decade {@code decade}'s months that are in the calendar's years and in the window into
   * the window, as business days with {@link #COMPILED} set.
   */
  private void fillWindow(int decade, int[] block) {
    for (int m = 0; m < DECADE_MONTHS; m++) {
      int index = decade * DECADE_MONTHS + m;
      int year = index / 12;
      int w = index - WINDOW_FIRST_MONTH;
      if (year >= firstYear && year <= lastYear && w >= 0 && w < window.length) {
        window[w] = (~block[m] & monthMask(index)) | COMPILED;
      }
    }
  }

  /** The bits of the days that month {@code index} has. */
  private int monthMask(int index) {
    int year = index / 12;
    return (int) ((1L << Month.of(index % 12 + 1).length(Year.isLeap(year))) - 1);
  }

  private LocalDate dayOf(int index, int day) {
    return LocalDate.of(index / 12, index % 12 + 1, day);
  }

  /** Rejects a search that ran out of the calendar's years, naming the date it started from. */
  private void checkIndex(int index, LocalDate from) {
    if (index / 12 < firstYear || index / 12 > lastYear) {
      throw GovernanceValidationException.of(
          "date",
          from.toString(),
          "a date with a business day between it and the end of the years of calendar "
              + id
              + " ("
              + firstYear
              + " to "
              + lastYear
              + ")");
    }
  }

  private int monthIndex(LocalDate date) {
    return checkedYear(date) * 12 + date.getMonthValue() - 1;
  }

  /** Returns the year of {@code date}, rejecting a date outside the calendar's years. */
  private int checkedYear(LocalDate date) {
    int year = date.getYear();
    if (year < firstYear || year > lastYear) {
      throw GovernanceValidationException.of(
          "date",
          date.toString(),
          "a date from "
              + LocalDate.of(firstYear, 1, 1)
              + " to "
              + LocalDate.of(lastYear, 12, 31)
              + ", the years of calendar "
              + id);
    }
    return year;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof HolidayCalendar c
        && id.equals(c.id)
        && firstYear == c.firstYear
        && lastYear == c.lastYear
        && weekend.equals(c.weekend)
        && definition.equals(c.definition);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, firstYear, lastYear, weekend, definition);
  }

  @Override
  public String toString() {
    return "HolidayCalendar{"
        + id
        + " "
        + firstYear
        + "-"
        + lastYear
        + ", weekend "
        + weekend
        + "}";
  }

  /**
   * Holds {@link #weekends()}, built the first time it is asked for: building it loads Guava's
   * sorted sets and collectors, about 50 ms in a fresh JVM, which a calendar of rules does not
   * need.
   */
  private static final class Weekends {
    /** Saturday and Sunday, no holiday, the years 1 to 9999. */
    static final HolidayCalendar CALENDAR =
        of("weekends", 1, LAST_YEAR, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), List.of());
  }
}
