/**
 * What every governance engine returns, so that the RACI, risk, KPI and deadline engines look
 * alike: {@link dev.governance.rules.Finding}s with stable rule codes and severities, gathered in a
 * {@link dev.governance.rules.ValidationReport}, and {@link dev.governance.rules.Explanation}s that
 * say how each computed number was obtained.
 */
@NullMarked
@CheckReturnValue
@DomainStyle
package dev.governance.rules;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.governance.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
