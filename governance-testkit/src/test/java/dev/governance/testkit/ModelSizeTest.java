package dev.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.governance.core.GovernanceValidationException;
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
