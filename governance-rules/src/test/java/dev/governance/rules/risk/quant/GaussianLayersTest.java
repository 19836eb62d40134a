package dev.governance.rules.risk.quant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class GaussianLayersTest {

  /** The JDK's own nextGaussian() on the stream of {@code random}, through a plain generator. */
  private static double jdk(TrialRandom random) {
    RandomGenerator plain = random::nextLong;
    return plain.nextGaussian();
  }

  @Test
  void theStreamsNormalNumbersAreTheJdksBitForBit() {
    assertThat(GaussianLayers.FAST_LAYERS)
        .as("Java 17's ziggurat has 253 fast layers")
        .isEqualTo(253);
    TrialRandom fastStream = new TrialRandom();
    TrialRandom referenceStream = new TrialRandom();
    int slow = 0;
    for (int year = 0; year < 300_000; year++) {
      TrialRandom fast = fastStream.start(5, 1, year);
      TrialRandom reference = referenceStream.start(5, 1, year);
      for (int draw = 0; draw < 3; draw++) {
        long before = reference.state();
        double expected = jdk(reference);
        slow += reference.state() - before == 0x9e3779b97f4a7c15L ? 0 : 1;
        assertThat(Double.doubleToRawLongBits(fast.nextGaussian()))
            .as("year %s draw %s", year, draw)
            .isEqualTo(Double.doubleToRawLongBits(expected));
        assertThat(fast.state()).isEqualTo(reference.state());
      }
    }
    assertThat(slow).as("draws that went past the fast path, to the JDK").isGreaterThan(1_000);
  }
}
