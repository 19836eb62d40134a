package dev.governance.core.risk;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskScenarioTest {

  static RiskScenario.Builder breach() {
    return RiskScenario.builder()
        .id("breach")
        .risk("R-7")
        .frequency("poisson:0.5")
        .magnitude("lognormal90:1e4,2e5")
        .addControls("enc");
  }

  @Test
  void readsItsFrequencyAndMagnitude() {
    RiskScenario s = breach().build();
    assertThat(s.id()).isEqualTo("breach");
    assertThat(s.risk()).isEqualTo("R-7");
    assertThat(s.controls()).containsExactly("enc");
    assertThat(s.frequency()).isEqualTo("poisson:0.5");
    assertThat(s.frequencySpec()).isEqualTo(LossSpec.of(LossSpec.Kind.POISSON, List.of(0.5)));
    assertThat(s.magnitudeSpec())
        .isEqualTo(LossSpec.of(LossSpec.Kind.LOGNORMAL90, List.of(10_000.0, 200_000.0)));
    RiskScenario pert = s.withFrequency("probability:0.1").withMagnitude("pert:0,5e4,1e6");
    assertThat(pert.frequencySpec().kind()).isEqualTo(LossSpec.Kind.PROBABILITY);
    assertThat(pert.magnitudeSpec().parameters()).containsExactly(0.0, 50_000.0, 1_000_000.0);
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(breach().build(), breach().build())
        .addEqualityGroup(breach().build().withFrequency("poisson:1"))
        .addEqualityGroup(breach().build().withControls())
        .testEquals();
  }

  @Test
  void rejectsAFrequencyThatDoesNotReadNamingTheFrequency() {
    rejects(
        () -> breach().build().withFrequency("pert:1,2,3"),
        "Invalid governance data: frequency = 'pert:1,2,3': expected poisson:RATE or"
            + " probability:P");
    rejects(
        () -> breach().build().withFrequency("probability:2"),
        "Invalid governance data: frequency = 'probability:2': expected poisson:RATE or"
            + " probability:P, a probability from 0 to 1");
  }

  @Test
  void rejectsAMagnitudeThatDoesNotReadNamingTheMagnitude() {
    rejects(
        () -> breach().build().withMagnitude("poisson:2"),
        "Invalid governance data: magnitude = 'poisson:2': expected lognormal90:LOW,HIGH or"
            + " pert:MIN,MODE,MAX");
    rejects(
        () -> breach().build().withMagnitude("lognormal90:2e5,1e4"),
        "Invalid governance data: magnitude = 'lognormal90:2e5,1e4': expected lognormal90:LOW,HIGH"
            + " or pert:MIN,MODE,MAX, 0 < LOW < HIGH");
  }

  @Test
  void rejectsBadIdsAndRepeatedControls() {
    rejects(
        () -> breach().build().withControls("enc", "enc"),
        "Invalid governance data: controls[1] = 'enc': expected no repeated entries");
    rejects(
        () -> breach().build().withRisk(""),
        "Invalid governance data: risk = '': expected an id of 1 to 128 letters, digits or . _ : /"
            + " + - starting with a letter or digit");
    rejects(
        () -> breach().build().withId("data breach"),
        "Invalid governance data: id = 'data breach': expected an id of 1 to 128 letters, digits"
            + " or . _ : / + - starting with a letter or digit");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicInstanceMethods(RiskScenario.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(breach().build());
  }
}
