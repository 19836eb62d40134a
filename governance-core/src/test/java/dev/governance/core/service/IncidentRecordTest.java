package dev.governance.core.service;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IncidentRecordTest {

  private static final Instant OPENED = Instant.parse("2025-02-03T10:00:00Z");
  private static final Instant ACKNOWLEDGED = Instant.parse("2025-02-03T10:05:00Z");
  private static final Instant RESOLVED = Instant.parse("2025-02-03T12:00:00Z");

  static IncidentRecord.Builder incident() {
    return IncidentRecord.builder()
        .id("INC-1042")
        .system("commerce")
        .severity("SEV1")
        .opened(OPENED);
  }

  @Test
  void mayBeNeitherAcknowledgedNorResolved() {
    IncidentRecord open = incident().build();
    assertThat(open.id()).isEqualTo("INC-1042");
    assertThat(open.system()).isEqualTo("commerce");
    assertThat(open.severity()).isEqualTo("SEV1");
    assertThat(open.opened()).isEqualTo(OPENED);
    assertThat(open.acknowledged()).isEmpty();
    assertThat(open.resolved()).isEmpty();
  }

  @Test
  void holdsWhenItWasAcknowledgedAndResolved() {
    IncidentRecord closed = incident().acknowledged(ACKNOWLEDGED).resolved(RESOLVED).build();
    assertThat(closed.acknowledged()).contains(ACKNOWLEDGED);
    assertThat(closed.resolved()).contains(RESOLVED);
    assertThat(incident().resolved(RESOLVED).build().acknowledged())
        .as("resolved without a recorded acknowledgement")
        .isEmpty();
  }

  @Test
  void acceptsEqualInstants() {
    assertThat(incident().acknowledged(OPENED).resolved(OPENED).build().resolved())
        .contains(OPENED);
    assertThat(incident().acknowledged(RESOLVED).resolved(RESOLVED).build().acknowledged())
        .contains(RESOLVED);
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(incident().build(), incident().build())
        .addEqualityGroup(incident().acknowledged(ACKNOWLEDGED).build())
        .addEqualityGroup(incident().resolved(RESOLVED).build())
        .addEqualityGroup(incident().build().withSeverity("P2"))
        .testEquals();
  }

  @Test
  void rejectsAcknowledgementsAndResolutionsBeforeOpening() {
    rejects(
        () -> incident().acknowledged(OPENED.minusSeconds(60)).build(),
        "Invalid governance data: acknowledged = 2025-02-03T09:59:00Z: expected an instant not"
            + " before opened 2025-02-03T10:00:00Z");
    rejects(
        () -> incident().resolved(OPENED.minusSeconds(60)).build(),
        "Invalid governance data: resolved = 2025-02-03T09:59:00Z: expected an instant not before"
            + " opened 2025-02-03T10:00:00Z");
  }

  @Test
  void rejectsAnAcknowledgementAfterTheResolution() {
    rejects(
        () -> incident().acknowledged(RESOLVED.plusSeconds(1)).resolved(RESOLVED).build(),
        "Invalid governance data: acknowledged = 2025-02-03T12:00:01Z: expected an instant not"
            + " after resolved 2025-02-03T12:00:00Z");
  }

  @Test
  void rejectsASeverityThatIsNotAnIdentifier() {
    rejects(
        () -> incident().build().withSeverity("SEV 1"),
        "Invalid governance data: severity = 'SEV 1': expected an id of 1 to 128 letters, digits"
            + " or . _ : / + - starting with a letter or digit");
    rejects(
        () -> incident().build().withSeverity(""),
        "Invalid governance data: severity = '': expected an id of 1 to 128 letters, digits or . _"
            + " : / + - starting with a letter or digit");
  }

  @Test
  void rejectsBadIds() {
    rejects(
        () -> incident().build().withId("#1042"),
        "Invalid governance data: id = '#1042': expected an id of 1 to 128 letters, digits or . _"
            + " : / + - starting with a letter or digit");
    rejects(
        () -> incident().build().withSystem("-crm"),
        "Invalid governance data: system = '-crm': expected an id of 1 to 128 letters, digits or"
            + " . _ : / + - starting with a letter or digit");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicInstanceMethods(IncidentRecord.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(incident().build());
  }
}
