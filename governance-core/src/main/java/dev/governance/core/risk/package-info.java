/**
 * Risk: ordered likelihood and impact scales, assessments at each stage, controls, appetite,
 * treatment, acceptance and the risk itself.
 */
@NullMarked
@CheckReturnValue
@DomainStyle
package dev.governance.core.risk;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.governance.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
