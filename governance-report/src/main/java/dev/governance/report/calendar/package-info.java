/**
 * Compliance deadlines as an RFC 5545 iCalendar file with alarms ({@link
 * dev.governance.report.calendar.ICalendar}).
 */
@NullMarked
@CheckReturnValue
package dev.governance.report.calendar;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
