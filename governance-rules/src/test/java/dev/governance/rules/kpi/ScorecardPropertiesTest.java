package dev.governance.rules.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.governance.core.kpi.Aggregation;
import dev.governance.core.kpi.Direction;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.kpi.NodeKind;
import dev.governance.core.kpi.Observation;
import dev.governance.core.kpi.Scorecard;
import dev.governance.core.kpi.ScorecardNode;
import dev.governance.core.kpi.UpdateFrequency;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Acceptance 2 of the KPI issue, for roll-up and aggregation. */
class ScorecardPropertiesTest {

  private static final LocalDate MAY_31 = LocalDate.of(2025, 5, 31);

  private static KpiDefinition kpi(int i) {
    return KpiDefinition.builder()
        .id("k" + i)
        .name("K" + i)
        .unit("%")
        .direction(Direction.HIGHER_IS_BETTER)
        .minimum(0.0)
        .maximum(100.0)
        .target(100)
        .perspective("p")
        .aggregation(Aggregation.MEAN)
        .updateFrequency(UpdateFrequency.MONTHLY)
        .build();
  }

  private static NodeResult evaluate(
      List<ScorecardNode> leaves, List<KpiDefinition> kpis, List<Observation> observations) {
    Scorecard card =
        Scorecard.builder()
            .id("s")
            .name("S")
            .addChildren(
                ScorecardNode.builder()
                    .id("p")
                    .name("P")
                    .kind(NodeKind.PERSPECTIVE)
                    .addAllChildren(leaves)
                    .build())
            .build();
    return ScorecardEngine.standard().evaluate(card, kpis, observations, MAY_31);
  }

  @Test
  void equalWeightsGiveThePlainMeanAndPermutingChildrenChangesNothing() {
    qt().forAll(
            lists().of(integers().between(0, 100)).ofSizeBetween(1, 12),
            longs().all(),
            integers().between(1, 5))
        .checkAssert(
            (values, seed, weight) -> {
              List<KpiDefinition> kpis = new ArrayList<>();
              List<Observation> observations = new ArrayList<>();
              List<ScorecardNode> leaves = new ArrayList<>();
              for (int i = 0; i < values.size(); i++) {
                kpis.add(kpi(i));
                observations.add(ScorecardEngineTest.monthly("k" + i, 5, values.get(i)));
                leaves.add(ScorecardNode.kpiLeaf("k" + i, "K" + i, weight));
              }
              double mean = values.stream().mapToDouble(v -> v / 100.0).sum() / values.size();
              assertThat(evaluate(leaves, kpis, observations).score().getAsDouble())
                  .isCloseTo(mean, within(1e-12));
              List<ScorecardNode> shuffled = new ArrayList<>(leaves);
              Collections.shuffle(shuffled, new Random(seed));
              assertThat(evaluate(shuffled, kpis, observations).score().getAsDouble())
                  .isCloseTo(
                      evaluate(leaves, kpis, observations).score().getAsDouble(), within(1e-12));
            });
  }

  /**
   * Any finite values and weights, adversarial ones included ({@link AdversarialTerms}): the sums
   * are exact, so the merged parts give the same doubles as one accumulator, for every aggregation.
   */
  @Test
  void splittingObservationsAndMergingEqualsAggregatingAll() {
    qt().forAll(integers().between(1, 60), longs().all())
        .checkAssert(
            (size, seed) -> {
              SplittableRandom random = new SplittableRandom(seed);
              List<Double> values = AdversarialTerms.draw(random, size);
              KpiAccumulator all = new KpiAccumulator();
              List<KpiAccumulator> parts = new ArrayList<>();
              int partCount = 1 + random.nextInt(5);
              for (int p = 0; p < partCount; p++) {
                parts.add(new KpiAccumulator());
              }
              for (int i = 0; i < values.size(); i++) {
                double weight = AdversarialTerms.weight(random);
                long time = random.nextInt(20);
                all.add(values.get(i), weight, time);
                parts.get(random.nextInt(partCount)).add(values.get(i), weight, time);
              }
              Collections.shuffle(parts, new Random(seed));
              // merged in a random grouping: pairs of partial results merged until one is left
              while (parts.size() > 1) {
                KpiAccumulator from = parts.remove(random.nextInt(parts.size()));
                parts.get(random.nextInt(parts.size())).merge(from);
              }
              KpiAccumulator merged = parts.get(0);
              for (Aggregation aggregation : Aggregation.values()) {
                assertThat(merged.value(aggregation))
                    .as("%s of %s", aggregation, values)
                    .isEqualTo(all.value(aggregation));
              }
              assertThat(all.value(Aggregation.SUM)).hasValue(AdversarialTerms.exactSum(values));
            });
  }
}
