/** The portfolio: programs, projects, information systems, deliverables and milestones. */
@NullMarked
@CheckReturnValue
@DomainStyle
package dev.governance.core.portfolio;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.governance.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
