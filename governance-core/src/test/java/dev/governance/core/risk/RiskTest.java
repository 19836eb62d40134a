package dev.governance.core.risk;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RiskTest {

  static Risk.Builder privacyLaw() {
    return Risk.builder()
        .id("R-7")
        .title("New data-privacy law")
        .category("privacy")
        .programOwner("ana")
        .systemOwner("cy")
        .identifiedOn(LocalDate.of(2024, 6, 1));
  }

  @Test
  void findsItsAssessmentByStage() {
    RiskAssessment inherent = RiskAssessmentTest.inherent().build();
    Risk risk =
        privacyLaw()
            .addAssessments(inherent)
            .addSystems("crm")
            .addControls("enc")
            .treatment(Treatment.MITIGATE)
            .build();
    assertThat(risk.assessment(AssessmentStage.INHERENT)).contains(inherent);
    assertThat(risk.assessment(AssessmentStage.RESIDUAL)).isEmpty();
    assertThat(risk.treatment()).contains(Treatment.MITIGATE);
  }

  @Test
  void holdsAnOptionalTargetDate() {
    assertThat(privacyLaw().build().targetDate()).isEmpty();
    assertThat(privacyLaw().targetDate(LocalDate.of(2025, 6, 30)).build().targetDate())
        .contains(LocalDate.of(2025, 6, 30));
    assertThat(privacyLaw().build().withTargetDate(LocalDate.of(2025, 6, 30)))
        .isNotEqualTo(privacyLaw().build());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(privacyLaw().build(), privacyLaw().build())
        .addEqualityGroup(privacyLaw().addSystems("crm").build())
        .addEqualityGroup(
            privacyLaw()
                .acceptance(
                    Acceptance.of("ana", LocalDate.of(2024, 7, 1), LocalDate.of(2025, 7, 1)))
                .build())
        .testEquals();
  }

  @Test
  void rejectsBadInput() {
    rejects(
        () ->
            privacyLaw()
                .addAssessments(
                    RiskAssessmentTest.inherent().build(),
                    RiskAssessmentTest.inherent().assessor("cy").build())
                .build(),
        "Invalid governance data: assessments.stage[1] = INHERENT: expected no repeated entries");
    rejects(
        () -> privacyLaw().addProjects("web", "web").build(),
        "Invalid governance data: projects[1] = 'web': expected no repeated entries");
    rejects(
        () -> privacyLaw().lastReviewed(LocalDate.of(2024, 5, 1)).build(),
        "Invalid governance data: lastReviewed = 2024-05-01: expected a date on or after"
            + " identifiedOn 2024-06-01");
    rejects(
        () ->
            Risk.builder()
                .id("R-1")
                .title("T")
                .category("c")
                .programOwner("a")
                .identifiedOn(LocalDate.of(2024, 1, 1))
                .build(),
        "Invalid governance data: systemOwner = <missing>: expected a value (required attribute)");
    rejects(
        () -> privacyLaw().addControls("").build(),
        "Invalid governance data: controls[0] = '': expected an id of 1 to 128 letters, digits or ."
            + " _ : / + - starting with a letter or digit");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicInstanceMethods(Risk.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(privacyLaw().build());
  }
}
