/**
 * The root aggregate, {@link dev.governance.core.model.GovernanceModel}, and its
 * referential-integrity check.
 */
@NullMarked
@CheckReturnValue
@DomainStyle
package dev.governance.core.model;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.governance.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
