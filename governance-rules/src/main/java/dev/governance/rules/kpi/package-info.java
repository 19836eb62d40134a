/**
 * KPI computations for the balanced scorecard: program KPIs from earned value ({@link
 * dev.governance.rules.kpi.EarnedValue}, {@link dev.governance.rules.kpi.EarnedSchedule}), system
 * KPIs from service levels ({@link dev.governance.rules.kpi.ServiceLevel}, {@link
 * dev.governance.rules.kpi.ErrorBudget}, {@link dev.governance.rules.kpi.BurnRateAlerts}), and the
 * normalisations that turn a raw value into a comparable score ({@link
 * dev.governance.rules.kpi.Normalisation}). Every number comes as an {@link
 * dev.governance.rules.Explanation} that says how it was computed.
 */
@NullMarked
@CheckReturnValue
@DomainStyle
package dev.governance.rules.kpi;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.governance.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
