/**
 * Compliance deadlines on real business-day calendars: national holiday calendars compiled from
 * jollyday's rules ({@link dev.governance.rules.deadline.HolidayCalendars}), counting rules for
 * legal periods, recurrence and legal-deadline presets.
 */
@NullMarked
@CheckReturnValue
package dev.governance.rules.deadline;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
