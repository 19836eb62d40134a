package dev.governance.testkit;

import com.google.common.collect.ImmutableList;
import dev.governance.core.ArgChecker;
import java.time.YearMonth;
import java.util.random.RandomGenerator;

/**
 * Generates a system's {@link ServiceHistory}: from January 2025, one to twelve months (fewer
 * first) of outages (an unplanned one across a month boundary, a planned maintenance, an unplanned
 * one overlapping one of those, then outages at random times, back to back with the one before or
 * inside it, some of them planned), incidents (acknowledged and resolved, still open, never
 * acknowledged, resolved unacknowledged) and monthly request counts, the first month always counted
 * and later ones sometimes missing. These are the records the availability, MTBF, MTTR, MTTA and
 * error-budget KPIs are computed from (Google SRE book, chapter 4; ITIL 4 availability management),
 * with the overlaps and gaps those computations must get right.
 */
public final class ServiceHistoryGenerator implements Generator<ServiceHistory> {

  private final String system;

  private ServiceHistoryGenerator(String system) {
    this.system = system;
  }

  /**
   * Returns a generator of the history of the system {@code system}.
   *
   * @param system the id of the system, such as {@code system-1}
   * @return the generator
   * @throws dev.governance.core.GovernanceValidationException if {@code system} is not an id
   */
  public static ServiceHistoryGenerator of(String system) {
    ArgChecker.identifier(system, "system");
    return new ServiceHistoryGenerator(system);
  }

  @Override
  public ServiceHistory generate(RandomGenerator random) {
    int months = random.nextInt(1, 13);
    YearMonth first = RecordGenerators.RECORDS_START;
    return new ServiceHistory(
        system,
        first,
        months,
        ImmutableList.copyOf(RecordGenerators.outages(random, system, first, months)),
        ImmutableList.copyOf(RecordGenerators.incidents(random, system, first, months)),
        ImmutableList.copyOf(RecordGenerators.serviceCounts(random, system, first, months)));
  }
}
