package dev.governance.rules.risk.quant;

import static dev.governance.rules.risk.quant.DistributionTest.assertRejected;
import static dev.governance.rules.risk.quant.LossSimulationTest.lognormalPoisson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PartialSimulationTest {

  @Test
  void chunksSimulatedApartMergeInAnyGroupingIntoTheSingleRun() {
    List<LossScenario> risks =
        List.of(lognormalPoisson("a", 0.5, 1_000, 50_000), lognormalPoisson("b", 1.5, 10, 900));
    LossSimulation simulation =
        LossSimulation.builder().years(50_000).seed(3).threads(1).chunkYears(4_000).build();
    SimulationResult single = simulation.run(risks);
    qt().withExamples(20)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom random = new SplittableRandom(seed);
              List<PartialSimulation> parts = new ArrayList<>();
              for (int from = 0; from < simulation.chunks(); ) {
                int to = Math.min(simulation.chunks(), from + 1 + random.nextInt(4));
                parts.add(simulation.runChunks(risks, from, to));
                from = to;
              }
              while (parts.size() > 1) { // merge random neighbours or strangers, in either order
                PartialSimulation a = parts.remove(random.nextInt(parts.size()));
                PartialSimulation b = parts.remove(random.nextInt(parts.size()));
                parts.add(random.nextBoolean() ? a.merge(b) : b.merge(a));
              }
              SimulationResult merged = parts.get(0).result();
              assertThat(merged.annualLoss().mean()).isEqualTo(single.annualLoss().mean());
              assertThat(merged.annualLoss().standardDeviation())
                  .isEqualTo(single.annualLoss().standardDeviation());
              assertThat(merged.annualLoss().percentiles())
                  .isEqualTo(single.annualLoss().percentiles());
              assertThat(merged.contributions()).isEqualTo(single.contributions());
            });
  }

  @Test
  void partsSimulatedFromSerialisedCopiesOfEveryKindOfScenarioMergeIntoTheSingleRun()
      throws Exception {
    List<LossScenario> risks =
        List.of(
            lognormalPoisson("a", 0.5, 1_000, 50_000),
            LossScenario.builder()
                .id("b")
                .threatEventFrequency(Frequency.poisson(2))
                .vulnerability(
                    Vulnerability.capabilityAgainstResistance(
                        Distribution.triangular(0, 50, 100), Distribution.uniform(20, 80)))
                .primaryLoss(Distribution.pert(100, 400, 3_000))
                .secondaryLossProbability(0.4)
                .secondaryLoss(Distribution.constant(50))
                .build(),
            LossScenario.builder()
                .id("c")
                .threatEventFrequency(Frequency.annualProbability(0.3))
                .vulnerability(Vulnerability.probability(0.5))
                .primaryLoss(Distribution.lognormal90(10, 1_000))
                .build());
    LossSimulation simulation =
        LossSimulation.builder().years(9_000).seed(5).threads(1).chunkYears(4_000).build();
    List<LossScenario> copies = roundTrip(risks);
    assertThat(copies).isEqualTo(risks).hasSameHashCodeAs(risks);
    assertThat(roundTrip(simulation)).isEqualTo(simulation);
    PartialSimulation shipped = roundTrip(roundTrip(simulation).runChunks(copies, 1, 3));
    SimulationResult merged = simulation.runChunks(risks, 0, 1).merge(shipped).result();
    SimulationResult single = simulation.run(risks);
    assertThat(merged.annualLoss().percentiles()).isEqualTo(single.annualLoss().percentiles());
    assertThat(merged.contributions()).isEqualTo(single.contributions());
  }

  @Test
  void aSerialFormThatDoesNotFitItsSimulationIsRejected() throws Exception {
    List<LossScenario> risks = List.of(lognormalPoisson("a", 0.5, 1_000, 50_000));
    LossSimulation simulation =
        LossSimulation.builder().years(10_000).seed(3).threads(1).chunkYears(4_000).build();
    byte[] part = bytes(simulation.runChunks(risks, 2, 3));
    // the last chunk holds 2,000 years; one of 4,000 (the first chunk's) does not fit in its place
    byte[] first = bytes(simulation.runChunks(risks, 0, 1));
    assertThat(part.length).isLessThan(first.length);
    byte[] tampered = replaceChunkIndex(first, 0, 2);
    assertThatThrownBy(() -> read(tampered))
        .isInstanceOf(java.io.InvalidObjectException.class)
        .hasMessage(
            "a PartialSimulation's serial form: expected chunk 2 once, one of the simulation's 3,"
                + " with a total for each of its years and a sum and a sum of squares for each of"
                + " the 1 risks");
    assertThatThrownBy(() -> read(replaceDouble(bytes(Frequency.poisson(2)), 2.0, -2.0)))
        .isInstanceOf(java.io.InvalidObjectException.class)
        .hasMessageStartingWith("a Poisson frequency's serial form: ")
        .hasMessageContaining("poisson.rate = -2.0");
  }

  @Test
  void tamperedDistributionsFrequenciesAndVulnerabilitiesAreRejectedWhenRead() {
    // each would sample NaN, never stop drawing, or give counts and losses the factory refuses
    assertTamperedRejected(
        Distribution.truncatedNormal(5, 2), 2.0, Double.NaN, "truncatedNormal.sd = NaN");
    assertTamperedRejected(Distribution.lognormal(0.5, 1.5), 1.5, -1.5, "lognormal.sigma = -1.5");
    assertTamperedRejected(Distribution.uniform(1, 9), 9.0, -9.0, "uniform.max = -9.0");
    assertTamperedRejected(Distribution.triangular(1, 2, 9), 2.0, 20.0, "triangular.mode = 20.0");
    assertTamperedRejected(Distribution.constant(7), 7.0, Double.NaN, "constant.value = NaN");
    assertTamperedRejected(Distribution.pert(1, 2, 9, 4), 4.0, Double.NaN, "pert.gamma = NaN");
    assertTamperedRejected(Distribution.pert(1, 2, 9, 4), 1.5, 7.5, "pert.alpha = 7.5");
    assertTamperedRejected(Frequency.annualProbability(0.25), 0.25, 2.0, "annualProbability = 2.0");
    assertTamperedRejected(Vulnerability.probability(0.25), 0.25, -1.0, "vulnerability = -1.0");
  }

  private static void assertTamperedRejected(Object value, double from, double to, String message) {
    assertThatThrownBy(() -> read(replaceDouble(bytes(value), from, to)))
        .as("%s with %s for %s", value, to, from)
        .isInstanceOf(java.io.InvalidObjectException.class)
        .cause()
        .hasMessageContaining(message);
  }

  /** Replaces the one int array {0} (the chunk indexes) by {to}. */
  private static byte[] replaceChunkIndex(byte[] bytes, int from, int to) {
    // an int[] of one element: 0x75 (array) class descriptor "[I" ..., then length 1 and the value
    byte[] pattern = {0, 0, 0, 1, 0, 0, 0, (byte) from};
    int at = indexOf(bytes, pattern);
    byte[] copy = bytes.clone();
    copy[at + 7] = (byte) to;
    return copy;
  }

  private static byte[] replaceDouble(byte[] bytes, double from, double to) {
    java.nio.ByteBuffer pattern = java.nio.ByteBuffer.allocate(8).putDouble(from);
    int at = indexOf(bytes, pattern.array());
    byte[] copy = bytes.clone();
    java.nio.ByteBuffer.wrap(copy, at, 8).putDouble(to);
    return copy;
  }

  private static int indexOf(byte[] bytes, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= bytes.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (bytes[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("pattern not found");
  }

  private static byte[] bytes(Object value) throws java.io.IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }

  private static Object read(byte[] bytes) throws Exception {
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws Exception {
    return (T) read(bytes(value));
  }

  @Test
  void mergingRefusesPartsOfOtherSimulationsAndIncompleteResults() {
    List<LossScenario> risks = List.of(lognormalPoisson("a", 0.5, 1_000, 50_000));
    LossSimulation simulation =
        LossSimulation.builder().years(10_000).seed(3).threads(1).chunkYears(4_000).build();
    PartialSimulation first = simulation.runChunks(risks, 0, 1);
    assertThat(first.chunks()).containsExactly(0);
    assertThat(first.isComplete()).isFalse();
    assertRejected(
        first::result,
        "partialSimulation.chunks = '1 of 3': expected every chunk before the result");
    assertRejected(
        () -> first.merge(first),
        "partialSimulation.chunks = 0: expected each chunk in one part only");
    assertThatThrownBy(() -> first.merge(simulation.withSeed(4).runChunks(risks, 1, 2)))
        .hasMessageContaining("expected the same simulation");
    assertRejected(
        () -> first.merge(simulation.runChunks(List.of(lognormalPoisson("b", 1, 1, 2)), 1, 2)),
        "partialSimulation.risks = '1 risks': expected the same portfolio of 1 risks");
    assertRejected(
        () -> simulation.runChunks(risks, 2, 4),
        "chunks = '2..4': expected a range of chunks within 0..3");
    assertRejected(
        () -> simulation.run(List.of()), "risks = []: expected at least one loss scenario");
  }
}
