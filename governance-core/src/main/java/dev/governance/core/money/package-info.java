/** Money as an exact decimal amount with its currency: no floating point. */
@NullMarked
@CheckReturnValue
@DomainStyle
package dev.governance.core.money;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.governance.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
