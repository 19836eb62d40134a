package dev.governance.benchmarks.deadline;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.rules.deadline.HolidayCalendars;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Is a date a business day? The library's compiled {@link HolidayCalendar} beside jollyday's {@code
 * HolidayManager.isHoliday} (plus the weekend test, so both answer the same question) on Germany's
 * calendar, over 1,024 random dates of 2020-2030. One operation is one date.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class BusinessDayBenchmark {

  private static final int DATES = 1024;

  /** Which implementation answers. */
  @Param({"governance", "jollyday"})
  public String engine;

  private final LocalDate[] dates = new LocalDate[DATES];
  private HolidayCalendar calendar;
  private HolidayManager jollyday;

  /**
   * Compiles the calendar's decades the dates fall in (it compiles them on first use) and draws the
   * dates.
   */
  @Setup
  public void setUp() {
    calendar = HolidayCalendars.of("DE");
    var unused = calendar.businessDaysBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2031, 1, 1));
    jollyday = HolidayManager.getInstance(ManagerParameters.create("de"));
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < DATES; i++) {
      dates[i] = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(11 * 365));
    }
  }

  /** Counts the business days among the dates. */
  @Benchmark
  @OperationsPerInvocation(DATES)
  public int isBusinessDay() {
    int count = 0;
    if (engine.equals("jollyday")) {
      for (LocalDate date : dates) {
        DayOfWeek day = date.getDayOfWeek();
        count +=
            day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !jollyday.isHoliday(date)
                ? 1
                : 0;
      }
      return count;
    }
    for (LocalDate date : dates) {
      count += calendar.isBusinessDay(date) ? 1 : 0;
    }
    return count;
  }
}
