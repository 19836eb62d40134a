/**
 * Key performance indicators: definitions, observations, perspectives and balanced-scorecard trees.
 */
@NullMarked
@CheckReturnValue
@DomainStyle
package dev.governance.core.kpi;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.governance.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
