/**
 * What changed between two snapshots of a model, judged by the same governance health as of the
 * same day ({@link dev.governance.rules.diff.SnapshotDiff}): findings added, resolved and changed,
 * risks whose level or owners changed, KPIs whose status changed or whose value moved past their
 * threshold, RACI cells and milestones; the first page of every steering-committee pack. It reads
 * {@link dev.governance.rules.health.HealthReport}s, so it lives above the health package.
 */
@NullMarked
@CheckReturnValue
@DomainStyle
package dev.governance.rules.diff;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.governance.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
