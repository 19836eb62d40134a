package dev.governance.report.dashboard;

import dev.governance.report.Report;
import dev.governance.report.Section;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.positive;

import com.google.common.collect.ImmutableList;
import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.model.GovernanceModel;
import dev.governance.rules.WeekendCalendar;
import dev.governance.rules.deadline.Occurrence;
import dev.governance.rules.health.GovernanceHealth;
import dev.governance.rules.health.HealthReport;
import dev.governance.rules.kpi.NodeResult;
import dev.governance.rules.raci.RaciReport;
import dev.governance.rules.risk.RiskRegisterReport;
import dev.governance.rules.risk.quant.SimulationResult;
import dev.governance.rules.risk.quant.ToleranceCurve;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The shared performance dashboard of a governance model: program KPIs beside system KPIs, the
 * joint risk register, RACI health and the compliance calendar, in one {@link dev.governance.report.Report} that every
 * renderer prints.
 *
 * <p>It runs every engine through {@link dev.governance.rules.health.GovernanceHealth} ({@link dev.governance.rules.raci.RaciValidator#standard()},
 * {@link dev.governance.rules.risk.RiskRegister#standard()}, {@link dev.governance.rules.kpi.ScorecardEngine#standard()}, a
 * {@link dev.governance.rules.deadline.ComplianceCalendar} on {@link #calendar()}) as of {@link #asOf()}, and builds these
 * sections:
 *
 * <ul>
 *   <li>{@code summary}: findings by severity, risks outside tolerance, overdue and upcoming
 *       deadlines, each scorecard's overall score;
 *   <li>{@code scorecard}: each scorecard as a tree with status and trend;
 *   <li>{@code risk}: inherent and residual heat maps, the top risks, and, when a {@link
 *       #simulation()} is given, the loss exceedance curve against the {@link #tolerance()};
 *   <li>{@code compliance}: the deadlines of the next {@link #horizonDays()} days and every one
 *       still open before them, with overdue and escalated ones marked;
 *   <li>{@code raci}: each matrix's health, the grids of the matrices with the most findings
 *       (findings marked) and the load per person;
 *   <li>{@code findings}: how many findings each role must be told of, and every finding of every
 *       engine, most severe first.
 * </ul>
 *
 * <p>Large models stay readable: grids, bars and the findings table show the first {@link
 * #maxGridRows()}, {@link #maxBars()} and {@link #maxFindings()} by severity or count, and each
 * says in a note how many there are in all; counts in the summary are always complete.
 */
@Value.Immutable
abstract class AbstractDashboard {

  /** Returns the model. */
  public abstract GovernanceModel model();

  /** Returns the date the dashboard speaks for. */
  public abstract LocalDate asOf();

  /** Returns the business-day calendar of deadlines and practice checks; {@link dev.governance.rules.WeekendCalendar#covering} the model by default. */
  @Value.Default
  public HolidayCalendar calendar() {
    return WeekendCalendar.covering(model(), asOf(), zone());
  }

  /** Returns the zone deadlines and statuses are judged in; UTC by default. */
  @Value.Default
  public ZoneId zone() {
    return ZoneOffset.UTC;
  }

  /** Returns a quantitative risk simulation whose loss exceedance curve to show, if any. */
  public abstract Optional<SimulationResult> simulation();

  /** Returns the loss tolerance drawn against the exceedance curve, if any. */
  public abstract Optional<ToleranceCurve> tolerance();

  /** Returns how many days ahead the compliance timeline shows; 90 by default. */
  @Value.Default
  public int horizonDays() {
    return 90;
  }

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
   * Returns every engine's result over the model (RACI reports, risk register review, scorecards,
   * the deadlines {@link #horizonDays()} around {@link #asOf()}, all findings merged): {@link
   * dev.governance.rules.health.GovernanceHealth} with this dashboard's calendar, zone and horizon.
   */
  @Value.Lazy
  public HealthReport health() {
    return GovernanceHealth.builder().calendar(calendar()).zone(zone()).horizonDays(horizonDays()).build().check(model(), asOf());
  }

  /** Returns the dashboard as a report. */
  public Report report() {
    Dashboard self = (Dashboard) this;
    List<Section> sections = ImmutableList.of(
        SummaryLayout.section(self),
        ScorecardLayout.section(self),
        RiskRegisterLayout.section(self),
        ComplianceLayout.section(self),
        RaciLayout.section(self),
        FindingsLayout.section(self));
    return Report.builder().title(model().name()).subtitle("Governance dashboard: program and system side by side")
        .asOf(asOf()).addAllSections(sections).build();
  }

  @Value.Check
  protected void validate() {
    positive(horizonDays(), "horizonDays");
    positive(topRisks(), "topRisks");
    positive(maxGrids(), "maxGrids");
    positive(maxGridRows(), "maxGridRows");
    positive(maxBars(), "maxBars");
    positive(maxFindings(), "maxFindings");
    check(tolerance().isEmpty() || simulation().isPresent(), "tolerance", "given", "a simulation to compare it with");
  }
}
