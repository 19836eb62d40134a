/**
 * The holiday data behind {@link dev.governance.rules.deadline.HolidayCalendars}, not API: the
 * pre-compiled holidays shipped in the jar ({@link
 * dev.governance.rules.deadline.internal.PrecompiledHolidays}), jollyday's rules for the other
 * years ({@link dev.governance.rules.deadline.internal.JollydayRules}) and the build step that
 * writes the first from the second ({@link
 * dev.governance.rules.deadline.internal.HolidayDataGenerator}).
 */
@NullMarked
@CheckReturnValue
package dev.governance.rules.deadline.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
