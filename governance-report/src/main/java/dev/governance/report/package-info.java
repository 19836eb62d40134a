/**
 * The shared dashboard: an immutable {@link dev.governance.report.Report} model (sections of
 * {@link dev.governance.report.Block}s: metrics, tables and charts held as data), built from a
 * governance model by {@link dev.governance.report.Dashboard}, and the renderers kept apart from
 * it: {@link dev.governance.report.MarkdownRenderer}, {@link dev.governance.report.HtmlRenderer}
 * (one self-contained file with inline SVG), {@link dev.governance.report.JsonRenderer}, {@link
 * dev.governance.report.CsvRenderer} and, for deadlines, {@link dev.governance.report.ICalendar}.
 * Every renderer is deterministic: the same report gives the same bytes.
 */
@NullMarked
@CheckReturnValue
@DomainStyle
package dev.governance.report;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.governance.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
