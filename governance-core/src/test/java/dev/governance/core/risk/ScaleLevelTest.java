package dev.governance.core.risk;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import org.junit.jupiter.api.Test;

class ScaleLevelTest {

  @Test
  void printsValueAndLabel() {
    assertThat(ScaleLevel.of(4, "High")).hasToString("4 High");
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(ScaleLevel.of(4, "High"), ScaleLevel.of(4, "High"))
        .addEqualityGroup(ScaleLevel.of(5, "High"))
        .addEqualityGroup(ScaleLevel.of(4, "Very High"))
        .testEquals();
  }

  @Test
  void rejectsBlankLabels() {
    rejects(
        () -> ScaleLevel.of(1, ""),
        "Invalid governance data: label = '': expected a non-blank text");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicStaticMethods(ScaleLevel.class);
    ValueContract.nullTester().testAllPublicInstanceMethods(ScaleLevel.builder());
  }
}
