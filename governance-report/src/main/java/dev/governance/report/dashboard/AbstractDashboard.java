package dev.governance.report.dashboard;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.positive;

import com.google.common.collect.ImmutableList;
import dev.governance.report.Report;
import dev.governance.report.Section;
import dev.governance.rules.health.HealthReport;
import dev.governance.rules.risk.quant.SimulationResult;
import dev.governance.rules.risk.quant.ToleranceCurve;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The shared performance dashboard of a governance model: program KPIs beside system KPIs, the
 * joint risk register, RACI health and the compliance calendar, in one {@link
 * dev.governance.report.Report} that every renderer prints.
 *
 * <p>A pure view: it runs no engine. Every number and finding comes from the {@link #health()}
 * report that a configured {@link dev.governance.rules.health.GovernanceHealth} produced, so the
 * dashboard always agrees with {@code governance validate} and the findings exports. Its sections:
 *
 * <ul>
 *   <li>{@code summary}: findings by severity, risks outside tolerance, overdue and upcoming
 *       deadlines, each scorecard's overall score;
 *   <li>{@code scorecard}: each scorecard as a tree with status and trend;
 *   <li>{@code risk}: inherent and residual heat maps coloured by the health check's risk matrix,
 *       the top risks with their owners on both sides, and the loss exceedance curve of the {@link
 *       #simulation()} or else of the health report's, against the {@link #tolerance()};
 *   <li>{@code compliance}: the deadlines from the day judged to the end of the health check's
 *       window and every one still open before them, with overdue and escalated ones marked;
 *   <li>{@code raci}: each matrix's health, the grids of the matrices with the most findings
 *       (findings marked) and the load per person;
 *   <li>{@code findings}: how many findings each role must be told of, and every finding of every
 *       engine, most severe first.
 * </ul>
 *
 * <p>Large models stay readable: grids, bars and the findings table show the first {@link
 * #maxGridRows()}, {@link #maxBars()}, {@link #maxFindings()} and {@link #maxTimelineItems()} by
 * severity, count or date, and each says in a note how many there are in all; counts in the summary
 * are always complete.
 */
@Value.Immutable
abstract class AbstractDashboard {

  /**
   * Returns the health report the dashboard shows: the model, the day and every engine's result.
   */
  public abstract HealthReport health();

  /**
   * Returns the dashboard of {@code health} with every display default.
   *
   * @param health a health report
   * @return the dashboard
   */
  public static Dashboard of(HealthReport health) {
    return Dashboard.builder().health(health).build();
  }

  /**
   * Returns a quantitative risk simulation whose loss exceedance curve to show, if any; without
   * one, the dashboard shows the health report's simulation of the model's loss scenarios.
   */
  public abstract Optional<SimulationResult> simulation();

  /**
   * Returns the simulation whose exceedance curve the dashboard draws: its own, else the health's.
   */
  public Optional<SimulationResult> lossCurve() {
    return simulation().or(() -> health().lossSimulation());
  }

  /** Returns the loss tolerance drawn against the exceedance curve, if any. */
  public abstract Optional<ToleranceCurve> tolerance();

  /** Returns how many risks the top-risk table lists; 15 by default. */
  @Value.Default
  public int topRisks() {
    return 15;
  }

  /** Returns how many RACI grids are drawn (the matrices with the most findings); 5 by default. */
  @Value.Default
  public int maxGrids() {
    return 5;
  }

  /** Returns how many rows a RACI grid shows (rows with findings first); 40 by default. */
  @Value.Default
  public int maxGridRows() {
    return 40;
  }

  /** Returns how many people the load chart shows (most loaded first); 20 by default. */
  @Value.Default
  public int maxBars() {
    return 20;
  }

  /** Returns how many findings the findings table lists (most severe first); 500 by default. */
  @Value.Default
  public int maxFindings() {
    return 500;
  }

  /**
   * Returns how many items the compliance timeline shows (the earliest first, so every overdue one
   * before those ahead); 200 by default.
   */
  @Value.Default
  public int maxTimelineItems() {
    return 200;
  }

  /**
   * Returns this dashboard with every display limit lifted: every risk in the top-risk table, every
   * matrix's grid with all its rows, every bar, finding and deadline, as a workbook wants them (it
   * is filtered and sorted rather than read through).
   *
   * @return the dashboard of the same health report and simulation, unabridged
   */
  public Dashboard unabridged() {
    return ((Dashboard) this)
        .withTopRisks(Math.max(1, health().model().risks().size()))
        .withMaxGrids(Math.max(1, health().model().raciMatrices().size()))
        .withMaxGridRows(Integer.MAX_VALUE)
        .withMaxBars(Integer.MAX_VALUE)
        .withMaxFindings(Integer.MAX_VALUE)
        .withMaxTimelineItems(Integer.MAX_VALUE);
  }

  /** Returns the dashboard as a report. */
  public Report report() {
    Dashboard self = (Dashboard) this;
    List<Section> sections =
        ImmutableList.of(
            SummaryLayout.section(self),
            ScorecardLayout.section(self),
            RiskRegisterLayout.section(self),
            ComplianceLayout.section(self),
            RaciLayout.section(self),
            FindingsLayout.section(self));
    return Report.builder()
        .title(health().model().name())
        .subtitle("Governance dashboard: program and system side by side")
        .asOf(health().asOf())
        .addAllSections(sections)
        .build();
  }

  @Value.Check
  protected void validate() {
    positive(topRisks(), "topRisks");
    positive(maxGrids(), "maxGrids");
    positive(maxGridRows(), "maxGridRows");
    positive(maxBars(), "maxBars");
    positive(maxFindings(), "maxFindings");
    positive(maxTimelineItems(), "maxTimelineItems");
    check(
        tolerance().isEmpty() || lossCurve().isPresent(),
        "tolerance",
        "given",
        "a simulation to compare it with");
  }
}
