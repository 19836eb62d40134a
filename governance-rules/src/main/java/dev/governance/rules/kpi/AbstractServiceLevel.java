package dev.governance.rules.kpi;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.rules.kpi.Numbers.plain;
import static dev.governance.rules.kpi.Numbers.seconds;

import com.google.common.collect.ImmutableList;
import dev.governance.rules.Explanation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A service's availability and reliability over a window, from its outage intervals (Google SRE
 * book, chapter 4 "Service Level Objectives"; ITIL 4 availability management): outages are clipped
 * to the window and overlapping or touching ones merged before counting; planned maintenance is
 * taken out of both the downtime and the time the service was due.
 *
 * <p>With n merged unplanned outages: availability = up / due, MTTR = down / n, MTBF = up / n, so
 * that availability = MTBF / (MTBF + MTTR).
 */
@Value.Immutable
abstract class AbstractServiceLevel {

  /** Returns the start of the window. */
  public abstract Instant windowStart();

  /** Returns the end of the window; after its start. */
  public abstract Instant windowEnd();

  /** Returns the outages and maintenance intervals, in any order, possibly overlapping. */
  public abstract ImmutableList<Outage> outages();

  /** Returns the planned maintenance inside the window, clipped and merged, in time order. */
  @Value.Lazy
  public ImmutableList<Outage> mergedMaintenance() {
    return ImmutableList.copyOf(merge(outages().stream().filter(Outage::planned).toList()));
  }

  /**
   * Returns the unplanned outages inside the window, clipped, merged and with maintenance taken
   * out, in time order.
   */
  @Value.Lazy
  public ImmutableList<Outage> mergedOutages() {
    List<Outage> result = new ArrayList<>();
    for (Outage outage : merge(outages().stream().filter(o -> !o.planned()).toList())) {
      result.addAll(subtract(outage, mergedMaintenance()));
    }
    return ImmutableList.copyOf(result);
  }

  /** Returns the time the service was due: the window less planned maintenance. */
  public Duration dueTime() {
    Duration maintenance =
        mergedMaintenance().stream().map(Outage::duration).reduce(Duration.ZERO, Duration::plus);
    return Duration.between(windowStart(), windowEnd()).minus(maintenance);
  }

  /** Returns the unplanned downtime inside the window. */
  public Duration downtime() {
    return mergedOutages().stream().map(Outage::duration).reduce(Duration.ZERO, Duration::plus);
  }

  /**
   * Returns the availability, up time over due time, from 0 to 1; empty if the whole window was
   * maintenance.
   */
  public Optional<Explanation> availability() {
    double due = seconds(dueTime());
    if (due == 0) {
      return Optional.empty();
    }
    double down = seconds(downtime());
    return Optional.of(
        Explanation.builder()
            .quantity("availability")
            .result((due - down) / due)
            .formula(
                "(due - down) / due = ("
                    + plain(due)
                    + " s - "
                    + plain(down)
                    + " s) / "
                    + plain(due)
                    + " s")
            .putInputs("due seconds", due)
            .putInputs("down seconds", down)
            .build());
  }

  /** Returns the mean time to restore, downtime / outages, in seconds; empty without outages. */
  public Optional<Explanation> meanTimeToRestore() {
    int n = mergedOutages().size();
    double down = seconds(downtime());
    return n == 0
        ? Optional.empty()
        : Optional.of(
            Explanation.of(
                "MTTR seconds", down / n, "down / outages = " + plain(down) + " / " + n));
  }

  /**
   * Returns the mean time between failures, up time / outages, in seconds; empty without outages.
   */
  public Optional<Explanation> meanTimeBetweenFailures() {
    int n = mergedOutages().size();
    double up = seconds(dueTime()) - seconds(downtime());
    return n == 0
        ? Optional.empty()
        : Optional.of(
            Explanation.of(
                "MTBF seconds", up / n, "(due - down) / outages = " + plain(up) + " / " + n));
  }

  private List<Outage> merge(List<Outage> intervals) {
    List<Outage> clipped = new ArrayList<>();
    for (Outage o : intervals) {
      Instant start = o.start().isBefore(windowStart()) ? windowStart() : o.start();
      Instant end = o.end().isAfter(windowEnd()) ? windowEnd() : o.end();
      if (end.isAfter(start)) {
        clipped.add(Outage.builder().start(start).end(end).planned(o.planned()).build());
      }
    }
    clipped.sort(Comparator.comparing(Outage::start));
    List<Outage> merged = new ArrayList<>();
    for (Outage o : clipped) {
      Outage last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && !o.start().isAfter(last.end())) {
        if (o.end().isAfter(last.end())) {
          merged.set(
              merged.size() - 1,
              Outage.builder().start(last.start()).end(o.end()).planned(o.planned()).build());
        }
      } else {
        merged.add(o);
      }
    }
    return merged;
  }

  private static List<Outage> subtract(Outage outage, List<Outage> maintenance) {
    List<Outage> pieces = new ArrayList<>(List.of(outage));
    for (Outage m : maintenance) {
      List<Outage> next = new ArrayList<>();
      for (Outage piece : pieces) {
        if (!m.end().isAfter(piece.start()) || !m.start().isBefore(piece.end())) {
          next.add(piece);
          continue;
        }
        if (m.start().isAfter(piece.start())) {
          next.add(Outage.of(piece.start(), m.start()));
        }
        if (m.end().isBefore(piece.end())) {
          next.add(Outage.of(m.end(), piece.end()));
        }
      }
      pieces = next;
    }
    return pieces;
  }

  @Value.Check
  protected void validate() {
    check(
        windowEnd().isAfter(windowStart()),
        "windowEnd",
        windowEnd(),
        "an instant after windowStart " + windowStart());
  }
}
