package dev.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FindingLocatorTest {

  @Test
  void nowherePlacesNoFinding() {
    Finding finding =
        Finding.builder()
            .code("RACI-001")
            .severity(Severity.ERROR)
            .subject(Subject.builder().activity("a1").build())
            .message("No one is Accountable")
            .build();
    assertThat(FindingLocator.NOWHERE.locate(finding)).isEmpty();
  }
}
