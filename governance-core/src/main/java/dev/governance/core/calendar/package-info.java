/**
 * Business-day calendars: {@link dev.governance.core.calendar.HolidayCalendar}, a compiled bitset
 * of non-business days over a range of years, and the {@link
 * dev.governance.core.calendar.BusinessDayConvention}s that move a date onto a business day.
 */
@NullMarked
@CheckReturnValue
package dev.governance.core.calendar;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
