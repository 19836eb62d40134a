/**
 * Parties: people, roles (well-known governance roles and user-defined ones), role assignments and
 * organisational units.
 */
@NullMarked
@CheckReturnValue
@DomainStyle
package dev.governance.core.party;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.governance.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
