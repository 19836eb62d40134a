package dev.governance.core.risk;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import org.junit.jupiter.api.Test;

class RiskAppetiteTest {

  @Test
  void isTheDefaultWithoutCategory() {
    assertThat(RiskAppetite.builder().appetite(6).tolerance(12).build().category()).isEmpty();
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            RiskAppetite.builder().appetite(6).tolerance(12).build(),
            RiskAppetite.builder().appetite(6).tolerance(12).build())
        .addEqualityGroup(
            RiskAppetite.builder().category("privacy").appetite(6).tolerance(12).build())
        .addEqualityGroup(RiskAppetite.builder().appetite(6).tolerance(6).build())
        .testEquals();
  }

  @Test
  void rejectsToleranceBelowAppetiteAndNegativeScores() {
    rejects(
        () -> RiskAppetite.builder().appetite(8).tolerance(6).build(),
        "Invalid governance data: tolerance = 6.0: expected a score >= the appetite 8.0");
    rejects(
        () -> RiskAppetite.builder().appetite(-1).tolerance(6).build(),
        "Invalid governance data: appetite = -1.0: expected a finite number >= 0");
    rejects(
        () -> RiskAppetite.builder().category(" ").appetite(1).tolerance(6).build(),
        "Invalid governance data: category = ' ': expected a non-blank text");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicInstanceMethods(RiskAppetite.builder());
  }
}
