/**
 * Responsibility assignment: letters and schemes (RACI, RASCI, RACI-VS, DACI) and the matrix of
 * activities by roles.
 */
@NullMarked
@CheckReturnValue
@DomainStyle
package dev.governance.core.raci;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.governance.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
