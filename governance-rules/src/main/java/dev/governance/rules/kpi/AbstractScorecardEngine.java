package dev.governance.rules.kpi;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.inRange;

import com.google.common.collect.ImmutableMap;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.kpi.Observation;
import dev.governance.core.kpi.Scorecard;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.time.PeriodKind;
import dev.governance.core.time.ReportingPeriod;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The balanced-scorecard engine: it turns observations into period values by each KPI's
 * aggregation, scores them with each KPI's normalisation, rolls the scores up the scorecard tree,
 * and gives every node a status, a trend and data-quality flags, as of a date.
 *
 * <p>An engine is an immutable configuration; {@link #standard()} evaluates calendar months,
 * excludes missing KPIs and renormalises the remaining weights, rolls up by weighted mean, fits
 * trends over 3 periods, and colours scores green from 0.9 and amber from 0.6. One instance serves
 * any number of threads.
 *
 * <p>For example, {@code shared} being a scorecard of {@code model} whose availability KPI is
 * derived from a system with 120 minutes of outage in November 2025 (a baseline of 99.5 % and a
 * target of 99.9 %):
 *
 * <pre>{@code
 * NodeResult root =
 *     ScorecardEngine.standard().evaluate(shared, model, LocalDate.of(2025, 11, 30));
 * NodeResult availability = root.find("availability").orElseThrow();
 * double value = availability.value().orElseThrow(); // 99.72 %, from 120 minutes of outage
 * double score = availability.score().orElseThrow(); // 0.56 = (99.72 - 99.5) / (99.9 - 99.5)
 * Status status = availability.status(); // RED (below 0.6)
 * String why = availability.explanation().orElseThrow().render(); // down to the outage minutes
 * }</pre>
 */
@Value.Immutable
abstract class AbstractScorecardEngine {

  /** Returns the length of the reporting period evaluated; months by default. */
  @Value.Default
  public PeriodKind periodKind() {
    return PeriodKind.MONTH;
  }

  /** Returns the first month of the fiscal year; January by default. */
  @Value.Default
  public Month fiscalYearStart() {
    return Month.JANUARY;
  }

  /** Returns the zone in which instant observations are dated; UTC by default. */
  @Value.Default
  public ZoneId zone() {
    return ZoneOffset.UTC;
  }

  /**
   * Returns what happens to a KPI with no value for the period; {@link MissingData#EXCLUDE} by
   * default.
   */
  @Value.Default
  public MissingData missingData() {
    return MissingData.EXCLUDE;
  }

  /**
   * Returns how many earlier periods {@link MissingData#CARRY_FORWARD} may reach back; 3 by
   * default.
   */
  @Value.Default
  public int carryForwardPeriods() {
    return 3;
  }

  /** Returns how nodes combine their children; {@link RollUp#WEIGHTED_MEAN} by default. */
  @Value.Default
  public RollUp rollUp() {
    return RollUp.WEIGHTED_MEAN;
  }

  /**
   * Returns over how many periods (this one included) trends are fitted; 3 by default, at least 2.
   */
  @Value.Default
  public int trendPeriods() {
    return 3;
  }

  /** Returns the score from which a node is green; 0.9 by default. */
  @Value.Default
  public double greenFrom() {
    return 0.9;
  }

  /** Returns the score from which a node is amber (below it, red); 0.6 by default. */
  @Value.Default
  public double amberFrom() {
    return 0.6;
  }

  /** Returns normalisations that replace a KPI's default one, by KPI id. */
  public abstract ImmutableMap<String, Normalisation> normalisations();

  /** Returns the standard engine. */
  public static ScorecardEngine standard() {
    return ScorecardEngine.builder().build();
  }

  /**
   * Evaluates {@code scorecard} for the period containing {@code asOf}. A KPI's default
   * normalisation is BSC Designer's progress from its baseline to its target when it has a
   * baseline, its performance between minimum and maximum when it has both, and the target band for
   * a target-range KPI. Status comes from the KPI's thresholds on its raw value when it has them,
   * else from the score bands.
   *
   * @param scorecard the scorecard tree
   * @param kpis the definitions of (at least) the scorecard's KPIs
   * @param observations the observations; those dated after {@code asOf} are ignored
   * @param asOf the evaluation date
   * @return the result of the whole scorecard, its children beneath it
   * @throws dev.governance.core.GovernanceValidationException naming every observation or leaf
   *     whose KPI is not among {@code kpis}, every KPI that cannot be normalised, and every derived
   *     KPI (see {@link #evaluate(Scorecard, GovernanceModel, LocalDate)})
   */
  public NodeResult evaluate(
      Scorecard scorecard,
      List<KpiDefinition> kpis,
      List<Observation> observations,
      LocalDate asOf) {
    return new ScorecardEvaluation(
            (ScorecardEngine) this, scorecard, kpis, a -> a.aggregate(observations), null, asOf)
        .result();
  }

  /**
   * Evaluates {@code scorecard} from values aggregated already, such as those of a {@link
   * PartialAggregation} merged from parts aggregated on other threads or machines: the result is
   * the one {@link #evaluate(Scorecard, List, List, LocalDate)} returns for all their observations.
   *
   * @param scorecard the scorecard tree
   * @param kpis the definitions of (at least) the scorecard's KPIs
   * @param values values aggregated by {@link #aggregator aggregator(kpis, asOf)} (or an equal one)
   * @param asOf the evaluation date
   * @return the result of the whole scorecard, its children beneath it
   * @throws dev.governance.core.GovernanceValidationException if {@code values} were aggregated by
   *     another aggregator, or as {@link #evaluate(Scorecard, List, List, LocalDate)} does
   */
  public NodeResult evaluate(
      Scorecard scorecard, List<KpiDefinition> kpis, PeriodValues values, LocalDate asOf) {
    Objects.requireNonNull(values, "values");
    return new ScorecardEvaluation(
            (ScorecardEngine) this,
            scorecard,
            kpis,
            aggregator -> {
              check(
                  values.aggregator().equals(aggregator),
                  "values",
                  values.aggregator(),
                  "values aggregated by this engine's aggregator of these KPIs as of "
                      + asOf
                      + ": "
                      + aggregator);
              return values;
            },
            null,
            asOf)
        .result();
  }

  /**
   * Returns the aggregator of the observations that an evaluation as of {@code asOf} reads: into
   * the evaluated period and those before it that trends and carried-forward values need, in this
   * engine's zone. Its parts ({@link ObservationAggregator#partial()}), filled apart and merged,
   * give the values {@link #evaluate(Scorecard, List, PeriodValues, LocalDate)} scores.
   *
   * @param kpis the definitions of the KPIs observed
   * @param asOf the evaluation date
   * @return the aggregator
   * @throws dev.governance.core.GovernanceValidationException if two KPIs share an id
   */
  public ObservationAggregator aggregator(List<KpiDefinition> kpis, LocalDate asOf) {
    return ObservationAggregator.of(kpis, periods(asOf), zone(), asOf);
  }

  /**
   * Returns the periods an evaluation as of {@code asOf} reads, newest first: the evaluated period,
   * the earlier trend periods, and as many more as values may be carried forward from.
   */
  List<ReportingPeriod> periods(LocalDate asOf) {
    List<ReportingPeriod> periods = new ArrayList<>();
    ReportingPeriod period = ReportingPeriod.containing(periodKind(), asOf, fiscalYearStart());
    int lookBack =
        trendPeriods()
            - 1
            + (missingData() == MissingData.CARRY_FORWARD ? carryForwardPeriods() : 0);
    for (int i = 0; i <= lookBack; i++, period = period.previous()) {
      periods.add(period);
    }
    return periods;
  }

  /**
   * Evaluates {@code scorecard} from a model: observed KPIs from its observations, derived KPIs
   * (those naming a {@link dev.governance.core.kpi.KpiSource}) from its service records and cost
   * reports, period by period like observations, each derived value explaining how it was computed.
   *
   * @param scorecard the scorecard tree
   * @param model the model whose KPIs, observations and records to use
   * @param asOf the evaluation date
   * @return the result of the whole scorecard, its children beneath it
   * @throws dev.governance.core.GovernanceValidationException as {@link #evaluate(Scorecard, List,
   *     List, LocalDate)} does
   */
  public NodeResult evaluate(Scorecard scorecard, GovernanceModel model, LocalDate asOf) {
    return new ScorecardEvaluation(
            (ScorecardEngine) this,
            scorecard,
            model.kpis(),
            a -> a.aggregate(model.observations()),
            new KpiSources(model),
            asOf)
        .result();
  }

  @Value.Check
  protected void validate() {
    inRange(carryForwardPeriods(), 1, 120, "carryForwardPeriods");
    inRange(trendPeriods(), 2, 120, "trendPeriods");
    check(
        amberFrom() >= 0 && amberFrom() <= greenFrom() && Double.isFinite(greenFrom()),
        "amberFrom",
        amberFrom(),
        "a score from 0 to greenFrom " + greenFrom());
  }
}
