package dev.governance.io;

import dev.governance.core.time.PeriodKind;
import dev.governance.rules.kpi.MissingData;
import dev.governance.rules.kpi.RollUp;
import dev.governance.rules.kpi.ScorecardEngine;
import java.time.Month;
import java.time.ZoneId;
import org.immutables.value.Value;

/**
 * The scorecard engine's configuration in a policy file: the reporting period, the fiscal year's
 * first month, the zone, how missing data is treated, how long a value carries forward, how scores
 * roll up, how many periods a trend reads and where the status bands begin. Every default is {@link
 * dev.governance.rules.kpi.ScorecardEngine#standard()}'s.
 */
@Value.Immutable
abstract class AbstractScorecardPolicy {

  private static final ScorecardEngine STANDARD = ScorecardEngine.standard();

  /** Returns the kind of reporting period scorecards are evaluated for. */
  @Value.Default
  public PeriodKind periodKind() {
    return STANDARD.periodKind();
  }

  /** Returns the first month of the fiscal year. */
  @Value.Default
  public Month fiscalYearStart() {
    return STANDARD.fiscalYearStart();
  }

  /** Returns the zone periods are cut in. */
  @Value.Default
  public ZoneId zone() {
    return STANDARD.zone();
  }

  /** Returns how a KPI without data for the period is treated. */
  @Value.Default
  public MissingData missingData() {
    return STANDARD.missingData();
  }

  /** Returns how many periods a value carries forward before it is stale. */
  @Value.Default
  public int carryForwardPeriods() {
    return STANDARD.carryForwardPeriods();
  }

  /** Returns how children's scores roll up to their parent. */
  @Value.Default
  public RollUp rollUp() {
    return STANDARD.rollUp();
  }

  /** Returns how many periods a trend reads. */
  @Value.Default
  public int trendPeriods() {
    return STANDARD.trendPeriods();
  }

  /** Returns the score from which a node is green. */
  @Value.Default
  public double greenFrom() {
    return STANDARD.greenFrom();
  }

  /** Returns the score from which a node is amber. */
  @Value.Default
  public double amberFrom() {
    return STANDARD.amberFrom();
  }

  /** Returns the scorecard engine this policy configures (normalisations are set in code). */
  public ScorecardEngine engine() {
    return ScorecardEngine.builder()
        .periodKind(periodKind())
        .fiscalYearStart(fiscalYearStart())
        .zone(zone())
        .missingData(missingData())
        .carryForwardPeriods(carryForwardPeriods())
        .rollUp(rollUp())
        .trendPeriods(trendPeriods())
        .greenFrom(greenFrom())
        .amberFrom(amberFrom())
        .build();
  }

  @Value.Check
  protected void validate() {
    // a value the engine rejects fails where the policy file is read, at its path, not at the first
    // health check
    var unused = engine();
  }
}
