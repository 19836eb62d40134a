package dev.governance.benchmarks.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The benchmark's workload is what its javadoc says: more than 400,000 occurrences, all on business
 * days.
 */
class ComplianceCalendarWorkloadTest {

  @Test
  void moreThan400000OccurrencesOnBusinessDays() {
    ComplianceCalendarBenchmark benchmark = new ComplianceCalendarBenchmark();
    benchmark.setUp();
    var occurrences = benchmark.threeYears();
    assertThat(occurrences.size()).isGreaterThan(400_000);
    assertThat(occurrences)
        .allSatisfy(
            o -> assertThat(benchmark.engine.calendar().isBusinessDay(o.dueDate())).isTrue());
  }
}
