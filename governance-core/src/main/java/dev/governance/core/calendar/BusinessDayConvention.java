package dev.governance.core.calendar;

import java.time.LocalDate;

/**
 * How a date that is not a business day moves onto one (the conventions of ISDA 2006 Definitions,
 * section 4.12, as OpenGamma Strata names them). A business day is never moved.
 */
public enum BusinessDayConvention {
  /** Leaves the date as it is, business day or not. */
  NO_ADJUST {
    @Override
    public LocalDate adjust(LocalDate date, HolidayCalendar calendar) {
      return date;
    }
  },
  /** Moves to the next business day. */
  FOLLOWING {
    @Override
    public LocalDate adjust(LocalDate date, HolidayCalendar calendar) {
      return calendar.nextOrSame(date);
    }
  },
  /** Moves to the next business day, unless that is in the next month: then to the previous one. */
  MODIFIED_FOLLOWING {
    @Override
    public LocalDate adjust(LocalDate date, HolidayCalendar calendar) {
      LocalDate following = calendar.nextOrSame(date);
      return following.getMonth() == date.getMonth() ? following : calendar.previousOrSame(date);
    }
  },
  /** Moves to the previous business day. */
  PRECEDING {
    @Override
    public LocalDate adjust(LocalDate date, HolidayCalendar calendar) {
      return calendar.previousOrSame(date);
    }
  },
  /**
   * Moves to the previous business day, unless that is in the previous month: then to the next one.
   */
  MODIFIED_PRECEDING {
    @Override
    public LocalDate adjust(LocalDate date, HolidayCalendar calendar) {
      LocalDate preceding = calendar.previousOrSame(date);
      return preceding.getMonth() == date.getMonth() ? preceding : calendar.nextOrSame(date);
    }
  },
  /**
   * Moves to the nearer business day, the following one on a tie; in particular a Saturday moves to
   * Friday and a Sunday to Monday, as with US federal holidays observed under 5 U.S.C. 6103(b).
   */
  NEAREST {
    @Override
    public LocalDate adjust(LocalDate date, HolidayCalendar calendar) {
      LocalDate following = calendar.nextOrSame(date);
      LocalDate preceding = calendar.previousOrSame(date);
      return following.toEpochDay() - date.toEpochDay()
              <= date.toEpochDay() - preceding.toEpochDay()
          ? following
          : preceding;
    }
  };

  /**
   * Returns {@code date} moved onto a business day of {@code calendar} by this convention.
   *
   * @param date the date to adjust
   * @param calendar the business days
   * @return the adjusted date
   * @throws dev.governance.core.GovernanceValidationException if the search leaves the calendar's
   *     years
   */
  public abstract LocalDate adjust(LocalDate date, HolidayCalendar calendar);
}
