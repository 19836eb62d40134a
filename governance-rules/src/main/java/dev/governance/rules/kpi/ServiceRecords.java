package dev.governance.rules.kpi;

import static dev.governance.rules.kpi.Numbers.plain;
import static dev.governance.rules.kpi.Numbers.seconds;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.portfolio.InformationSystem;
import dev.governance.core.service.IncidentRecord;
import dev.governance.core.service.OutageRecord;
import dev.governance.core.service.ServiceCount;
import dev.governance.core.service.ServiceTargets;
import dev.governance.rules.Explanation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A model's service records (outages, incidents and request counts) indexed by system, to compute
 * each system's {@link SystemMetrics} over any window of days. Days are UTC days: a window from
 * 2025-11-01 to 2025-11-30 runs from 2025-11-01T00:00Z to 2025-12-01T00:00Z.
 *
 * <p>Definitions (Google SRE book, chapter 4; ITIL 4 availability and incident management):
 *
 * <ul>
 *   <li>unplanned downtime: the time in the window covered by unplanned outages and not by planned
 *       maintenance, overlapping outages counted once;
 *   <li>availability = 1 - unplanned downtime / window length;
 *   <li>MTBF = (window length - unplanned downtime) / the unplanned outages that started in the
 *       window, overlapping or touching outages counted as one;
 *   <li>MTTR = the mean of resolved - opened over the incidents resolved in the window; MTTA = the
 *       mean of acknowledged - opened over those acknowledged in it;
 *   <li>error rate = errors / requests over the counts whose period meets the window; the error
 *       budget remaining = 1 - error rate / the system's target error rate.
 * </ul>
 *
 * <p>One instance is immutable and serves any number of threads.
 */
public final class ServiceRecords {

  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  private final Map<String, InformationSystem> systems;
  private final ImmutableListMultimap<String, Outage> outages;
  private final ImmutableListMultimap<String, Outage> failures;
  private final ImmutableListMultimap<String, IncidentRecord> incidents;
  private final ImmutableListMultimap<String, ServiceCount> counts;

  private ServiceRecords(GovernanceModel model) {
    systems =
        model.systems().stream()
            .collect(Collectors.toMap(InformationSystem::id, Function.identity()));
    outages =
        model.outages().stream()
            .collect(
                ImmutableListMultimap.toImmutableListMultimap(
                    OutageRecord::system,
                    o ->
                        Outage.builder()
                            .start(o.start())
                            .end(o.end())
                            .planned(o.planned())
                            .build()));
    ImmutableListMultimap.Builder<String, Outage> merged = ImmutableListMultimap.builder();
    Multimaps.asMap(outages).forEach((system, list) -> merged.putAll(system, failures(list)));
    failures = merged.build();
    incidents =
        model.incidents().stream()
            .collect(
                ImmutableListMultimap.toImmutableListMultimap(
                    IncidentRecord::system, Function.identity()));
    counts =
        model.serviceCounts().stream()
            .collect(
                ImmutableListMultimap.toImmutableListMultimap(
                    ServiceCount::system, Function.identity()));
  }

  /**
   * Returns the records of {@code model}, indexed.
   *
   * @param model the model
   * @return the records
   */
  public static ServiceRecords of(GovernanceModel model) {
    return new ServiceRecords(model);
  }

  /**
   * Returns a system's figures over the days {@code from} to {@code to}, both included.
   *
   * @param system the id of a system of the model
   * @param from the first day
   * @param to the last day; not before {@code from}
   * @return the figures
   * @throws GovernanceValidationException if the system is not in the model or {@code to} is before
   *     {@code from}
   */
  public SystemMetrics window(String system, LocalDate from, LocalDate to) {
    InformationSystem defined = defined(system);
    if (to.isBefore(from)) {
      throw GovernanceValidationException.of("to", to, "a day not before from " + from);
    }
    if (!to.isBefore(LocalDate.MAX)) {
      throw GovernanceValidationException.of("to", to, "a day before " + LocalDate.MAX);
    }
    Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    ServiceLevel level = level(system, start, end);
    double window = minutes(Duration.between(start, end));
    double down = minutes(level.downtime());
    double planned =
        minutes(
            level.mergedMaintenance().stream()
                .map(Outage::duration)
                .reduce(Duration.ZERO, Duration::plus));
    String over = " over " + from + ".." + to;
    Explanation availability =
        Explanation.builder()
            .quantity("availability %")
            .result((1 - down / window) * 100)
            .formula(
                "(1 - down / window) x 100 = (1 - "
                    + plain(down)
                    + " min / "
                    + plain(window)
                    + " min) x 100"
                    + over
                    + ", planned maintenance ("
                    + plain(planned)
                    + " min) excluded")
            .putInputs("down minutes", down)
            .putInputs("window minutes", window)
            .putInputs("planned maintenance minutes", planned)
            .build();
    List<IncidentRecord> records = incidents.get(system);
    Optional<ServiceTargets> targets = defined.serviceTargets();
    Optional<Explanation> errorRate = errorRate(counts.get(system), from, to, over);
    return SystemMetrics.builder()
        .system(system)
        .from(from)
        .to(to)
        .availability(availability)
        .downtimeMinutes(down)
        .plannedDowntimeMinutes(planned)
        .incidents((int) records.stream().filter(i -> within(i.opened(), start, end)).count())
        .mttaMinutes(
            mean("MTTA minutes", "acknowledged", records, IncidentRecord::acknowledged, start, end))
        .mttrMinutes(
            mean("MTTR minutes", "resolved", records, IncidentRecord::resolved, start, end))
        .mtbfHours(mtbf(system, start, end, window, down, over))
        .errorRate(errorRate)
        .errorBudgetRemaining(
            errorRate.flatMap(
                rate -> targets.flatMap(ServiceTargets::errorRate).map(t -> budget(rate, t))))
        .build();
  }

  /**
   * Returns the share of an interval a system was down unplanned, from 0 to 1: the error rate of an
   * availability objective over that interval, as burn-rate alerts take it.
   *
   * @param system the id of a system of the model
   * @param start the interval's start
   * @param end the interval's end; after its start
   * @return unplanned downtime / interval length
   * @throws GovernanceValidationException if the system is not in the model or the interval is
   *     empty
   */
  public double downShare(String system, Instant start, Instant end) {
    defined(system);
    return seconds(level(system, start, end).downtime()) / seconds(Duration.between(start, end));
  }

  /** Returns a system's outages and maintenance over an interval. */
  private ServiceLevel level(String system, Instant start, Instant end) {
    return ServiceLevel.builder()
        .windowStart(start)
        .windowEnd(end)
        .addAllOutages(outages.get(system))
        .build();
  }

  @CanIgnoreReturnValue
  private InformationSystem defined(String system) {
    InformationSystem defined = systems.get(system);
    if (defined == null) {
      throw GovernanceValidationException.of("system", system, "the id of a system of the model");
    }
    return defined;
  }

  private Optional<Explanation> mtbf(
      String system, Instant start, Instant end, double window, double down, String over) {
    long failed = failures.get(system).stream().filter(o -> within(o.start(), start, end)).count();
    if (failed == 0) {
      return Optional.empty();
    }
    double up = window - down;
    return Optional.of(
        Explanation.builder()
            .quantity("MTBF hours")
            .result(up / failed / 60)
            .formula(
                "(window - down) / outages started = ("
                    + plain(window)
                    + " min - "
                    + plain(down)
                    + " min) / "
                    + failed
                    + " / 60"
                    + over)
            .putInputs("outages started", failed)
            .build());
  }

  private static Optional<Explanation> mean(
      String quantity,
      String event,
      List<IncidentRecord> records,
      Function<IncidentRecord, Optional<Instant>> when,
      Instant start,
      Instant end) {
    List<Duration> done =
        records.stream()
            .filter(i -> when.apply(i).map(at -> within(at, start, end)).orElse(false))
            .map(i -> Duration.between(i.opened(), when.apply(i).orElseThrow()))
            .toList();
    return MeanTime.of(quantity, event, done, "min", ServiceRecords::minutes)
        .map(Explanation.Builder::build);
  }

  private static Optional<Explanation> errorRate(
      List<ServiceCount> counts, LocalDate from, LocalDate to, String over) {
    long requests = 0;
    long errors = 0;
    for (ServiceCount c : counts) {
      if (!c.period().start().isAfter(to) && !c.period().end().isBefore(from)) {
        requests = Math.addExact(requests, c.requests());
        errors = Math.addExact(errors, c.errors());
      }
    }
    if (requests == 0) {
      return Optional.empty();
    }
    return Optional.of(
        Explanation.builder()
            .quantity("error rate %")
            .result(100.0 * errors / requests)
            .formula("errors / requests x 100 = " + errors + " / " + requests + " x 100" + over)
            .putInputs("requests", requests)
            .putInputs("errors", errors)
            .build());
  }

  private static Explanation budget(Explanation rate, double target) {
    return Explanation.builder()
        .quantity("error budget remaining %")
        .result((1 - rate.result() / target) * 100)
        .formula(
            "(1 - error rate / allowed error rate) x 100 = (1 - "
                + plain(rate.result())
                + " % / "
                + plain(target)
                + " %) x 100")
        .addChildren(rate)
        .build();
  }

  /**
   * Returns a system's unplanned outages merged where they overlap or touch, unclipped: the
   * failures MTBF counts by their start.
   */
  private static ImmutableList<Outage> failures(List<Outage> outages) {
    List<Outage> unplanned = outages.stream().filter(o -> !o.planned()).toList();
    if (unplanned.isEmpty()) {
      return ImmutableList.of();
    }
    Instant first = unplanned.stream().map(Outage::start).min(Instant::compareTo).orElseThrow();
    Instant last = unplanned.stream().map(Outage::end).max(Instant::compareTo).orElseThrow();
    return ServiceLevel.builder()
        .windowStart(first)
        .windowEnd(last)
        .addAllOutages(unplanned)
        .build()
        .mergedOutages();
  }

  private static boolean within(Instant at, Instant start, Instant end) {
    return !at.isBefore(start) && at.isBefore(end);
  }

  /**
   * Returns a duration in minutes, divided in decimal and rounded to a double once: 1,036.8 s is
   * 17.28 min, where seconds / 60 in doubles rounds twice and gives 17.279999999999998.
   */
  private static double minutes(Duration duration) {
    return BigDecimal.valueOf(duration.getSeconds())
        .add(BigDecimal.valueOf(duration.getNano(), 9))
        .divide(SIXTY, MathContext.DECIMAL128)
        .doubleValue();
  }
}
