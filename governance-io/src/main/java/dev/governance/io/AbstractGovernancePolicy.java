package dev.governance.io;

import static dev.governance.core.ArgChecker.positive;

import com.google.common.collect.ImmutableMap;
import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.model.GovernanceModel;
import dev.governance.rules.Severity;
import dev.governance.rules.deadline.HolidayCalendars;
import dev.governance.rules.health.GovernanceHealth;
import dev.governance.rules.health.HealthRule;
import dev.governance.rules.health.RuleCatalog;
import dev.governance.rules.practice.PracticeEngine;
import dev.governance.rules.practice.PracticePolicy;
import dev.governance.rules.raci.RaciPolicy;
import dev.governance.rules.raci.RaciValidator;
import dev.governance.rules.steering.WaiverPolicy;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The configuration of every engine as one document, {@code governance-policy.json} (published
 * schema {@value PolicyJson#SCHEMA_RESOURCE}): the RACI policy, the risk register, the scorecard
 * engine, the practice policy, the waiver policy, the compliance calendar and the deadline window.
 * Every section and field is optional; what a policy leaves out keeps the engine's standard value,
 * so the empty policy {@code {}} is {@link
 * dev.governance.rules.health.GovernanceHealth#standard()}.
 */
@Value.Immutable
abstract class AbstractGovernancePolicy {

  /** Returns the RACI policy: rules switched off, severities, limits, conflicting roles. */
  @Value.Default
  public RaciPolicy raci() {
    return RaciPolicy.standard();
  }

  /** Returns the risk register's configuration. */
  @Value.Default
  public RiskPolicy risk() {
    return RiskPolicy.builder().build();
  }

  /** Returns the scorecard engine's configuration. */
  @Value.Default
  public ScorecardPolicy scorecard() {
    return ScorecardPolicy.builder().build();
  }

  /** Returns the practice policy: severities, required documents, lead times, perspectives. */
  @Value.Default
  public PracticePolicy practice() {
    return PracticePolicy.builder().build();
  }

  /** Returns the compliance calendar's configuration, with its holiday calendar. */
  @Value.Default
  public CompliancePolicy compliance() {
    return CompliancePolicy.builder().build();
  }

  /**
   * Returns who may approve waivers, which codes cannot be waived, how early an expiring waiver is
   * recalled and the waiver rules' severities.
   */
  @Value.Default
  public WaiverPolicy waivers() {
    return WaiverPolicy.standard();
  }

  /**
   * Returns severities that replace the defaults of the findings governance health adds ({@code
   * KPI-001}, {@code KPI-002}, {@code CAL-001}), keyed by code.
   */
  public abstract ImmutableMap<HealthRule, Severity> severities();

  /**
   * Returns how many days before and after the day judged the deadline window reaches; 90 by
   * default.
   */
  @Value.Default
  public int horizonDays() {
    return 90;
  }

  /**
   * Returns governance health configured by this policy for {@code model} as of {@code asOf}: the
   * holiday calendar serves deadlines, practice checks and risk reviews alike; without one,
   * deadlines and practice checks count weekends only and risk reviews fall on calendar days, as in
   * {@link GovernanceHealth#standard()}.
   *
   * @param model the model to be checked
   * @param asOf the day it will be judged by
   * @return the configured governance health
   * @throws dev.governance.core.GovernanceValidationException if the calendar id names no calendar
   */
  public GovernanceHealth health(GovernanceModel model, LocalDate asOf) {
    Optional<HolidayCalendar> holidays = compliance().calendar().map(HolidayCalendars::of);
    HolidayCalendar days = holidays.orElseGet(HolidayCalendar::weekends);
    return GovernanceHealth.builder()
        .raci(RaciValidator.of(raci()))
        .riskRegister(risk().register(holidays))
        .lossSimulation(risk().simulation())
        .scorecards(scorecard().engine())
        .practice(PracticeEngine.of(practice()))
        .compliance(compliance().compliance(days))
        .horizonDays(horizonDays())
        .putAllSeverities(severities())
        .waivers(waivers())
        .build();
  }

  @Value.Check
  protected void validate() {
    positive(horizonDays(), "horizonDays");
    RuleCatalog.checkKnown(waivers().notWaivable(), "waivers.notWaivable");
  }
}
