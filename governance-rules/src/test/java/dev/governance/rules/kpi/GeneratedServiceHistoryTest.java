package dev.governance.rules.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.governance.core.model.GovernanceModel;
import dev.governance.core.portfolio.Criticality;
import dev.governance.core.portfolio.InformationSystem;
import dev.governance.core.service.OutageRecord;
import dev.governance.testkit.ServiceHistory;
import dev.governance.testkit.ServiceHistoryGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Issue 24: the availability, downtime, planned maintenance and MTBF that {@link ServiceRecords}
 * computes from the testkit's outages (overlapping, back to back, across month boundaries, planned
 * maintenance) equal a naive sweep over every instant an outage starts or ends, written here: a
 * stretch between two such instants is down when an unplanned outage covers it and no maintenance
 * does.
 */
class GeneratedServiceHistoryTest {

  private static final int TRIES = 500;

  @Test
  void serviceKpisEqualANaiveSweepOverTheOutages() {
    SplittableRandom random = new SplittableRandom(4);
    for (int i = 0; i < TRIES; i++) {
      ServiceHistory history = ServiceHistoryGenerator.of("web").generate(random);
      ServiceRecords records = ServiceRecords.of(model(history));
      List<LocalDate[]> windows = new ArrayList<>();
      windows.add(new LocalDate[] {history.firstDay(), history.lastDay()});
      for (int m = 0; m < history.months(); m++) {
        LocalDate first = history.first().plusMonths(m).atDay(1);
        windows.add(new LocalDate[] {first, first.plusMonths(1).minusDays(1)});
      }
      LocalDate from = history.firstDay().plusDays(random.nextInt(0, 28));
      windows.add(new LocalDate[] {from, from.plusDays(random.nextInt(0, 40))});
      for (LocalDate[] window : windows) {
        check(history, records, window[0], window[1]);
      }
    }
  }

  private static void check(
      ServiceHistory history, ServiceRecords records, LocalDate from, LocalDate to) {
    Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Sweep sweep = Sweep.of(history.outages(), start, end);
    double windowMinutes = (end.getEpochSecond() - start.getEpochSecond()) / 60.0;
    SystemMetrics metrics = records.window("web", from, to);
    String at = history.outages() + " over " + from + ".." + to;

    assertThat(metrics.downtimeMinutes()).as(at).isCloseTo(sweep.downSeconds / 60.0, within(1e-9));
    assertThat(metrics.plannedDowntimeMinutes())
        .as(at)
        .isCloseTo(sweep.plannedSeconds / 60.0, within(1e-9));
    assertThat(metrics.availability().result())
        .as(at)
        .isCloseTo((1 - sweep.downSeconds / 60.0 / windowMinutes) * 100, within(1e-9));
    long failures = failuresStartedIn(history.outages(), start, end);
    if (failures == 0) {
      assertThat(metrics.mtbfHours()).as(at).isEmpty();
    } else {
      assertThat(metrics.mtbfHours().orElseThrow().result())
          .as(at)
          .isCloseTo((windowMinutes - sweep.downSeconds / 60.0) / failures / 60, within(1e-9));
    }
  }

  private static GovernanceModel model(ServiceHistory history) {
    return GovernanceModel.builder()
        .name("generated service history")
        .addSystems(
            InformationSystem.builder()
                .id(history.system())
                .name("Web shop")
                .criticality(Criticality.HIGH)
                .build())
        .addAllOutages(history.outages())
        .addAllIncidents(history.incidents())
        .addAllServiceCounts(history.serviceCounts())
        .build();
  }

  /**
   * The unplanned outages grouped where they overlap or touch (a group ends when the next outage
   * starts after every earlier one has ended), counted by the group's start within the window.
   */
  private static long failuresStartedIn(List<OutageRecord> outages, Instant start, Instant end) {
    List<OutageRecord> unplanned =
        outages.stream()
            .filter(o -> !o.planned())
            .sorted(Comparator.comparing(OutageRecord::start))
            .toList();
    long started = 0;
    Instant groupEnd = Instant.MIN;
    for (OutageRecord o : unplanned) {
      if (o.start().isAfter(groupEnd)) {
        started += !o.start().isBefore(start) && o.start().isBefore(end) ? 1 : 0;
      }
      groupEnd = o.end().isAfter(groupEnd) ? o.end() : groupEnd;
    }
    return started;
  }

  /** Seconds down and in maintenance, summed over the stretches between outage boundaries. */
  private record Sweep(double downSeconds, double plannedSeconds) {

    static Sweep of(List<OutageRecord> outages, Instant start, Instant end) {
      TreeSet<Instant> cuts = new TreeSet<>(List.of(start, end));
      for (OutageRecord o : outages) {
        for (Instant t : List.of(o.start(), o.end())) {
          if (t.isAfter(start) && t.isBefore(end)) {
            cuts.add(t);
          }
        }
      }
      double down = 0;
      double planned = 0;
      Instant from = cuts.first();
      for (Instant to : cuts.tailSet(from, false)) {
        Instant a = from;
        Instant b = to;
        boolean failing = outages.stream().anyMatch(o -> !o.planned() && covers(o, a, b));
        boolean maintained = outages.stream().anyMatch(o -> o.planned() && covers(o, a, b));
        double seconds = (b.toEpochMilli() - a.toEpochMilli()) / 1000.0;
        down += failing && !maintained ? seconds : 0;
        planned += maintained ? seconds : 0;
        from = to;
      }
      return new Sweep(down, planned);
    }

    private static boolean covers(OutageRecord o, Instant a, Instant b) {
      return !o.start().isAfter(a) && !o.end().isBefore(b);
    }
  }
}
