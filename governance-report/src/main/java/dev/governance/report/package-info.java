/**
 * The report document model: an immutable {@link dev.governance.report.Report} of {@link
 * dev.governance.report.Section}s, each a list of {@link dev.governance.report.Block}s (metrics,
 * tables, bar and curve charts, heat maps, RACI grids, scorecard trees, timelines) held as data, so
 * that every renderer prints the same content. The dashboard that fills it lives in {@code
 * report.dashboard}; the renderers in {@code report.html}, {@code report.text}, {@code
 * report.calendar} and {@code report.findings}.
 */
@NullMarked
@CheckReturnValue
@DomainStyle
package dev.governance.report;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.governance.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
