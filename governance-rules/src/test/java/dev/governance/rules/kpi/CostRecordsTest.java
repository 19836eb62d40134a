package dev.governance.rules.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.money.Money;
import dev.governance.core.portfolio.CostReport;
import dev.governance.core.portfolio.Program;
import dev.governance.core.portfolio.Project;
import dev.governance.core.time.ReportingPeriod;
import dev.governance.rules.Explanation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Earned value and earned schedule worked out by hand from monthly cost reports.
 *
 * <p>Project {@code crm} (BAC 12,000 EUR, January to December 2025) reports, per month, PV / EV /
 * AC: January 1,000 / 800 / 900, February 1,000 / 900 / 1,100, March 1,500 / 1,200 / 1,300, April
 * 1,500 / 1,100 / 1,200. Project {@code shop} (BAC 8,000 EUR, February to September, in program
 * {@code digital} by naming it) reports February 500 / 500 / 400 and March 500 / 600 / 500.
 *
 * <p>As of 15 April, April's report (ending 30 April) is left out: crm's cumulative PV 3,500, EV
 * 2,900, AC 3,300; its cumulative PV by month 1,000, 2,000, 3,500, so after Lipke C = 2 and ES = 2
 * + (2,900 - 2,000) / (3,500 - 2,000) = 2.6 months against an actual time of 3: SV(t) = -0.4 months
 * = -0.4 x 30.4375 = -12.175 days.
 */
class CostRecordsTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency USD = Currency.getInstance("USD");
  private static final LocalDate APR_15 = LocalDate.of(2025, 4, 15);
  private static final LocalDate APR_30 = LocalDate.of(2025, 4, 30);

  private static Project project(
      String id, Optional<String> program, Optional<Money> budget, int firstMonth, int lastMonth) {
    return Project.builder()
        .id(id)
        .name(id)
        .program(program)
        .budget(budget)
        .start(YearMonth.of(2025, firstMonth).atDay(1))
        .finish(YearMonth.of(2025, lastMonth).atEndOfMonth())
        .build();
  }

  private static CostReport report(
      String project, Currency currency, int month, int pv, int ev, int ac) {
    return CostReport.builder()
        .project(project)
        .period(ReportingPeriod.month(YearMonth.of(2025, month)))
        .currency(currency)
        .plannedValue(BigDecimal.valueOf(pv))
        .earnedValue(BigDecimal.valueOf(ev))
        .actualCost(BigDecimal.valueOf(ac))
        .build();
  }

  private static Program program(String id, String... projects) {
    return Program.builder()
        .id(id)
        .name(id)
        .addProjects(projects)
        .budget(Money.of(new BigDecimal("30000"), EUR))
        .baselineStart(LocalDate.of(2025, 1, 1))
        .baselineFinish(LocalDate.of(2025, 12, 31))
        .build();
  }

  private static Optional<Money> budget(String amount, Currency currency) {
    return Optional.of(Money.of(new BigDecimal(amount), currency));
  }

  /** The model of the worked example, with a two-currency program and projects without reports. */
  static GovernanceModel model() {
    return GovernanceModel.builder()
        .name("cost")
        .addPrograms(program("digital", "crm"), program("global", "eu", "us"))
        .addProjects(
            project("crm", Optional.empty(), budget("12000", EUR), 1, 12),
            project("shop", Optional.of("digital"), budget("8000", EUR), 2, 9),
            project("eu", Optional.empty(), budget("1000", EUR), 1, 6),
            project("us", Optional.empty(), budget("1000", USD), 1, 6),
            project("idle", Optional.empty(), budget("5000", EUR), 1, 12),
            project("unfunded", Optional.empty(), Optional.empty(), 1, 12))
        .addCostReports(
            report("crm", EUR, 1, 1000, 800, 900),
            report("crm", EUR, 2, 1000, 900, 1100),
            report("crm", EUR, 3, 1500, 1200, 1300),
            report("crm", EUR, 4, 1500, 1100, 1200),
            report("shop", EUR, 2, 500, 500, 400),
            report("shop", EUR, 3, 500, 600, 500),
            report("eu", EUR, 1, 100, 100, 100),
            report("us", USD, 1, 100, 100, 100))
        .build();
  }

  private static double value(Optional<Explanation> explanation) {
    return explanation.orElseThrow().result();
  }

  @Test
  void aProjectAsOfMidAprilLeavesAprilsReportOut() {
    PortfolioMetrics crm = CostRecords.of(model()).project("crm", APR_15);
    assertThat(crm.id()).isEqualTo("crm");
    assertThat(crm.asOf()).isEqualTo(APR_15);
    assertThat(crm.currency()).contains(EUR);
    assertThat(crm.budgetAtCompletion()).contains(12_000.0);
    EarnedValue ev = crm.earnedValue().orElseThrow();
    assertThat(ev).isEqualTo(EarnedValue.of(3500, 2900, 3300, 12_000));
    assertThat(value(ev.costPerformanceIndex())).isCloseTo(2900.0 / 3300, within(1e-12));
    assertThat(value(ev.schedulePerformanceIndex())).isCloseTo(2900.0 / 3500, within(1e-12));
    // CV = 2,900 - 3,300 = -400, -400 / 2,900 of EV
    assertThat(value(crm.costVariancePercent())).isCloseTo(-400.0 / 2900 * 100, within(1e-12));
    assertThat(value(crm.costVariancePercent())).isCloseTo(-13.793, within(5e-4));
    EarnedSchedule es = crm.earnedSchedule().orElseThrow();
    assertThat(es.cumulativePlannedValue()).containsExactly(1000.0, 2000.0, 3500.0);
    assertThat(es.actualTime()).isEqualTo(3);
    assertThat(es.plannedDuration()).isEqualTo(12);
    assertThat(es.earnedSchedule().result()).isCloseTo(2.6, within(1e-12));
    assertThat(value(crm.scheduleVarianceDays())).isCloseTo(-12.175, within(1e-9));
  }

  @Test
  void aProjectAtTheEndOfAprilIncludesIt() {
    PortfolioMetrics crm = CostRecords.of(model()).project("crm", APR_30);
    assertThat(crm.earnedValue()).contains(EarnedValue.of(5000, 4000, 4500, 12_000));
    // cumulative PV 1,000, 2,000, 3,500, 5,000; EV 4,000: ES = 3 + 500 / 1,500, AT 4
    EarnedSchedule es = crm.earnedSchedule().orElseThrow();
    assertThat(es.earnedSchedule().result()).isCloseTo(3 + 1.0 / 3, within(1e-12));
    assertThat(es.actualTime()).isEqualTo(4);
    assertThat(value(crm.scheduleVarianceDays()))
        .isCloseTo((1.0 / 3 - 1) * 30.4375, within(1e-9))
        .isCloseTo(-20.292, within(5e-4));
  }

  @Test
  void aProgramSumsItsProjectsListedOrNamingIt() {
    PortfolioMetrics digital = CostRecords.of(model()).program("digital", APR_15);
    assertThat(digital.id()).isEqualTo("digital");
    assertThat(digital.currency()).contains(EUR);
    // BAC is the projects' budgets, 12,000 + 8,000, not the program's own 30,000
    assertThat(digital.budgetAtCompletion()).contains(20_000.0);
    assertThat(digital.earnedValue()).contains(EarnedValue.of(4500, 4000, 4200, 20_000));
    assertThat(value(digital.earnedValue().orElseThrow().costPerformanceIndex()))
        .isCloseTo(4000.0 / 4200, within(1e-12));
    // program baseline from January: month by month PV 1,000, 1,500, 2,000, cumulative 1,000,
    // 2,500, 4,500; EV 4,000: ES = 2 + 1,500 / 2,000 = 2.75 against AT 3
    EarnedSchedule es = digital.earnedSchedule().orElseThrow();
    assertThat(es.cumulativePlannedValue()).containsExactly(1000.0, 2500.0, 4500.0);
    assertThat(es.earnedSchedule().result()).isCloseTo(2.75, within(1e-12));
    assertThat(value(digital.scheduleVarianceDays())).isCloseTo(-0.25 * 30.4375, within(1e-9));
  }

  @Test
  void aProgramInTwoCurrenciesHasNoFigures() {
    CostRecords records = CostRecords.of(model());
    PortfolioMetrics global = records.program("global", APR_30);
    assertThat(global.id()).isEqualTo("global");
    assertThat(global.asOf()).isEqualTo(APR_30);
    assertThat(global.currency()).isEmpty();
    assertThat(global.budgetAtCompletion()).isEmpty();
    assertThat(global.earnedValue()).isEmpty();
    assertThat(global.earnedSchedule()).isEmpty();
    assertThat(global.costVariancePercent()).isEmpty();
    assertThat(global.scheduleVarianceDays()).isEmpty();
    assertThat(records.project("us", APR_30).earnedValue())
        .as("each project alone has its figures")
        .contains(EarnedValue.of(100, 100, 100, 1000));
  }

  @Test
  void withoutReportsByTheDayTheFiguresAreEmpty() {
    CostRecords records = CostRecords.of(model());
    PortfolioMetrics idle = records.project("idle", APR_30);
    assertThat(idle.currency()).contains(EUR);
    assertThat(idle.budgetAtCompletion()).contains(5000.0);
    assertThat(idle.earnedValue()).isEmpty();
    assertThat(idle.earnedSchedule()).isEmpty();
    assertThat(idle.costVariancePercent()).isEmpty();
    assertThat(idle.scheduleVarianceDays()).isEmpty();
    PortfolioMetrics unfunded = records.project("unfunded", APR_30);
    assertThat(unfunded.currency()).isEmpty();
    assertThat(unfunded.budgetAtCompletion()).isEmpty();
    assertThat(unfunded.earnedValue()).isEmpty();
    PortfolioMetrics early = records.project("crm", LocalDate.of(2025, 1, 30));
    assertThat(early.earnedValue()).as("January's report ends on the 31st").isEmpty();
    assertThat(early.earnedSchedule()).isEmpty();
  }

  @Test
  void rejectsAnUnknownProjectOrProgram() {
    CostRecords records = CostRecords.of(model());
    assertThatThrownBy(() -> records.project("nope", APR_30))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: project = 'nope': expected the id of a project of the model");
    assertThatThrownBy(() -> records.program("nope", APR_30))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: program = 'nope': expected the id of a program of the model");
    assertThatThrownBy(() -> records.project("digital", APR_30))
        .as("a program is not a project")
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("project = 'digital'");
  }
}
