package dev.governance.core.compliance;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ComplianceEventTest {

  private static final Instant OCCURRED = Instant.parse("2025-03-28T22:00:00Z");

  static ComplianceEvent.Builder breach() {
    return ComplianceEvent.builder()
        .id("breach-1")
        .kind("personal-data-breach")
        .occurredAt(OCCURRED)
        .becameAwareAt(OCCURRED.plusSeconds(3600))
        .zone(ZoneId.of("Europe/Berlin"));
  }

  @Test
  void holdsWhenItHappenedAndWhenItWasKnown() {
    ComplianceEvent e = breach().addSystems("crm").description("Misconfigured bucket").build();
    assertThat(e.becameAwareAt()).isEqualTo("2025-03-28T23:00:00Z");
    assertThat(e.systems()).containsExactly("crm");
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(breach().build(), breach().build())
        .addEqualityGroup(breach().addSystems("crm").build())
        .addEqualityGroup(
            ComplianceEvent.builder()
                .id("breach-1")
                .kind("personal-data-breach")
                .occurredAt(OCCURRED)
                .becameAwareAt(OCCURRED)
                .zone(ZoneId.of("UTC"))
                .build())
        .testEquals();
  }

  @Test
  void rejectsAwarenessBeforeTheEvent() {
    rejects(
        () ->
            ComplianceEvent.builder()
                .id("e")
                .kind("k")
                .occurredAt(OCCURRED)
                .becameAwareAt(OCCURRED.minusSeconds(1))
                .zone(ZoneId.of("UTC"))
                .build(),
        "Invalid governance data: becameAwareAt = 2025-03-28T21:59:59Z: expected an instant at or"
            + " after occurredAt 2025-03-28T22:00:00Z");
    rejects(
        () -> breach().addSystems("crm", "crm").build(),
        "Invalid governance data: systems[1] = 'crm': expected no repeated entries");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicInstanceMethods(ComplianceEvent.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(breach().build());
  }
}
