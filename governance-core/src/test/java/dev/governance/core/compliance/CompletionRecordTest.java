package dev.governance.core.compliance;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CompletionRecordTest {

  static CompletionRecord.Builder review() {
    return CompletionRecord.builder()
        .obligation("risk-review")
        .due(LocalDate.of(2025, 2, 3))
        .completedAt(Instant.parse("2025-02-03T09:30:00Z"))
        .completedBy("ana");
  }

  @Test
  void holdsEvidenceAndEvent() {
    CompletionRecord r = review().evidence("MEET-112").event("breach-1").build();
    assertThat(r.evidence()).contains("MEET-112");
    assertThat(r.event()).contains("breach-1");
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(review().build(), review().build())
        .addEqualityGroup(review().evidence("MEET-112").build())
        .testEquals();
  }

  @Test
  void rejectsBadInput() {
    rejects(
        () -> review().evidence("").build(),
        "Invalid governance data: evidence = '': expected a non-blank text");
    rejects(
        () ->
            CompletionRecord.builder()
                .obligation("o")
                .due(LocalDate.of(2025, 1, 1))
                .completedAt(Instant.EPOCH)
                .completedBy("a b")
                .build(),
        "Invalid governance data: completedBy = 'a b': expected an id of 1 to 128 letters, digits"
            + " or . _ : / + - starting with a letter or digit");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicInstanceMethods(CompletionRecord.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(review().build());
  }
}
