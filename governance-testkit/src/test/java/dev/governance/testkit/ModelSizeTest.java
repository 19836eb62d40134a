package dev.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.governance.core.GovernanceValidationException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ModelSizeTest {

  @Test
  void scalesEveryCountButObservations() {
    ModelSize big = ModelSize.scaled(10);
    assertThat(big.people()).isEqualTo(120);
    assertThat(big.risks()).isEqualTo(80);
    assertThat(big.projectsPerProgram()).isEqualTo(3);
    assertThat(big.observationsPerKpi()).isEqualTo(60);
    assertThat(ModelSize.scaled(100).observationsPerKpi()).isEqualTo(120);
    assertThat(big.derivedKpis()).isEqualTo(40);
    assertThat(big.recordMonths()).isEqualTo(6);
  }

  @Test
  void theLeastSizeIsTheSmallestEachCountMayBe() {
    ModelSize least = ModelSize.least();
    assertThat(least.people()).isEqualTo(2);
    assertThat(least.risks()).isZero();
    assertThatThrownBy(() -> ModelSize.copyOf(least).withPeople(1))
        .isInstanceOf(GovernanceValidationException.class);
    assertThatThrownBy(() -> ModelSize.copyOf(least).withKpis(0))
        .isInstanceOf(GovernanceValidationException.class);
    assertThatThrownBy(() -> ModelSize.copyOf(least).withRisks(-1))
        .isInstanceOf(GovernanceValidationException.class);
  }

  @Test
  void sizesUpToAMaximumDrawEveryCountBetweenTheLeastAndThatMaximum() {
    ModelSize max = ModelSize.small();
    ModelSize least = ModelSize.least();
    SplittableRandom random = new SplittableRandom(6);
    for (int i = 0; i < 500; i++) {
      ModelSize size = ModelSize.upTo(max).generate(random);
      assertThat(size.people()).isBetween(least.people(), max.people());
      assertThat(size.programs()).isBetween(least.programs(), max.programs());
      assertThat(size.projectsPerProgram())
          .isBetween(least.projectsPerProgram(), max.projectsPerProgram());
      assertThat(size.risks()).isBetween(least.risks(), max.risks());
      assertThat(size.observationsPerKpi())
          .isBetween(least.observationsPerKpi(), max.observationsPerKpi());
      assertThat(size.derivedKpis()).isBetween(least.derivedKpis(), max.derivedKpis());
    }
    assertThat(ModelSize.upTo(least).generate(random)).isEqualTo(least);
    assertThat(
            ModelSize.upTo(ModelSize.copyOf(least).withRisks(Integer.MAX_VALUE))
                .generate(ChoiceRandom.replaying(new long[] {0, 0, 0, 0, 0, -1L}))
                .risks())
        .isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void aSizeShrinksToTheLeastOfEveryCountThePropertyAllows() {
    ModelSize shrunk =
        Property.forAll(ModelSize.upTo(ModelSize.scaled(3)))
            .withSeed(4)
            .falsify(size -> assertThat(size.systems()).isLessThan(5))
            .orElseThrow()
            .value();
    assertThat(shrunk).isEqualTo(ModelSize.copyOf(ModelSize.least()).withSystems(5));
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(ModelSize.small(), ModelSize.scaled(1), ModelSize.builder().build())
        .addEqualityGroup(ModelSize.builder().risks(0).build())
        .testEquals();
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> ModelSize.builder().people(1).build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: people = 1: expected an integer >= 2");
    assertThatThrownBy(() -> ModelSize.builder().risks(-1).build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: risks = -1: expected an integer >= 0");
    assertThatThrownBy(() -> ModelSize.builder().observationsPerKpi(121).build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: observationsPerKpi = 121: expected an integer from 0 to 120");
    assertThatThrownBy(() -> ModelSize.builder().recordMonths(121).build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: recordMonths = 121: expected an integer from 0 to 120");
    assertThatThrownBy(() -> ModelSize.builder().derivedKpis(-1).build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: derivedKpis = -1: expected an integer >= 0");
    assertThatThrownBy(() -> ModelSize.scaled(0))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: factor = 0: expected an integer >= 1");
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicInstanceMethods(ModelSize.small());
  }
}
