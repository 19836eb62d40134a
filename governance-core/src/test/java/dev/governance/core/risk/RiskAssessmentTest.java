package dev.governance.core.risk;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RiskAssessmentTest {

  static RiskAssessment.Builder inherent() {
    return RiskAssessment.builder()
        .stage(AssessmentStage.INHERENT)
        .likelihood(4)
        .impact(5)
        .assessedOn(LocalDate.of(2024, 3, 1));
  }

  @Test
  void holdsLevelsAndWho() {
    RiskAssessment a = inherent().assessor("cy").rationale("No encryption at rest").build();
    assertThat(a.likelihood()).isEqualTo(4);
    assertThat(a.assessor()).contains("cy");
    assertThat(AssessmentStage.values())
        .containsExactly(
            AssessmentStage.INHERENT,
            AssessmentStage.CURRENT,
            AssessmentStage.RESIDUAL,
            AssessmentStage.TARGET);
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(inherent().build(), inherent().build())
        .addEqualityGroup(inherent().assessor("cy").build())
        .addEqualityGroup(
            RiskAssessment.builder()
                .stage(AssessmentStage.RESIDUAL)
                .likelihood(4)
                .impact(5)
                .assessedOn(LocalDate.of(2024, 3, 1))
                .build())
        .testEquals();
  }

  @Test
  void rejectsBadInput() {
    rejects(
        () -> inherent().assessor("c y").build(),
        "Invalid governance data: assessor = 'c y': expected an id of 1 to 128 letters, digits or ."
            + " _ : / + - starting with a letter or digit");
    rejects(
        () -> RiskAssessment.builder().stage(AssessmentStage.INHERENT).build(),
        "Invalid governance data, 3 violations:\n"
            + "  - likelihood = <missing>: expected a value (required attribute)\n"
            + "  - impact = <missing>: expected a value (required attribute)\n"
            + "  - assessedOn = <missing>: expected a value (required attribute)");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicInstanceMethods(RiskAssessment.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(inherent().build());
  }
}
