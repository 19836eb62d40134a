/**
 * Foundations shared by every part of the governance domain model: the one exception type that
 * rejects invalid input ({@link dev.governance.core.GovernanceValidationException}), the {@link
 * dev.governance.core.Violation} it reports, the argument checks that produce it ({@link
 * dev.governance.core.ArgChecker}) and the shared Immutables style ({@link
 * dev.governance.core.DomainStyle}).
 */
@NullMarked
@CheckReturnValue
package dev.governance.core;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
