package dev.governance.rules.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.kpi.Aggregation;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.kpi.Observation;
import dev.governance.core.time.ReportingPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ObservationAggregatorTest {

  private static final ReportingPeriod MAY = ReportingPeriod.month(YearMonth.of(2025, 5));
  private static final ReportingPeriod APRIL = MAY.previous();

  @Test
  void aggregatesEachKpiIntoItsPeriodsByItsRule() {
    PeriodValues values =
        ObservationAggregator.of(
                List.of(ScorecardEngineTest.mttr(), ScorecardEngineTest.availability()),
                List.of(MAY, APRIL),
                ZoneOffset.UTC,
                LocalDate.of(2025, 5, 31))
            .aggregate(ScorecardEngineTest.history());
    assertThat(values.periods()).containsExactly(MAY, APRIL);
    assertThat(values.value("mttr", 0)).hasValue(60);
    assertThat(values.value("mttr", 1)).hasValue(120);
    assertThat(values.value("availability", 1)).hasValue(99.8);
    assertThat(values.value("availability", 2)).isEmpty();
    assertThat(values.value("nps", 0)).isEmpty();
    assertThat(values.latest("mttr")).contains(LocalDate.of(2025, 5, 20));
    assertThat(values.latest("availability")).contains(LocalDate.of(2025, 5, 31));
    assertThat(values.latest("nps")).isEmpty();
  }

  @Test
  void datesInstantsInTheZoneAndLeavesOutTheFuture() {
    Observation lateEvening =
        Observation.builder()
            .kpi("mttr")
            .at(Instant.parse("2025-04-30T23:30:00Z"))
            .value(10)
            .build();
    ObservationAggregator tokyo =
        ObservationAggregator.of(
            List.of(ScorecardEngineTest.mttr()),
            List.of(MAY, APRIL),
            ZoneId.of("Asia/Tokyo"),
            LocalDate.of(2025, 5, 31));
    assertThat(tokyo.aggregate(List.of(lateEvening)).value("mttr", 0)).hasValue(10);
    ObservationAggregator utc =
        ObservationAggregator.of(
            List.of(ScorecardEngineTest.mttr()),
            List.of(MAY, APRIL),
            ZoneOffset.UTC,
            LocalDate.of(2025, 4, 15));
    assertThat(utc.aggregate(List.of(lateEvening)).value("mttr", 1)).isEmpty();
  }

  /**
   * The aggregator's fast paths (placing periods by their epoch days, guessing each run's KPI as
   * the one after the previous run's, and the sums-only update) against a plain accumulator per KPI
   * and period, for every aggregation, periods older and newer than the window, instants, and KPIs
   * in any order.
   */
  @Test
  void agreesWithOneAccumulatorPerKpiAndPeriod() {
    LocalDate asOf = LocalDate.of(2025, 5, 20);
    qt().forAll(longs().all(), integers().between(0, 400), integers().between(1, 7))
        .checkAssert(
            (seed, size, periods) -> {
              SplittableRandom random = new SplittableRandom(seed);
              // windows of one to seven months back from May: the four newest are summed apart,
              // older ones in the table
              List<ReportingPeriod> window = new ArrayList<>();
              for (ReportingPeriod period = MAY;
                  window.size() < periods;
                  period = period.previous()) {
                window.add(period);
              }
              List<KpiDefinition> kpis = new ArrayList<>();
              for (Aggregation aggregation : Aggregation.values()) {
                kpis.add(
                    ScorecardEngineTest.mttr()
                        .withId(aggregation.name())
                        .withAggregation(aggregation));
              }
              List<Observation> observations = new ArrayList<>();
              Map<String, KpiAccumulator> expected = new HashMap<>();
              Map<String, LocalDate> latest = new HashMap<>();
              for (int i = 0; i < size; i++) {
                String kpi = kpis.get(random.nextInt(kpis.size())).id();
                double value = random.nextInt(-50, 50) / 4.0;
                double weight = random.nextInt(4);
                Observation observation;
                LocalDate day;
                LocalDate lastDay;
                long time;
                if (random.nextBoolean()) {
                  ReportingPeriod period =
                      ReportingPeriod.month(YearMonth.of(2024, 10).plusMonths(random.nextInt(10)));
                  observation =
                      Observation.builder()
                          .kpi(kpi)
                          .period(period)
                          .value(value)
                          .weight(weight)
                          .build();
                  day = period.start();
                  lastDay = period.end().isAfter(asOf) ? asOf : period.end();
                  time = day.toEpochDay() * 86_400;
                } else {
                  Instant at =
                      Instant.parse("2024-10-01T00:00:00Z")
                          .plusSeconds(random.nextLong(300L * 86_400));
                  observation =
                      Observation.builder().kpi(kpi).at(at).value(value).weight(weight).build();
                  day = at.atZone(ZoneOffset.UTC).toLocalDate();
                  lastDay = day;
                  time = at.getEpochSecond();
                }
                observations.add(observation);
                if (day.isAfter(asOf)) {
                  continue;
                }
                latest.merge(kpi, lastDay, (a, b) -> a.isAfter(b) ? a : b);
                for (int back = 0; back < window.size(); back++) {
                  if (window.get(back).contains(day)) {
                    expected
                        .computeIfAbsent(kpi + "@" + back, key -> new KpiAccumulator())
                        .add(value, weight, time);
                  }
                }
              }
              PeriodValues values =
                  ObservationAggregator.of(kpis, window, ZoneOffset.UTC, asOf)
                      .aggregate(observations);
              for (KpiDefinition kpi : kpis) {
                assertThat(values.latest(kpi.id()))
                    .isEqualTo(Optional.ofNullable(latest.get(kpi.id())));
                for (int back = 0; back < window.size(); back++) {
                  KpiAccumulator accumulator = expected.get(kpi.id() + "@" + back);
                  assertThat(values.value(kpi.id(), back))
                      .as("%s, %d periods back", kpi.id(), back)
                      .isEqualTo(
                          accumulator == null
                              ? OptionalDouble.empty()
                              : accumulator.value(kpi.aggregation()));
                }
              }
            });
  }

  /**
   * The sums are exact: any order of the observations gives the same doubles, feeds in runs of one
   * KPI (the run-local sums) and shuffled ones (the table) alike, and they are the exact sums of
   * the adversarial values ({@link AdversarialTerms}) rounded once: for means, sums and weighted
   * means, in windows of one to five months.
   */
  @Test
  void anyOrderOfTheObservationsGivesTheSameExactlyRoundedValues() {
    LocalDate asOf = LocalDate.of(2025, 5, 20);
    qt().withExamples(500)
        .forAll(longs().all(), integers().between(0, 300), integers().between(1, 5))
        .checkAssert(
            (seed, size, periods) -> {
              SplittableRandom random = new SplittableRandom(seed);
              List<ReportingPeriod> window = new ArrayList<>();
              for (ReportingPeriod period = MAY;
                  window.size() < periods;
                  period = period.previous()) {
                window.add(period);
              }
              List<KpiDefinition> kpis = new ArrayList<>();
              for (Aggregation aggregation :
                  List.of(Aggregation.MEAN, Aggregation.SUM, Aggregation.WEIGHTED_MEAN)) {
                kpis.add(
                    ScorecardEngineTest.mttr()
                        .withId(aggregation.name())
                        .withAggregation(aggregation));
              }
              List<Double> values = AdversarialTerms.draw(random, size);
              List<Observation> runs = new ArrayList<>();
              Map<String, List<Double>> terms = new HashMap<>();
              Map<String, List<Double>> weights = new HashMap<>();
              for (int i = 0; i < size; i++) {
                // runs of one KPI, as feeds list them, mostly of period observations
                String kpi = kpis.get(i * kpis.size() / Math.max(size, 1)).id();
                double value = values.get(i);
                double weight = AdversarialTerms.weight(random);
                LocalDate day;
                Observation.Builder observation =
                    Observation.builder().kpi(kpi).value(value).weight(weight);
                if (random.nextInt(8) > 0) {
                  ReportingPeriod period =
                      ReportingPeriod.month(YearMonth.of(2025, 5).minusMonths(random.nextInt(7)));
                  observation.period(period);
                  day = period.start();
                } else {
                  Instant at =
                      Instant.parse("2024-11-01T00:00:00Z")
                          .plusSeconds(random.nextLong(220L * 86_400));
                  observation.at(at);
                  day = at.atZone(ZoneOffset.UTC).toLocalDate();
                }
                runs.add(observation.build());
                for (int back = 0; back < window.size(); back++) {
                  if (!day.isAfter(asOf) && window.get(back).contains(day)) {
                    terms.computeIfAbsent(kpi + "@" + back, key -> new ArrayList<>()).add(value);
                    weights.computeIfAbsent(kpi + "@" + back, key -> new ArrayList<>()).add(weight);
                  }
                }
              }
              List<Observation> shuffled = new ArrayList<>(runs);
              java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
              ObservationAggregator aggregator =
                  ObservationAggregator.of(kpis, window, ZoneOffset.UTC, asOf);
              PeriodValues inRuns = aggregator.aggregate(runs);
              PeriodValues inAnyOrder = aggregator.aggregate(shuffled);
              for (KpiDefinition kpi : kpis) {
                for (int back = 0; back < window.size(); back++) {
                  String key = kpi.id() + "@" + back;
                  OptionalDouble expected =
                      exactly(
                          kpi.aggregation(),
                          terms.getOrDefault(key, List.of()),
                          weights.getOrDefault(key, List.of()));
                  assertThat(inRuns.value(kpi.id(), back))
                      .as("%s in runs, %d periods back: %s", kpi.id(), back, terms.get(key))
                      .isEqualTo(expected);
                  assertThat(inAnyOrder.value(kpi.id(), back))
                      .as("%s shuffled, %d periods back", kpi.id(), back)
                      .isEqualTo(expected);
                }
              }
            });
  }

  /** A period's mean, sum or weighted mean from BigDecimal sums of its values and weights. */
  private static OptionalDouble exactly(
      Aggregation aggregation, List<Double> values, List<Double> weights) {
    if (values.isEmpty()) {
      return OptionalDouble.empty();
    }
    double sum = AdversarialTerms.exactSum(values);
    if (aggregation == Aggregation.SUM) {
      return OptionalDouble.of(sum);
    }
    if (aggregation == Aggregation.MEAN) {
      return OptionalDouble.of(sum / values.size());
    }
    List<Double> products = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      products.add(values.get(i) * weights.get(i));
    }
    double weight = AdversarialTerms.exactSum(weights);
    return weight == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(AdversarialTerms.exactSum(products) / weight);
  }

  @Test
  void leavesObservationsAfterTheNewestPeriodOutOfEveryPeriod() {
    // evaluated as of May 31 over April alone: May's observations date the KPI but fill no period
    PeriodValues values =
        ObservationAggregator.of(
                List.of(ScorecardEngineTest.mttr()),
                List.of(APRIL),
                ZoneOffset.UTC,
                LocalDate.of(2025, 5, 31))
            .aggregate(
                List.of(
                    ScorecardEngineTest.monthly("mttr", 4, 30),
                    ScorecardEngineTest.monthly("mttr", 5, 90),
                    Observation.builder()
                        .kpi("mttr")
                        .at(Instant.parse("2025-05-10T12:00:00Z"))
                        .value(70)
                        .build()));
    assertThat(values.value("mttr", 0)).hasValue(30);
    assertThat(values.latest("mttr")).contains(LocalDate.of(2025, 5, 31));
  }

  @Test
  void findsEachRunsKpiWhateverTheOrderOrTheIdsInstances() {
    KpiDefinition first = ScorecardEngineTest.mttr().withId("a").withAggregation(Aggregation.SUM);
    KpiDefinition second = ScorecardEngineTest.mttr().withId("b").withAggregation(Aggregation.SUM);
    KpiDefinition duplicate =
        ScorecardEngineTest.mttr().withId("a").withAggregation(Aggregation.MAX);
    List<Observation> inOrderWithCopiedIds =
        List.of(
            ScorecardEngineTest.monthly(new String("a"), 5, 1),
            ScorecardEngineTest.monthly(new String("b"), 5, 2),
            ScorecardEngineTest.monthly(new String("a"), 5, 3));
    PeriodValues values =
        ObservationAggregator.of(
                List.of(first, second), List.of(MAY), ZoneOffset.UTC, LocalDate.of(2025, 5, 31))
            .aggregate(inOrderWithCopiedIds);
    assertThat(values.value("a", 0)).hasValue(4);
    assertThat(values.value("b", 0)).hasValue(2);
    // out of order: the guess misses and the index finds it
    PeriodValues reversed =
        ObservationAggregator.of(
                List.of(first, second), List.of(MAY), ZoneOffset.UTC, LocalDate.of(2025, 5, 31))
            .aggregate(
                List.of(
                    ScorecardEngineTest.monthly("b", 5, 2),
                    ScorecardEngineTest.monthly("a", 5, 3),
                    ScorecardEngineTest.monthly("b", 5, 1)));
    assertThat(reversed.value("a", 0)).hasValue(3);
    assertThat(reversed.value("b", 0)).hasValue(3);
    assertThatThrownBy(
            () ->
                ObservationAggregator.of(
                    List.of(first, second, duplicate),
                    List.of(MAY),
                    ZoneOffset.UTC,
                    LocalDate.of(2025, 5, 31)))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: kpis[2].id = 'a': expected an id no other KPI has, but"
                + " kpis[0] has it");
  }

  @Test
  void rejectsUnknownKpisAndBadPeriods() {
    ObservationAggregator aggregator =
        ObservationAggregator.of(
            List.of(ScorecardEngineTest.mttr()),
            List.of(MAY),
            ZoneOffset.UTC,
            LocalDate.of(2025, 5, 31));
    assertThatThrownBy(
            () ->
                aggregator.aggregate(
                    List.of(
                        ScorecardEngineTest.monthly("nps", 5, 1),
                        ScorecardEngineTest.monthly("x", 5, 1))))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data, 2 violations:\n"
                + "  - observations[0].kpi = 'nps': expected the id of a given KPI definition\n"
                + "  - observations[1].kpi = 'x': expected the id of a given KPI definition");
    assertThatThrownBy(
            () ->
                ObservationAggregator.of(
                    List.of(), List.of(), ZoneOffset.UTC, LocalDate.of(2025, 5, 31)))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: periods = '[]': expected at least one period");
    assertThatThrownBy(
            () ->
                ObservationAggregator.of(
                    List.of(), List.of(APRIL, MAY), ZoneOffset.UTC, LocalDate.of(2025, 5, 31)))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: periods[1] = 2025-05: expected the period just before"
                + " 2025-04");
  }
}
