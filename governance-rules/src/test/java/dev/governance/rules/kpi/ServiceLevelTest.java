package dev.governance.rules.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.testing.EqualsTester;
import dev.governance.core.GovernanceValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceLevelTest {

  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  private static final Instant T30 = T0.plus(Duration.ofDays(30));

  private static Instant at(long minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  @Test
  void mergesOverlapsClipsToTheWindowAndExcludesMaintenance() {
    ServiceLevel sl =
        ServiceLevel.builder()
            .windowStart(T0)
            .windowEnd(T30)
            .addOutages(
                Outage.of(at(100), at(130)),
                Outage.of(at(120), at(150)), // overlaps: merged to 100-150
                Outage.of(at(150), at(160)), // touches: merged to 100-160
                Outage.of(T0.minus(Duration.ofMinutes(20)), at(10)), // clipped to 0-10
                Outage.of(at(1000), at(1100)),
                Outage.builder()
                    .start(at(1050))
                    .end(at(1200))
                    .planned(true)
                    .build()) // maintenance cuts 1050-1100
            .build();
    assertThat(sl.mergedOutages())
        .containsExactly(
            Outage.of(T0, at(10)), Outage.of(at(100), at(160)), Outage.of(at(1000), at(1050)));
    assertThat(sl.downtime()).isEqualTo(Duration.ofMinutes(120));
    assertThat(sl.mergedMaintenance())
        .containsExactly(Outage.builder().start(at(1050)).end(at(1200)).planned(true).build());
    assertThat(sl.dueTime()).isEqualTo(Duration.ofDays(30).minusMinutes(150));
  }

  @Test
  void availabilityMatchesMtbfOverMtbfPlusMttr() {
    qt().forAll(lists().of(integers().between(0, 43_000)).ofSizeBetween(2, 20))
        .checkAssert(
            points -> {
              ServiceLevel.Builder b = ServiceLevel.builder().windowStart(T0).windowEnd(T30);
              for (int i = 0; i + 1 < points.size(); i += 2) {
                int a = Math.min(points.get(i), points.get(i + 1));
                int c = Math.max(points.get(i), points.get(i + 1)) + 1;
                b.addOutages(Outage.of(at(a), at(c)));
              }
              ServiceLevel sl = b.build();
              double availability = sl.availability().orElseThrow().result();
              assertThat(availability).isBetween(0.0, 1.0);
              double mtbf = sl.meanTimeBetweenFailures().orElseThrow().result();
              double mttr = sl.meanTimeToRestore().orElseThrow().result();
              assertThat(mtbf / (mtbf + mttr)).isCloseTo(availability, within(1e-12));
            });
  }

  @Test
  void noOutageMeansFullAvailabilityAndNoMeans() {
    ServiceLevel sl = ServiceLevel.builder().windowStart(T0).windowEnd(T30).build();
    assertThat(sl.availability().orElseThrow().result()).isEqualTo(1.0);
    assertThat(sl.meanTimeToRestore()).isEmpty();
    assertThat(sl.meanTimeBetweenFailures()).isEmpty();
    ServiceLevel allMaintenance =
        ServiceLevel.builder()
            .windowStart(T0)
            .windowEnd(at(60))
            .addOutages(Outage.builder().start(T0).end(at(60)).planned(true).build())
            .build();
    assertThat(allMaintenance.availability()).isEmpty();
  }

  @Test
  void worksOutTheDocumentedFigure() {
    // 43.2 minutes down in 30 days is exactly 99.9 %
    ServiceLevel sl =
        ServiceLevel.builder()
            .windowStart(T0)
            .windowEnd(T30)
            .addOutages(Outage.of(at(0), at(0).plus(Duration.ofSeconds(2592))))
            .build();
    assertThat(sl.availability().orElseThrow().result()).isCloseTo(0.999, within(1e-12));
    assertThat(sl.availability().orElseThrow().formula())
        .isEqualTo("(due - down) / due = (2592000 s - 2592 s) / 2592000 s");
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> Outage.of(at(10), at(10)))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: end = 2025-01-01T00:10:00Z: expected an instant after start"
                + " 2025-01-01T00:10:00Z");
    assertThatThrownBy(() -> ServiceLevel.builder().windowStart(T30).windowEnd(T0).build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: windowEnd = 2025-01-01T00:00:00Z: expected an instant after"
                + " windowStart 2025-01-31T00:00:00Z");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Outage.of(T0, T30), Outage.of(T0, T30))
        .addEqualityGroup(Outage.builder().start(T0).end(T30).planned(true).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            ServiceLevel.builder().windowStart(T0).windowEnd(T30).build(),
            ServiceLevel.builder().windowStart(T0).windowEnd(T30).build())
        .addEqualityGroup(
            ServiceLevel.builder()
                .windowStart(T0)
                .windowEnd(T30)
                .addOutages(Outage.of(T0, at(1)))
                .build())
        .testEquals();
    assertThat(List.of(Outage.of(T0, at(90)).duration())).containsExactly(Duration.ofMinutes(90));
  }
}
