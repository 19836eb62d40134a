package dev.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InvalidCvssVectorTest {

  @Test
  void showsTheVectorItsDefectAndWhatItWasMadeFrom() {
    assertThat(
            new InvalidCvssVector(
                    "CVSS:4.0/AV:Q", "CVSS:4.0/AV:N", CvssDefect.UNKNOWN_VALUE, "AV", "Q")
                .toString())
        .isEqualTo("CVSS:4.0/AV:Q (UNKNOWN_VALUE AV 'Q', from CVSS:4.0/AV:N)");
    assertThat(
            new InvalidCvssVector("AV:N", "CVSS:4.0/AV:N", CvssDefect.MISSING_PREFIX, "", "")
                .toString())
        .isEqualTo("AV:N (MISSING_PREFIX, from CVSS:4.0/AV:N)");
  }

  @Test
  @SuppressWarnings("NullAway")
  void rejectsANullComponent() {
    assertThatThrownBy(() -> new InvalidCvssVector("v", "w", CvssDefect.MISSING_PREFIX, "", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("detail");
  }
}
