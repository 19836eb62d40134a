package dev.governance.core.risk;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AcceptanceTest {

  private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
  private static final LocalDate JUN_30 = LocalDate.of(2025, 6, 30);

  @Test
  void holdsOnItsFirstAndLastDayOnly() {
    Acceptance a = Acceptance.of("ana", JAN_1, JUN_30);
    assertThat(a.isValidOn(JAN_1)).isTrue();
    assertThat(a.isValidOn(JUN_30)).isTrue();
    assertThat(a.isValidOn(JAN_1.minusDays(1))).isFalse();
    assertThat(a.isValidOn(JUN_30.plusDays(1))).isFalse();
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(Acceptance.of("ana", JAN_1, JUN_30), Acceptance.of("ana", JAN_1, JUN_30))
        .addEqualityGroup(Acceptance.of("bo", JAN_1, JUN_30))
        .addEqualityGroup(Acceptance.of("ana", JAN_1, JAN_1))
        .testEquals();
  }

  @Test
  void rejectsAnEndBeforeTheStart() {
    rejects(
        () -> Acceptance.of("ana", JUN_30, JAN_1),
        "Invalid governance data: validUntil = 2025-01-01: expected a date on or after acceptedOn"
            + " 2025-06-30");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicStaticMethods(Acceptance.class);
    ValueContract.nullTester().testAllPublicInstanceMethods(Acceptance.of("ana", JAN_1, JUN_30));
  }
}
