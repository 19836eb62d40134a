package dev.governance.testkit;

import static dev.governance.testkit.DomainGenerators.distinct;
import static dev.governance.testkit.DomainGenerators.pick;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Generates RFC 5545 recurrence rules (section 3.3.10, "Recurrence Rule", the value of an {@code
 * RRULE} without the property name) of the shapes an obligation's schedule takes, as text such as
 * {@code FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR}.
 *
 * <p>{@code FREQ} is {@code DAILY}, {@code WEEKLY}, {@code MONTHLY} or {@code YEARLY} (an
 * obligation falls due on days, so the library refuses the sub-daily ones); then, as section 3.3.10
 * allows them for that frequency: {@code INTERVAL}; {@code COUNT} or {@code UNTIL} (never both),
 * the {@code UNTIL} a date, a local date-time or a UTC date-time (section 3.3.4 and 3.3.5); {@code
 * BYMONTH}; {@code BYMONTHDAY} with negative days counted from the month's end (not beside {@code
 * WEEKLY}); {@code BYDAY}, with ordinals such as {@code 2MO} or {@code -1FR} in {@code MONTHLY} and
 * {@code YEARLY} rules only; {@code BYWEEKNO} and {@code BYYEARDAY} in {@code YEARLY} rules only;
 * {@code BYSETPOS} beside another {@code BYxxx} part; and {@code WKST}.
 *
 * <p>Every rule yields instances from any DTSTART before {@value #STARTS_BEFORE_YEAR}: the parts of
 * one rule never exclude each other (month days within 28 of either end, weekday ordinals within 4,
 * week numbers within 52, year days within 365, a {@code BYSETPOS} no larger than the set it picks
 * from, {@code BYMONTH} only beside an {@code INTERVAL} that reaches every month and, in a monthly
 * or yearly rule, only beside a part naming days: section 3.3.10 takes the day of the month of
 * {@code FREQ=YEARLY;BYMONTH=4,6} from DTSTART and drops the dates that do not exist, so that from
 * a DTSTART on the 31st it would never recur; such a rule gets a {@code BYMONTHDAY} instead) and an
 * {@code UNTIL} falls in {@value #UNTIL_FROM_YEAR} or later. The simplest rule, to which a failing
 * case shrinks, is {@code FREQ=DAILY}.
 */
public final class RecurrenceRuleGenerator implements Generator<String> {

  /** The year before which a DTSTART must be for every rule to yield instances. */
  public static final int STARTS_BEFORE_YEAR = 2031;

  /** The first year an {@code UNTIL} may fall in. */
  public static final int UNTIL_FROM_YEAR = 2040;

  private static final ImmutableList<String> FREQUENCIES =
      ImmutableList.of("DAILY", "WEEKLY", "MONTHLY", "YEARLY");
  private static final ImmutableList<String> WEEKDAYS =
      ImmutableList.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
  private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

  private RecurrenceRuleGenerator() {}

  /** Returns a generator of rules of every shape this class describes. */
  public static RecurrenceRuleGenerator rules() {
    return new RecurrenceRuleGenerator();
  }

  @Override
  public String generate(RandomGenerator random) {
    String freq = pick(random, FREQUENCIES);
    Parts parts = new Parts();
    switch (freq) {
      case "DAILY":
        daily(random, parts);
        break;
      case "WEEKLY":
        weekly(random, parts);
        break;
      case "MONTHLY":
        monthly(random, parts);
        break;
      default:
        yearly(random, parts);
        break;
    }
    if (!parts.months.isEmpty() && !freq.equals("DAILY") && !freq.equals("WEEKLY")) {
      parts.dayOfMonthBesideMonths(random);
    }
    StringBuilder rule = new StringBuilder("FREQ=").append(freq);
    int interval = random.nextInt(1, parts.maxInterval() + 1);
    if (interval > 1) {
      rule.append(";INTERVAL=").append(interval);
    }
    switch (random.nextInt(3)) {
      case 0:
        break;
      case 1:
        rule.append(";COUNT=").append(random.nextInt(1, 41));
        break;
      default:
        rule.append(";UNTIL=").append(until(random));
        break;
    }
    append(rule, "BYMONTH", parts.months);
    append(rule, "BYWEEKNO", parts.weeks);
    append(rule, "BYYEARDAY", parts.yearDays);
    append(rule, "BYMONTHDAY", parts.monthDays);
    append(rule, "BYDAY", parts.days);
    if (parts.setSize > 0 && random.nextBoolean()) {
      int positions = Math.min(4, parts.setSize);
      List<Object> picked = new ArrayList<>();
      for (int p : distinct(random, signed(positions), random.nextInt(1, 3))) {
        picked.add(p);
      }
      append(rule, "BYSETPOS", picked);
    }
    if (random.nextBoolean()) {
      rule.append(";WKST=").append(pick(random, WEEKDAYS));
    }
    return rule.toString();
  }

  /** A daily rule filtered by months, month days or weekdays, or none. */
  private static void daily(RandomGenerator random, Parts parts) {
    switch (random.nextInt(4)) {
      case 0:
        break;
      case 1:
        months(random, parts);
        break;
      case 2:
        parts.monthDays.addAll(monthDays(random));
        break;
      default:
        parts.days.addAll(weekdays(random));
        break;
    }
  }

  /** A weekly rule on some weekdays, in some months; BYSETPOS picks among the week's days. */
  private static void weekly(RandomGenerator random, Parts parts) {
    if (random.nextBoolean()) {
      List<String> days = weekdays(random);
      parts.days.addAll(days);
      parts.setSize = days.size();
    }
    if (random.nextBoolean()) {
      months(random, parts);
      parts.intervalBound = Math.min(parts.intervalBound, 4);
    }
  }

  /** A monthly rule on month days, on weekdays with or without ordinals, in some months. */
  private static void monthly(RandomGenerator random, Parts parts) {
    dayOfMonthParts(random, parts);
    if (random.nextBoolean()) {
      months(random, parts);
      // an interval of 2 months from January never reaches BYMONTH=2
      parts.intervalBound = 1;
    }
  }

  /**
   * A yearly rule on the month days, weekdays (ordinals counting within the month with BYMONTH,
   * else within the year), ISO week numbers or year days it names, or on DTSTART's day.
   */
  private static void yearly(RandomGenerator random, Parts parts) {
    switch (random.nextInt(4)) {
      case 0:
        if (random.nextBoolean()) {
          months(random, parts);
          parts.setSize = parts.months.size();
        }
        break;
      case 1:
        boolean withMonths = random.nextBoolean();
        dayOfMonthParts(random, parts);
        if (withMonths) {
          months(random, parts);
        }
        break;
      case 2:
        parts.weeks.addAll(distinct(random, signed(52), random.nextInt(1, 4)));
        if (random.nextBoolean()) {
          parts.days.addAll(weekdays(random));
        }
        break;
      default:
        parts.yearDays.addAll(distinct(random, signed(365), random.nextInt(1, 4)));
        break;
    }
  }

  /**
   * Month days, or weekdays (every one in the period, or with ordinals), or neither; the ordinals
   * count within a month, so they stay within 4 of either end.
   */
  private static void dayOfMonthParts(RandomGenerator random, Parts parts) {
    switch (random.nextInt(4)) {
      case 0:
        break;
      case 1:
        parts.monthDays.addAll(monthDays(random));
        break;
      case 2:
        parts.days.addAll(weekdays(random));
        parts.setSize = 4;
        break;
      default:
        for (String day : weekdays(random)) {
          int ordinal = random.nextInt(1, 5);
          parts.days.add((random.nextBoolean() ? -ordinal : ordinal) + day);
        }
        break;
    }
  }

  private static void months(RandomGenerator random, Parts parts) {
    List<Integer> months = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      months.add(m);
    }
    parts.months.addAll(distinct(random, months, random.nextInt(1, 4)));
  }

  private static List<Integer> monthDays(RandomGenerator random) {
    return distinct(random, signed(28), random.nextInt(1, 4));
  }

  /** One to seven distinct weekdays, in week order. */
  private static List<String> weekdays(RandomGenerator random) {
    List<String> days = distinct(random, WEEKDAYS, random.nextInt(1, 8));
    days.sort((a, b) -> WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
    return days;
  }

  /** Returns 1 to {@code most}, then -1 to -{@code most}: the simplest first. */
  private static List<Integer> signed(int most) {
    List<Integer> values = new ArrayList<>();
    for (int i = 1; i <= most; i++) {
      values.add(i);
    }
    for (int i = 1; i <= most; i++) {
      values.add(-i);
    }
    return values;
  }

  /** An UNTIL of {@value #UNTIL_FROM_YEAR} or later: a date, a local date-time or in UTC. */
  private static String until(RandomGenerator random) {
    String day =
        LocalDate.of(UNTIL_FROM_YEAR, 1, 1).plusDays(random.nextInt(0, 3653)).format(BASIC);
    switch (random.nextInt(3)) {
      case 0:
        return day;
      case 1:
        return day + "T" + time(random);
      default:
        return day + "T" + time(random) + "Z";
    }
  }

  private static String time(RandomGenerator random) {
    return String.format(
        "%02d%02d%02d", random.nextInt(24), random.nextInt(60), random.nextInt(60));
  }

  private static void append(StringBuilder rule, String part, List<?> values) {
    if (!values.isEmpty()) {
      rule.append(';')
          .append(part)
          .append('=')
          .append(values.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }
  }

  /** The BYxxx parts of a rule being drawn, and what bounds its INTERVAL and BYSETPOS. */
  private static final class Parts {
    final List<Object> months = new ArrayList<>();
    final List<Object> weeks = new ArrayList<>();
    final List<Object> yearDays = new ArrayList<>();
    final List<Object> monthDays = new ArrayList<>();
    final List<Object> days = new ArrayList<>();

    /** The fewest instances a period's set has, when BYSETPOS may pick among them; else 0. */
    int setSize;

    int intervalBound = Integer.MAX_VALUE;

    /**
     * Adds month days to a monthly or yearly rule whose {@code BYMONTH} has no part naming days:
     * RFC 5545 section 3.3.10 then takes the day of the month from DTSTART, and drops the dates
     * that do not exist, so that {@code FREQ=YEARLY;BYMONTH=4,6} from a DTSTART on the 31st never
     * recurs. Month days within 28 of either end fall in every month.
     */
    void dayOfMonthBesideMonths(RandomGenerator random) {
      if (weeks.isEmpty() && yearDays.isEmpty() && monthDays.isEmpty() && days.isEmpty()) {
        monthDays.addAll(monthDays(random));
      }
    }

    /**
     * Returns the largest INTERVAL: up to 100 periods for a rule with no BYxxx part (its DTSTART is
     * an instance), up to 4 for one filtered or expanded by them, less where a part says so.
     */
    int maxInterval() {
      boolean plain =
          months.isEmpty()
              && weeks.isEmpty()
              && yearDays.isEmpty()
              && monthDays.isEmpty()
              && days.isEmpty();
      return Math.min(intervalBound, plain ? 100 : 4);
    }
  }
}
