package dev.governance.rules.deadline;

import static dev.governance.core.ArgChecker.check;

import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.compliance.TimeLimit;
import dev.governance.core.compliance.TimeLimitUnit;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * How a legal time limit is counted from the event that starts it: which day or hour is the first,
 * and what happens when the last falls on a weekend or holiday. Each rule follows its legal source;
 * every {@link Deadline} lists the steps it took, citing it.
 */
public enum CountingRule {

  /**
   * Plain elapsed time: hours as instants ({@code event + n hours}, daylight-saving correct), days,
   * weeks, months and years on the local calendar, business days by the calendar; nothing is moved
   * off weekends or holidays. For limits such as NYDFS's 72 hours from determination.
   */
  ELAPSED {
    @Override
    Deadline count(
        ZonedDateTime event, TimeLimit limit, HolidayCalendar calendar, List<String> steps) {
      ZonedDateTime due =
          limit.unit() == TimeLimitUnit.BUSINESS_DAYS
              ? calendar
                  .shift(event.toLocalDate(), limit.amount())
                  .atTime(event.toLocalTime())
                  .atZone(event.getZone())
              : plus(event, limit);
      steps.add("elapsed time: " + event + " + " + limit + " = " + due);
      return deadline(event, limit, due.toLocalDate(), due, steps);
    }
  },

  /**
   * Days, weeks, months or years counted from the day after the event, due by the end of the last
   * day, and nothing moved off weekends or holidays: "no later than 60 calendar days after
   * discovery" (HIPAA, 45 CFR 164.404(b)). Business days count the calendar's; hours elapse.
   */
  END_OF_DAY {
    @Override
    Deadline count(
        ZonedDateTime event, TimeLimit limit, HolidayCalendar calendar, List<String> steps) {
      if (limit.unit() == TimeLimitUnit.HOURS) {
        return ELAPSED.count(event, limit, calendar, steps);
      }
      LocalDate last = lastDay(event.toLocalDate(), limit, calendar);
      steps.add(
          limit
              + " after "
              + event.toLocalDate()
              + " end on "
              + last
              + "; weekends and holidays count");
      return endOfDay(event, limit, last, steps);
    }
  },

  /**
   * Regulation (EEC, Euratom) No 1182/71 determining the rules applicable to periods, dates and
   * time limits, Article 3, for EU acts (GDPR, NIS2, DORA): the hour or day of the event is not
   * counted (3(1)); a period starts with the next whole hour or day and ends with the expiry of its
   * last one (3(2)(a), (b)); weeks, months and years end with the day of the same weekday or date,
   * or the last day of a shorter month (3(2)(c)); a period of days, weeks, months or years whose
   * last day is a Saturday, Sunday or holiday ends with the next working day (3(4)), never for hour
   * periods; any period of two days or more includes at least two working days (3(5)). A period in
   * working days counts the calendar's business days (3(3)).
   */
  REGULATION_1182_71 {
    @Override
    Deadline count(
        ZonedDateTime event, TimeLimit limit, HolidayCalendar calendar, List<String> steps) {
      if (limit.unit() == TimeLimitUnit.HOURS) {
        ZonedDateTime start = event.truncatedTo(ChronoUnit.HOURS).plusHours(1);
        ZonedDateTime due = start.plus(Duration.ofHours(limit.amount()));
        steps.add(
            "Art. 3(1), 3(2)(a): the hour of the event ("
                + event.toLocalTime().truncatedTo(ChronoUnit.MINUTES)
                + ") is not counted; the period starts at "
                + start);
        steps.add(
            "Art. 3(2)(b): "
                + limit
                + " of elapsed time end at "
                + due
                + " (Art. 3(4) does not extend hour periods)");
        return deadline(event, limit, due.toLocalDate(), due, steps);
      }
      LocalDate day = event.toLocalDate();
      steps.add(
          "Art. 3(1): the day of the event, "
              + day
              + ", is not counted; the period starts on "
              + day.plusDays(1));
      LocalDate last = lastDay(day, limit, calendar);
      steps.add(
          limit.unit() == TimeLimitUnit.BUSINESS_DAYS
              ? "Art. 3(3): " + limit + " (working days of " + calendar.id() + ") end on " + last
              : "Art. 3(2)(b), (c): " + limit + " end with the expiry of " + last);
      if (limit.unit() != TimeLimitUnit.BUSINESS_DAYS && !calendar.isBusinessDay(last)) {
        LocalDate next = calendar.next(last);
        steps.add(
            "Art. 3(4): "
                + last
                + " ("
                + last.getDayOfWeek()
                + ") is not a working day of "
                + calendar.id()
                + "; the period ends with "
                + next);
        last = next;
      }
      boolean twoDaysOrMore = limit.unit() != TimeLimitUnit.CALENDAR_DAYS || limit.amount() >= 2;
      if (twoDaysOrMore && calendar.businessDaysBetween(day.plusDays(1), last.plusDays(1)) < 2) {
        LocalDate second = calendar.shift(day, 2);
        steps.add(
            "Art. 3(5): a period of two days or more includes at least two working days; it ends"
                + " with "
                + second);
        last = second;
      }
      return endOfDay(event, limit, last, steps);
    }
  },

  /**
   * SEC Rule 0-3(a) (17 CFR 240.0-3): a filing due on a Saturday, Sunday or federal holiday may be
   * made on the next business day. Days are counted from the day after the event (the period end
   * for a 10-K or 10-Q), months and years to the same date.
   */
  SEC_RULE_0_3 {
    @Override
    Deadline count(
        ZonedDateTime event, TimeLimit limit, HolidayCalendar calendar, List<String> steps) {
      check(
          limit.unit() != TimeLimitUnit.HOURS,
          "limit",
          limit,
          "days, business days, weeks, months or years: SEC periods are not counted in hours");
      LocalDate last = lastDay(event.toLocalDate(), limit, calendar);
      steps.add(limit + " after " + event.toLocalDate() + " end on " + last);
      if (!calendar.isBusinessDay(last)) {
        LocalDate next = calendar.next(last);
        steps.add(
            "Rule 0-3(a): "
                + last
                + " ("
                + last.getDayOfWeek()
                + ") is a Saturday, Sunday or holiday of "
                + calendar.id()
                + "; due the next business day, "
                + next);
        last = next;
      }
      return endOfDay(event, limit, last, steps);
    }
  },

  /**
   * SEC Form 8-K General Instruction B.1: a report is due within four business days after the
   * event; when the event falls on a Saturday, Sunday or holiday, the period begins to run on, and
   * includes, the first business day after it. Other units count as {@link #SEC_RULE_0_3}.
   */
  SEC_FORM_8K {
    @Override
    Deadline count(
        ZonedDateTime event, TimeLimit limit, HolidayCalendar calendar, List<String> steps) {
      if (limit.unit() != TimeLimitUnit.BUSINESS_DAYS) {
        return SEC_RULE_0_3.count(event, limit, calendar, steps);
      }
      LocalDate day = event.toLocalDate();
      LocalDate last;
      if (calendar.isBusinessDay(day)) {
        last = calendar.shift(day, limit.amount());
        steps.add("Form 8-K B.1: " + limit + " after " + day + " end on " + last);
      } else {
        LocalDate first = calendar.next(day);
        last = calendar.shift(first, limit.amount() - 1);
        steps.add(
            "Form 8-K B.1: "
                + day
                + " ("
                + day.getDayOfWeek()
                + ") is not a business day of "
                + calendar.id()
                + "; the period begins on and includes "
                + first
                + ", and ends on "
                + last);
      }
      return endOfDay(event, limit, last, steps);
    }
  },

  /**
   * DORA (Regulation (EU) 2022/2554, Art. 19(4)) as its Delegated Regulation (EU) 2025/301, Art. 5
   * lets it be met: counted as {@link #ELAPSED} time, but a deadline falling on a weekend or bank
   * holiday may be met by noon of the next working day.
   */
  DORA {
    @Override
    Deadline count(
        ZonedDateTime event, TimeLimit limit, HolidayCalendar calendar, List<String> steps) {
      ZonedDateTime due = plus(event, limit);
      steps.add("elapsed time: " + event + " + " + limit + " = " + due);
      if (!calendar.isBusinessDay(due.toLocalDate())) {
        ZonedDateTime noon =
            calendar.next(due.toLocalDate()).atTime(LocalTime.NOON).atZone(event.getZone());
        steps.add(
            "Delegated Regulation (EU) 2025/301, Art. 5: "
                + due.toLocalDate()
                + " ("
                + due.getDayOfWeek()
                + ") is not a working day of "
                + calendar.id()
                + "; may be met by noon of the next working day, "
                + noon);
        due = noon;
      }
      return deadline(event, limit, due.toLocalDate(), due, steps);
    }
  };

  /**
   * Returns when {@code limit} expires after {@code event}.
   *
   * @param event the event that starts the clock, in the zone where the act is to be done
   * @param limit the time limit
   * @param calendar the business days of that place
   * @return the deadline, with the steps that led to it
   * @throws dev.governance.core.GovernanceValidationException if the period leaves the calendar's
   *     years
   */
  public Deadline deadline(ZonedDateTime event, TimeLimit limit, HolidayCalendar calendar) {
    return count(event, limit, calendar, new ArrayList<>());
  }

  abstract Deadline count(
      ZonedDateTime event, TimeLimit limit, HolidayCalendar calendar, List<String> steps);

  /**
   * The last day of {@code limit} counted from the day after {@code day} (calendar or business
   * days, weeks, months, years).
   */
  private static LocalDate lastDay(LocalDate day, TimeLimit limit, HolidayCalendar calendar) {
    int n = limit.amount();
    switch (limit.unit()) {
      case BUSINESS_DAYS:
        return calendar.shift(day, n);
      case WEEKS:
        return day.plusWeeks(n);
      case MONTHS:
        return day.plusMonths(n);
      case YEARS:
        return day.plusYears(n);
      default:
        return day.plusDays(n);
    }
  }

  private static ZonedDateTime plus(ZonedDateTime event, TimeLimit limit) {
    int n = limit.amount();
    switch (limit.unit()) {
      case HOURS:
        return event.plus(Duration.ofHours(n));
      case WEEKS:
        return event.plusWeeks(n);
      case MONTHS:
        return event.plusMonths(n);
      case YEARS:
        return event.plusYears(n);
      default:
        return event.plusDays(n);
    }
  }

  Deadline endOfDay(ZonedDateTime event, TimeLimit limit, LocalDate last, List<String> steps) {
    ZonedDateTime due = last.plusDays(1).atStartOfDay(event.getZone());
    steps.add("due by the end of " + last + " in " + event.getZone() + ": " + due);
    return deadline(event, limit, last, due, steps);
  }

  Deadline deadline(
      ZonedDateTime event, TimeLimit limit, LocalDate last, ZonedDateTime due, List<String> steps) {
    return Deadline.builder()
        .event(event)
        .limit(limit)
        .rule(this)
        .lastDay(last)
        .due(due)
        .addAllSteps(steps)
        .build();
  }
}
