package dev.governance.rules.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.governance.core.GovernanceValidationException;
import dev.governance.rules.Explanation;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IncidentStatisticsTest {

  private static final Instant MARCH_1 = Instant.parse("2025-03-01T00:00:00Z");
  private static final Instant MARCH_29 = Instant.parse("2025-03-29T00:00:00Z");

  private static Incident incident(String id, String opened, String acknowledged, String resolved) {
    Incident.Builder b = Incident.builder().id(id).openedAt(Instant.parse(opened));
    if (acknowledged != null) {
      b.acknowledgedAt(Instant.parse(acknowledged));
    }
    if (resolved != null) {
      b.resolvedAt(Instant.parse(resolved));
    }
    return b.build();
  }

  /**
   * Four weeks of March 2025: four incidents inside, one just before and one at the (exclusive)
   * end.
   */
  static IncidentStatistics march() {
    return IncidentStatistics.builder()
        .windowStart(MARCH_1)
        .windowEnd(MARCH_29)
        .addIncidents(
            incident(
                "INC-0", "2025-02-28T23:00:00Z", "2025-02-28T23:01:00Z", "2025-03-01T01:00:00Z"),
            incident(
                "INC-1",
                "2025-03-02T10:00:00Z",
                "2025-03-02T10:05:00Z",
                "2025-03-02T11:00:00Z"), // 5 min, 1 h
            incident(
                "INC-2",
                "2025-03-10T08:00:00Z",
                "2025-03-10T08:15:00Z",
                "2025-03-10T10:00:00Z"), // 15 min, 2 h
            incident("INC-3", "2025-03-20T12:00:00Z", "2025-03-20T12:01:00Z", null), // 1 min, open
            incident("INC-4", "2025-03-28T23:00:00Z", null, null), // not yet acknowledged
            incident("INC-5", "2025-03-29T00:00:00Z", null, null))
        .build();
  }

  @Test
  void countsTheIncidentsOpenedInTheWindow() {
    assertThat(march().inWindow())
        .extracting(Incident::id)
        .containsExactly("INC-1", "INC-2", "INC-3", "INC-4");
    Explanation perWeek = march().frequency(Duration.ofDays(7));
    assertThat(perWeek.result()).isEqualTo(1.0);
    assertThat(perWeek.formula()).isEqualTo("incidents / (window / unit) = 4 / 4");
    assertThat(perWeek.quantity()).isEqualTo("incidents per 7 days");
    assertThat(march().frequency(Duration.ofHours(1)).quantity()).isEqualTo("incidents per 1 hour");
    assertThat(march().frequency(Duration.ofSeconds(90)).quantity())
        .isEqualTo("incidents per 90 seconds");
    assertThat(march().frequency(Duration.ofMillis(1500)).quantity())
        .isEqualTo("incidents per PT1.5S");
    assertThat(march().frequency(Duration.ofDays(1)).result()).isCloseTo(4 / 28.0, within(1e-15));
  }

  @Test
  void meanTimesToAcknowledgeAndResolve() {
    Explanation mtta = march().meanTimeToAcknowledge().orElseThrow();
    assertThat(mtta.result()).isEqualTo(420); // (300 + 900 + 60) / 3 seconds
    assertThat(mtta.inputs())
        .containsEntry("incidents acknowledged", 3.0)
        .containsEntry("incidents not acknowledged", 1.0);
    Explanation mttr = march().meanTimeToResolve().orElseThrow();
    assertThat(mttr.result()).isEqualTo(5400); // (3600 + 7200) / 2 seconds
    assertThat(mttr.formula())
        .isEqualTo("sum(resolved - opened) / incidents resolved = 10800 s / 2");
    assertThat(mttr.inputs()).containsEntry("incidents not resolved", 2.0);
  }

  @Test
  void quietWindowsHaveNoMeanTimes() {
    IncidentStatistics quiet =
        IncidentStatistics.builder().windowStart(MARCH_1).windowEnd(MARCH_29).build();
    assertThat(quiet.meanTimeToAcknowledge()).isEmpty();
    assertThat(quiet.meanTimeToResolve()).isEmpty();
    assertThat(quiet.frequency(Duration.ofDays(7)).result()).isZero();
  }

  @Test
  void meanTimeToResolveLiesBetweenTheFastestAndSlowest() {
    qt().forAll(lists().of(integers().between(0, 100_000)).ofSizeBetween(1, 30))
        .checkAssert(
            minutes -> {
              IncidentStatistics.Builder b =
                  IncidentStatistics.builder().windowStart(MARCH_1).windowEnd(MARCH_29);
              for (int i = 0; i < minutes.size(); i++) {
                Instant opened = MARCH_1.plus(Duration.ofHours(i));
                b.addIncidents(
                    Incident.builder()
                        .id("INC-" + i)
                        .openedAt(opened)
                        .resolvedAt(opened.plus(Duration.ofMinutes(minutes.get(i))))
                        .build());
              }
              double mttr = b.build().meanTimeToResolve().orElseThrow().result();
              assertThat(mttr)
                  .isBetween(
                      60.0 * minutes.stream().mapToInt(m -> m).min().orElseThrow(),
                      60.0 * minutes.stream().mapToInt(m -> m).max().orElseThrow());
            });
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(
            () -> IncidentStatistics.builder().windowStart(MARCH_29).windowEnd(MARCH_1).build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: windowEnd = 2025-03-01T00:00:00Z: expected an instant after"
                + " windowStart 2025-03-29T00:00:00Z");
    assertThatThrownBy(() -> march().frequency(Duration.ZERO))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: unit = PT0S: expected a positive duration");
  }
}
