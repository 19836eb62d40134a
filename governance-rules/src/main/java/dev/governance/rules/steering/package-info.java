/**
 * Steering-committee support: waivers (risk acceptances and exceptions to a rule) applied to the
 * findings of every engine, and the findings about the waivers themselves, {@code WAIVER-001} to
 * {@code WAIVER-004} (expired, stale, approved without authority or of a code that cannot be
 * waived, and expiring soon). What changed between two snapshots of a model is in {@code
 * dev.governance.rules.diff}.
 */
@NullMarked
@CheckReturnValue
@DomainStyle
package dev.governance.rules.steering;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.governance.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
