/** Reporting periods: months, quarters, halves and fiscal years with a configurable first month. */
@NullMarked
@CheckReturnValue
@DomainStyle
package dev.governance.core.time;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.governance.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
