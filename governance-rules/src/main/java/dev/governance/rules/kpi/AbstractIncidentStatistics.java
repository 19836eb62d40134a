package dev.governance.rules.kpi;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.rules.kpi.Numbers.plain;
import static dev.governance.rules.kpi.Numbers.seconds;

import com.google.common.collect.ImmutableList;
import dev.governance.rules.Explanation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * Incident metrics over a window, from incident records: how often incidents happen, and how
 * quickly they are acknowledged and resolved. The window holds the incidents opened in it, from its
 * start inclusive to its end exclusive; incidents opened outside it are left out.
 *
 * <ul>
 *   <li>incident frequency = incidents opened / (window / unit), such as incidents per week;
 *   <li>MTTA, mean time to acknowledge = the mean of acknowledged - opened over the incidents
 *       acknowledged;
 *   <li>MTTR, mean time to resolve = the mean of resolved - opened over the incidents resolved.
 * </ul>
 *
 * <p>These are the definitions of ITIL 4's incident management practice and of the incident metrics
 * of Atlassian's and PagerDuty's incident-response guides. (The MTTR of {@link ServiceLevel} is the
 * mean time to <em>restore</em>, from outage intervals.) Each result explains itself and says how
 * many incidents it covers.
 */
@Value.Immutable
abstract class AbstractIncidentStatistics {

  /** Returns the start of the window, inclusive. */
  public abstract Instant windowStart();

  /** Returns the end of the window, exclusive; after its start. */
  public abstract Instant windowEnd();

  /** Returns the incident records, in any order; those opened outside the window are left out. */
  public abstract ImmutableList<Incident> incidents();

  /** Returns the incidents opened in the window, in the order given. */
  @Value.Lazy
  public ImmutableList<Incident> inWindow() {
    return incidents().stream()
        .filter(i -> !i.openedAt().isBefore(windowStart()) && i.openedAt().isBefore(windowEnd()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the incident frequency: incidents opened in the window per {@code unit} of time.
   *
   * @param unit the unit of time, such as {@code Duration.ofDays(7)} for incidents per week;
   *     positive
   * @return the frequency, explained
   * @throws dev.governance.core.GovernanceValidationException if the unit is not positive
   */
  public Explanation frequency(Duration unit) {
    check(unit.compareTo(Duration.ZERO) > 0, "unit", unit, "a positive duration");
    double windows = seconds(Duration.between(windowStart(), windowEnd())) / seconds(unit);
    int n = inWindow().size();
    return Explanation.builder()
        .quantity("incidents per " + describe(unit))
        .result(n / windows)
        .formula("incidents / (window / unit) = " + n + " / " + plain(windows))
        .putInputs("incidents", n)
        .build();
  }

  /**
   * Returns the mean time to acknowledge, in seconds, over the incidents acknowledged; empty if
   * none was.
   */
  public Optional<Explanation> meanTimeToAcknowledge() {
    return mean("MTTA seconds", "acknowledged", Incident::acknowledgedAt);
  }

  /**
   * Returns the mean time to resolve, in seconds, over the incidents resolved; empty if none was.
   */
  public Optional<Explanation> meanTimeToResolve() {
    return mean("MTTR (resolve) seconds", "resolved", Incident::resolvedAt);
  }

  private Optional<Explanation> mean(
      String quantity, String event, Function<Incident, Optional<Instant>> when) {
    List<Duration> done =
        inWindow().stream()
            .filter(i -> when.apply(i).isPresent())
            .map(i -> Duration.between(i.openedAt(), when.apply(i).orElseThrow()))
            .toList();
    return MeanTime.of(quantity, event, done, "s", Numbers::seconds)
        .map(e -> e.putInputs("incidents not " + event, inWindow().size() - done.size()).build());
  }

  /** Returns a unit of time as people say it: "7 days", "1 hour", "90 seconds". */
  private static String describe(Duration unit) {
    long seconds = unit.getSeconds();
    if (unit.getNano() != 0) {
      return unit.toString();
    }
    long[] sizes = {86_400, 3_600, 60, 1};
    String[] names = {"day", "hour", "minute", "second"};
    int i = 0;
    while (seconds % sizes[i] != 0) {
      i++;
    }
    long count = seconds / sizes[i];
    return count + " " + names[i] + (count == 1 ? "" : "s");
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
