package dev.governance.rules.kpi;

import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.time.ReportingPeriod;
import dev.governance.rules.Explanation;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The values of derived KPIs: each computed for one reporting period from the model's service
 * records or cost reports, up to the evaluation date, and explained.
 */
final class KpiSources {

  private final ServiceRecords service;
  private final CostRecords cost;

  KpiSources(GovernanceModel model) {
    this.service = ServiceRecords.of(model);
    this.cost = CostRecords.of(model);
  }

  /**
   * Returns a derived KPI's value for {@code period}: over the period's days up to {@code asOf} for
   * a system, as of the period's end (or {@code asOf}, if earlier) for a project or program.
   */
  Optional<Explanation> value(KpiDefinition kpi, ReportingPeriod period, LocalDate asOf) {
    LocalDate end = period.end().isAfter(asOf) ? asOf : period.end();
    if (end.isBefore(period.start())) {
      return Optional.empty();
    }
    switch (kpi.source().orElseThrow()) {
      case AVAILABILITY:
        return Optional.of(system(kpi, period, end).availability());
      case MTTR:
        return system(kpi, period, end).mttrMinutes();
      case MTTA:
        return system(kpi, period, end).mttaMinutes();
      case MTBF:
        return system(kpi, period, end).mtbfHours();
      case ERROR_RATE:
        return system(kpi, period, end).errorRate();
      case ERROR_BUDGET_REMAINING:
        return system(kpi, period, end).errorBudgetRemaining();
      case CPI:
        return portfolio(kpi, end).earnedValue().flatMap(EarnedValue::costPerformanceIndex);
      case SPI:
        return portfolio(kpi, end).earnedValue().flatMap(EarnedValue::schedulePerformanceIndex);
      case COST_VARIANCE_PERCENT:
        return portfolio(kpi, end).costVariancePercent();
      default:
        return portfolio(kpi, end).scheduleVarianceDays();
    }
  }

  private SystemMetrics system(KpiDefinition kpi, ReportingPeriod period, LocalDate end) {
    return service.window(kpi.system().orElseThrow(), period.start(), end);
  }

  private PortfolioMetrics portfolio(KpiDefinition kpi, LocalDate asOf) {
    return kpi.project().isPresent()
        ? cost.project(kpi.project().get(), asOf)
        : cost.program(kpi.program().orElseThrow(), asOf);
  }
}
