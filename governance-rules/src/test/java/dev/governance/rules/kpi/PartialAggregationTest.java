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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PartialAggregationTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 5, 20);
  private static final ReportingPeriod MAY = ReportingPeriod.month(YearMonth.of(2025, 5));

  /** One KPI of each aggregation. */
  static List<KpiDefinition> everyAggregation() {
    List<KpiDefinition> kpis = new ArrayList<>();
    for (Aggregation aggregation : Aggregation.values()) {
      kpis.add(
          ScorecardEngineTest.mttr()
              .withId(aggregation.name().toLowerCase(java.util.Locale.ROOT))
              .withAggregation(aggregation));
    }
    return kpis;
  }

  static ObservationAggregator aggregator() {
    return ObservationAggregator.of(
        everyAggregation(),
        List.of(MAY, MAY.previous(), MAY.previous().previous()),
        ZoneOffset.UTC,
        AS_OF);
  }

  /**
   * Observations of the KPIs in and around the periods, in runs and alone, at instants and of
   * periods, with values of every magnitude and full precision, whose plain sums round differently
   * in different orders (so that only exact sums pass the properties below).
   */
  static List<Observation> observations(SplittableRandom random, int size) {
    List<KpiDefinition> kpis = everyAggregation();
    List<Observation> observations = new ArrayList<>();
    while (observations.size() < size) {
      String kpi = kpis.get(random.nextInt(kpis.size())).id();
      int run = 1 + random.nextInt(5);
      for (int i = 0; i < run && observations.size() < size; i++) {
        double value = random.nextDouble(-1, 1) * Math.pow(10, random.nextInt(-3, 9));
        double weight = random.nextInt(4) == 0 ? 0 : random.nextDouble(0, 3);
        Observation.Builder o = Observation.builder().kpi(kpi).value(value).weight(weight);
        if (random.nextBoolean()) {
          o.period(ReportingPeriod.month(YearMonth.of(2025, 1).plusMonths(random.nextInt(6))));
        } else {
          o.at(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(random.nextLong(170L * 86_400)));
        }
        observations.add(o.build());
      }
    }
    return observations;
  }

  @Test
  void partsAddedAloneOrInListsAndMergedInAnyGroupingGiveTheValuesOfOneAggregation() {
    qt().forAll(integers().between(0, 400), integers().between(1, 7), longs().all())
        .checkAssert(
            (size, partCount, seed) -> {
              SplittableRandom random = new SplittableRandom(seed);
              ObservationAggregator aggregator = aggregator();
              List<Observation> observations = observations(random, size);
              PeriodValues whole = aggregator.aggregate(observations);
              List<PartialAggregation> parts = new ArrayList<>();
              for (int p = 0; p < partCount; p++) {
                parts.add(aggregator.partial());
              }
              List<Observation> shuffled = new ArrayList<>(observations);
              Collections.shuffle(shuffled, new Random(seed));
              for (int i = 0; i < shuffled.size(); ) {
                PartialAggregation part = parts.get(random.nextInt(partCount));
                int to = Math.min(shuffled.size(), i + 1 + random.nextInt(8));
                if (random.nextBoolean()) {
                  part.addAll(shuffled.subList(i, to));
                } else {
                  shuffled.subList(i, to).forEach(part::add);
                }
                i = to;
              }
              while (parts.size() > 1) { // merge random neighbours or strangers, in either order
                PartialAggregation a = parts.remove(random.nextInt(parts.size()));
                PartialAggregation b = parts.remove(random.nextInt(parts.size()));
                parts.add(
                    random.nextBoolean()
                        ? a.merge(roundTrip(b, PartialAggregation.class))
                        : b.merge(a));
              }
              assertSameValues(parts.get(0).values(), whole);
            });
  }

  /**
   * Hostile values: zeroes of both signs, subnormals, the extremes, values whose sums and weighted
   * terms overflow, and full-precision values of any exponent.
   */
  private static double hostile(SplittableRandom random) {
    double[] pool = {
      0.0,
      -0.0,
      Double.MIN_VALUE,
      -Double.MIN_VALUE,
      Double.MIN_NORMAL,
      -1e-310,
      Double.MAX_VALUE,
      -Double.MAX_VALUE,
      1e308,
      -1e308,
      1,
      -1,
      0x1p-1022 * 3,
      1e16,
      -1e-16
    };
    return random.nextInt(3) == 0
        ? random.nextDouble(-2, 2) * Math.scalb(1.0, random.nextInt(-1074, 1023))
        : pool[random.nextInt(pool.length)];
  }

  @Test
  void hostileValuesGiveTheSameBitsInAnyOrderAndGrouping() {
    qt().forAll(integers().between(1, 60), integers().between(1, 5), longs().all())
        .checkAssert(
            (size, partCount, seed) -> {
              SplittableRandom random = new SplittableRandom(seed);
              List<KpiDefinition> kpis = everyAggregation();
              List<Observation> observations = new ArrayList<>();
              for (int i = 0; i < size; i++) {
                double[] weights = {0, 1, Double.MIN_VALUE, 1e308, 3};
                observations.add(
                    Observation.builder()
                        .kpi(kpis.get(random.nextInt(kpis.size())).id())
                        .value(hostile(random))
                        .weight(weights[random.nextInt(weights.length)])
                        .period(random.nextBoolean() ? MAY : MAY.previous())
                        .build());
              }
              ObservationAggregator aggregator = aggregator();
              PeriodValues whole = aggregator.aggregate(observations);
              List<Observation> shuffled = new ArrayList<>(observations);
              Collections.shuffle(shuffled, new Random(seed));
              assertSameValues(aggregator.aggregate(shuffled), whole);
              List<PartialAggregation> parts = new ArrayList<>();
              for (int p = 0; p < partCount; p++) {
                parts.add(aggregator.partial());
              }
              shuffled.forEach(o -> parts.get(random.nextInt(partCount)).add(o));
              PartialAggregation merged = parts.remove(parts.size() - 1);
              parts.forEach(merged::merge);
              assertSameValues(merged.values(), whole);
              java.math.BigDecimal exact = java.math.BigDecimal.ZERO;
              boolean any = false;
              for (Observation o : observations) {
                if (o.kpi().equals("sum") && MAY.equals(o.period())) {
                  exact = exact.add(new java.math.BigDecimal(o.value()));
                  any = true;
                }
              }
              if (any) { // the exact sum, rounded once (BigDecimal.doubleValue rounds correctly)
                assertThat(whole.value("sum", 0)).hasValue(exact.doubleValue() + 0.0);
              }
            });
  }

  @Test
  void aTieOfTheLatestValueBetweenZeroesOfBothSignsDoesNotDependOnTheOrder() {
    Observation plus = Observation.builder().kpi("last").period(MAY).value(0.0).build();
    Observation minus = Observation.builder().kpi("last").period(MAY).value(-0.0).build();
    assertThat(aggregator().aggregate(List.of(minus, plus)).value("last", 0))
        .isEqualTo(aggregator().aggregate(List.of(plus, minus)).value("last", 0));
  }

  static void assertSameValues(PeriodValues actual, PeriodValues expected) {
    assertThat(actual.periods()).isEqualTo(expected.periods());
    for (KpiDefinition kpi : everyAggregation()) {
      assertThat(actual.latest(kpi.id()))
          .as("%s latest", kpi.id())
          .isEqualTo(expected.latest(kpi.id()));
      for (int back = 0; back < expected.periods().size(); back++) {
        assertThat(actual.value(kpi.id(), back))
            .as("%s, %d periods back", kpi.id(), back)
            .isEqualTo(expected.value(kpi.id(), back));
      }
    }
  }

  @Test
  void valuesAreASnapshotThatLaterAdditionsLeaveAlone() {
    PartialAggregation part = aggregator().partial();
    part.add(Observation.builder().kpi("sum").period(MAY).value(2).build());
    PeriodValues before = part.values();
    part.add(Observation.builder().kpi("sum").period(MAY).value(3).build());
    assertThat(before.value("sum", 0)).hasValue(2);
    assertThat(part.values().value("sum", 0)).hasValue(5);
  }

  @Test
  void anAggregatorAndAPartSurviveSerialisation() {
    ObservationAggregator aggregator = aggregator();
    ObservationAggregator read = roundTrip(aggregator, ObservationAggregator.class);
    assertThat(read).isEqualTo(aggregator).hasSameHashCodeAs(aggregator).isNotSameAs(aggregator);
    assertThat(read.toString()).isEqualTo(aggregator.toString());
    PartialAggregation part =
        aggregator.partial().addAll(observations(new SplittableRandom(5), 50));
    assertSameValues(roundTrip(part, PartialAggregation.class).values(), part.values());
  }

  @Test
  void observationsOfUnknownKpisAreCountedByIdAndNamedByValues() {
    PartialAggregation part = aggregator().partial();
    for (int i = 0; i < PartialAggregation.MOST_UNKNOWN_IDS + 2; i++) {
      part.add(Observation.builder().kpi("nps-" + i).period(MAY).value(1).build());
    }
    part.add(Observation.builder().kpi("nps-0").period(MAY).value(1).build());
    PartialAggregation other = aggregator().partial();
    other.add(Observation.builder().kpi("nps-0").period(MAY).value(1).build());
    part.merge(other);
    assertThatThrownBy(part::values)
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining(
            "observations.kpi = 'nps-0': expected the id of a given KPI definition (3 observations"
                + " have it)")
        .hasMessageContaining(
            "observations.kpi = 2 more observations: expected the ids of given KPI definitions"
                + " (their ids are not kept beyond 100 unknown ones)");
  }

  @Test
  void rejectsPartsOfAnotherAggregatorAndItself() {
    PartialAggregation part = aggregator().partial();
    ObservationAggregator later =
        ObservationAggregator.of(everyAggregation(), List.of(MAY), ZoneOffset.UTC, AS_OF);
    assertThatThrownBy(() -> part.merge(later.partial()))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining(
            "partialAggregation.aggregator = ObservationAggregator{7 KPIs, periods 2025-05 to"
                + " 2025-05, zone Z, as of 2025-05-20}: expected a part of the same aggregator:"
                + " ObservationAggregator{7 KPIs, periods 2025-03 to 2025-05");
    assertThatThrownBy(() -> part.merge(part))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("partialAggregation = 'itself': expected another part");
  }

  @Test
  void aTamperedSerialFormIsCheckedAsAnyAggregatorIs() throws IOException {
    byte[] bytes = serialise(aggregator());
    // ids are written as strings (0x74, length, letters): rename KPI "sum" to "max", which the
    // aggregator has too
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int sum = text.indexOf("t\u0000\u0003sum");
    assertThat(sum).isPositive();
    bytes[sum + 3] = 'm';
    bytes[sum + 4] = 'a';
    bytes[sum + 5] = 'x';
    assertThatThrownBy(() -> deserialise(bytes))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessageStartingWith("an ObservationAggregator's serial form: ")
        .hasMessageContaining("an id no other KPI has");
  }

  private static byte[] serialise(Object value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }

  private static Object deserialise(byte[] bytes) throws IOException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  static <T> T roundTrip(T value, Class<T> type) {
    try {
      return type.cast(deserialise(serialise(value)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
