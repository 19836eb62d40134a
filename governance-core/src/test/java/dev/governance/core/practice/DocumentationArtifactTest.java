package dev.governance.core.practice;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class DocumentationArtifactTest {

  static DocumentationArtifact.Builder runbook() {
    return DocumentationArtifact.builder()
        .id("commerce-runbook")
        .system("commerce")
        .kind("runbook")
        .owner("cy");
  }

  @Test
  void isReviewedEverySixMonthsByDefault() {
    assertThat(runbook().lastReviewed(LocalDate.of(2025, 1, 31)).build().nextReview())
        .contains(LocalDate.of(2025, 7, 31));
    assertThat(runbook().build().nextReview()).isEmpty();
  }

  @Test
  void rejectsANonPositiveCadenceAndABadKind() {
    rejects(
        () -> runbook().reviewEvery(Period.ZERO).build(),
        "Invalid governance data: reviewEvery = P0D: expected a positive period such as P6M");
    rejects(
        () ->
            DocumentationArtifact.builder()
                .id("d")
                .system("s")
                .kind("run book")
                .owner("cy")
                .build(),
        "Invalid governance data: kind = 'run book': expected an id of 1 to 128 letters, digits or"
            + " . _ : / + - starting with a letter or digit");
  }
}
