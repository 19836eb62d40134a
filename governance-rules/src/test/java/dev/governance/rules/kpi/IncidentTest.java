package dev.governance.rules.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IncidentTest {

  private static final Instant OPENED = Instant.parse("2025-03-02T10:00:00Z");

  @Test
  void mayBeOpenUnacknowledgedAndUnresolved() {
    Incident open = Incident.builder().id("INC-1").openedAt(OPENED).build();
    assertThat(open.acknowledgedAt()).isEmpty();
    assertThat(open.resolvedAt()).isEmpty();
    assertThat(open.withResolvedAt(OPENED).resolvedAt()).contains(OPENED);
  }

  @Test
  void rejectsATimelineOutOfOrder() {
    assertThatThrownBy(
            () ->
                Incident.builder()
                    .id("INC-1")
                    .openedAt(OPENED)
                    .acknowledgedAt(OPENED.minusSeconds(1))
                    .build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: acknowledgedAt = 2025-03-02T09:59:59Z: expected an instant"
                + " not before openedAt 2025-03-02T10:00:00Z");
    assertThatThrownBy(
            () ->
                Incident.builder()
                    .id("INC-1")
                    .openedAt(OPENED)
                    .resolvedAt(OPENED.minusSeconds(60))
                    .build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: resolvedAt = 2025-03-02T09:59:00Z: expected an instant not"
                + " before openedAt 2025-03-02T10:00:00Z");
    assertThatThrownBy(
            () ->
                Incident.builder()
                    .id("INC-1")
                    .openedAt(OPENED)
                    .acknowledgedAt(OPENED.plusSeconds(120))
                    .resolvedAt(OPENED.plusSeconds(60))
                    .build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: acknowledgedAt = 2025-03-02T10:02:00Z: expected an instant"
                + " not after resolvedAt 2025-03-02T10:01:00Z");
    assertThatThrownBy(() -> Incident.builder().id(" ").openedAt(OPENED).build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("id = ' '");
  }
}
