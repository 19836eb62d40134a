/**
 * The shared dashboard: {@link dev.governance.report.dashboard.Dashboard} lays a {@link
 * dev.governance.rules.health.HealthReport} out as a {@link dev.governance.report.Report}, one
 * layout class per section (summary, scorecards, risk register, compliance calendar, RACI,
 * findings). It runs no engine: every number comes from the health report.
 */
@NullMarked
@CheckReturnValue
@DomainStyle
package dev.governance.report.dashboard;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.governance.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
