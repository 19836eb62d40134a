/**
 * Steering-committee support: waivers (risk acceptances and exceptions to a rule) applied to the
 * findings of every engine, and the findings about the waivers themselves, {@code WAIVER-001} to
 * {@code WAIVER-004} (expired, stale, approved without authority or of a code that cannot be
 * waived, and expiring soon); and what changed between two snapshots of a model ({@link
 * dev.governance.rules.steering.SnapshotDiff}), the first page of every steering-committee pack.
 */
@NullMarked
@CheckReturnValue
@DomainStyle
package dev.governance.rules.steering;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.governance.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
