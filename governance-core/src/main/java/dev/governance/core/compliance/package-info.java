/**
 * Compliance: regulations and frameworks, obligations with their schedules or triggering events,
 * compliance events and completion records.
 */
@NullMarked
@CheckReturnValue
@DomainStyle
package dev.governance.core.compliance;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.governance.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
