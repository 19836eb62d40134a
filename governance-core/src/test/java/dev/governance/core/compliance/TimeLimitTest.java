package dev.governance.core.compliance;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import org.junit.jupiter.api.Test;

class TimeLimitTest {

  @Test
  void readsAsTheLawStatesIt() {
    assertThat(TimeLimit.of(72, TimeLimitUnit.HOURS)).hasToString("72 hours");
    assertThat(TimeLimit.of(4, TimeLimitUnit.BUSINESS_DAYS)).hasToString("4 business days");
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            TimeLimit.of(72, TimeLimitUnit.HOURS), TimeLimit.of(72, TimeLimitUnit.HOURS))
        .addEqualityGroup(TimeLimit.of(72, TimeLimitUnit.CALENDAR_DAYS))
        .addEqualityGroup(TimeLimit.of(3, TimeLimitUnit.HOURS))
        .testEquals();
  }

  @Test
  void rejectsAmountsBelowOne() {
    rejects(
        () -> TimeLimit.of(0, TimeLimitUnit.HOURS),
        "Invalid governance data: amount = 0: expected an integer >= 1");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicStaticMethods(TimeLimit.class);
    ValueContract.nullTester().testAllPublicInstanceMethods(TimeLimit.builder());
  }
}
