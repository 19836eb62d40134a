/**
 * The snapshot diff ({@link dev.governance.rules.diff.SnapshotDiff}) as files: {@link
 * dev.governance.report.diff.DiffJson} (the documented shape scripts parse), {@link
 * dev.governance.report.diff.DiffText} (one line per change) and {@link
 * dev.governance.report.diff.DiffMarkdown} (the "since the last meeting" page of a
 * steering-committee pack). Each is deterministic and escapes every user text for its format, as
 * the findings writers do.
 */
@NullMarked
@CheckReturnValue
package dev.governance.report.diff;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
