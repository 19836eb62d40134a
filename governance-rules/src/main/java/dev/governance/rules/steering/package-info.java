/**
 * Steering-committee support: what changed between two snapshots of a model ({@link
 * dev.governance.rules.steering.SnapshotDiff}), the first page of every steering-committee pack.
 */
@NullMarked
@CheckReturnValue
@DomainStyle
package dev.governance.rules.steering;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.governance.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
