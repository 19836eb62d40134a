package dev.governance.core.service;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutageRecordTest {

  private static final Instant DOWN = Instant.parse("2025-01-10T08:00:00Z");
  private static final Instant UP = Instant.parse("2025-01-10T09:30:00Z");

  static OutageRecord.Builder outage() {
    return OutageRecord.builder().id("out-1").system("commerce").start(DOWN).end(UP);
  }

  @Test
  void isUnplannedWithoutADescriptionByDefault() {
    OutageRecord o = outage().build();
    assertThat(o.id()).isEqualTo("out-1");
    assertThat(o.system()).isEqualTo("commerce");
    assertThat(o.start()).isEqualTo(DOWN);
    assertThat(o.end()).isEqualTo(UP);
    assertThat(o.planned()).isFalse();
    assertThat(o.description()).isEmpty();
  }

  @Test
  void holdsMaintenanceAndADescription() {
    OutageRecord o = outage().planned(true).description("Database upgrade").build();
    assertThat(o.planned()).isTrue();
    assertThat(o.description()).contains("Database upgrade");
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(outage().build(), outage().planned(false).build())
        .addEqualityGroup(outage().planned(true).build())
        .addEqualityGroup(outage().description("x").build())
        .addEqualityGroup(outage().build().withId("out-2"))
        .testEquals();
  }

  @Test
  void rejectsAnEndNotAfterItsStart() {
    rejects(
        () -> outage().build().withEnd(DOWN),
        "Invalid governance data: end = 2025-01-10T08:00:00Z: expected an instant after start"
            + " 2025-01-10T08:00:00Z");
    rejects(
        () -> outage().build().withEnd(DOWN.minusSeconds(1)),
        "Invalid governance data: end = 2025-01-10T07:59:59Z: expected an instant after start"
            + " 2025-01-10T08:00:00Z");
  }

  @Test
  void rejectsBadIdsAndABlankDescription() {
    rejects(
        () -> outage().build().withId("out 1"),
        "Invalid governance data: id = 'out 1': expected an id of 1 to 128 letters, digits or . _"
            + " : / + - starting with a letter or digit");
    rejects(
        () -> outage().build().withSystem(""),
        "Invalid governance data: system = '': expected an id of 1 to 128 letters, digits or . _ :"
            + " / + - starting with a letter or digit");
    rejects(
        () -> outage().description(" ").build(),
        "Invalid governance data: description = ' ': expected a non-blank text");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicInstanceMethods(OutageRecord.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(outage().build());
  }
}
