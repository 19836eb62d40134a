package dev.governance.benchmarks.deadline;

import dev.governance.core.compliance.Obligation;
import dev.governance.rules.deadline.ComplianceCalendar;
import dev.governance.rules.deadline.HolidayCalendars;
import dev.governance.rules.deadline.Occurrence;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The three-year compliance calendar of 10,000 scheduled obligations (weekly, fortnightly, monthly
 * and quarterly, a quarter each: about 700,000 occurrences, each moved onto a business day of the
 * US federal calendar, with status, reminders and explanation) on one thread. One operation is the
 * whole calendar.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 1,
    jvmArgs = {"-Xms4g", "-Xmx4g"})
@Threads(1)
public class ComplianceCalendarBenchmark {

  static final String[] RULES = {
    "FREQ=WEEKLY;BYDAY=MO",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR",
    "FREQ=MONTHLY;BYMONTHDAY=1",
    "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1"
  };

  ComplianceCalendar engine;
  List<Obligation> obligations;

  /** Builds the obligations and the engine. */
  @Setup
  public void setUp() {
    engine =
        ComplianceCalendar.builder()
            .calendar(HolidayCalendars.of("US"))
            .zone(ZoneId.of("America/New_York"))
            .scheduleStart(LocalDate.of(2026, 1, 1))
            .build();
    obligations = obligations(10_000);
  }

  static List<Obligation> obligations(int count) {
    List<Obligation> result = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      result.add(
          Obligation.builder()
              .id("obligation-" + i)
              .title("Control " + i)
              .regulation("SOX")
              .citation("ITGC " + i)
              .ownerRole("owner-" + i % 50)
              .recurrence(RULES[i % RULES.length])
              .build());
    }
    return result;
  }

  /** Dates every occurrence of 2026-2028. */
  @Benchmark
  public List<Occurrence> threeYears() {
    return engine.occurrences(
        obligations,
        List.of(),
        List.of(),
        LocalDate.of(2026, 1, 1),
        LocalDate.of(2028, 12, 31),
        Instant.parse("2027-06-15T12:00:00Z"));
  }
}
