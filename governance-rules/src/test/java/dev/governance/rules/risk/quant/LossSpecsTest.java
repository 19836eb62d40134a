package dev.governance.rules.risk.quant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.governance.core.risk.LossSpec;
import dev.governance.core.risk.RiskScenario;
import org.junit.jupiter.api.Test;

class LossSpecsTest {

  private static LossSpec frequency(String text) {
    return LossSpec.frequency(text, "frequency");
  }

  private static LossSpec magnitude(String text) {
    return LossSpec.magnitude(text, "magnitude");
  }

  @Test
  void poissonIsThePoissonFrequency() {
    Frequency mapped = LossSpecs.frequency(frequency("poisson:2.5"));
    Frequency direct = Frequency.poisson(2.5);
    assertThat(mapped.mean()).isEqualTo(2.5);
    assertThat(mapped).hasToString(direct.toString());
    for (double u : new double[] {0, 0.05, 0.3, 0.5, 0.8, 0.99, 0.999999}) {
      assertThat(mapped.count(u)).as("count at %s", u).isEqualTo(direct.count(u));
    }
  }

  @Test
  void probabilityIsTheAnnualProbability() {
    Frequency mapped = LossSpecs.frequency(frequency("probability:0.1"));
    assertThat(mapped).isEqualTo(Frequency.annualProbability(0.1));
    assertThat(mapped.mean()).isEqualTo(0.1);
  }

  @Test
  void lognormal90IsTheLognormalOfThatNinetyPercentInterval() {
    Distribution mapped = LossSpecs.magnitude(magnitude("lognormal90:10000,200000"));
    Distribution direct = Distribution.lognormal90(10_000, 200_000);
    assertThat(mapped).isEqualTo(direct);
    assertThat(mapped.mean()).isEqualTo(direct.mean());
    assertThat(mapped.minimum()).isZero();
    // the 5th and 95th percentiles are the interval's ends: exp(mu -/+ 1.6449 sigma)
    Lognormal lognormal = (Lognormal) mapped;
    assertThat(Math.exp(lognormal.mu() - Lognormal.Z_95 * lognormal.sigma()))
        .isCloseTo(10_000, within(1e-6));
    assertThat(Math.exp(lognormal.mu() + Lognormal.Z_95 * lognormal.sigma()))
        .isCloseTo(200_000, within(1e-4));
  }

  @Test
  void pertIsTheClassicPert() {
    Distribution mapped = LossSpecs.magnitude(magnitude("pert:100000,600000,5000000"));
    assertThat(mapped).isEqualTo(Distribution.pert(100_000, 600_000, 5_000_000));
    assertThat(mapped.minimum()).isEqualTo(100_000);
    assertThat(mapped.mean()).isEqualTo((100_000 + 4 * 600_000 + 5_000_000) / 6.0);
  }

  @Test
  void aFrequencyIsNotAMagnitudeNorTheOtherWayRound() {
    assertThatThrownBy(() -> LossSpecs.magnitude(frequency("poisson:2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("poisson:2 is a frequency, not a magnitude");
    assertThatThrownBy(() -> LossSpecs.magnitude(frequency("probability:0.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("probability:0.5 is a frequency, not a magnitude");
    assertThatThrownBy(() -> LossSpecs.frequency(magnitude("lognormal90:1,10")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lognormal90:1,10 is a magnitude, not a frequency");
    assertThatThrownBy(() -> LossSpecs.frequency(magnitude("pert:1,2,3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pert:1,2,3 is a magnitude, not a frequency");
  }

  @Test
  void aModelsScenarioKeepsItsIdAndMapsBothSpecs() {
    RiskScenario ransomware =
        RiskScenario.builder()
            .id("ransomware")
            .risk("R-7")
            .frequency("probability:0.1")
            .magnitude("pert:100000,600000,5000000")
            .addControls("backups")
            .build();
    LossScenario scenario = LossSpecs.scenario(ransomware);
    assertThat(scenario.id()).isEqualTo("ransomware");
    assertThat(scenario.lossEventFrequency()).contains(Frequency.annualProbability(0.1));
    assertThat(scenario.primaryLoss()).isEqualTo(Distribution.pert(100_000, 600_000, 5_000_000));
    assertThat(scenario.threatEventFrequency()).isEmpty();
    assertThat(scenario.secondaryLoss()).isEmpty();
    LossScenario outage =
        LossSpecs.scenario(
            RiskScenario.builder()
                .id("outage")
                .risk("R-1")
                .frequency("poisson:2")
                .magnitude("lognormal90:10000,200000")
                .build());
    assertThat(outage.id()).isEqualTo("outage");
    assertThat(outage.lossEventFrequency().orElseThrow().mean()).isEqualTo(2);
    assertThat(outage.primaryLoss()).isEqualTo(Distribution.lognormal90(10_000, 200_000));
  }
}
