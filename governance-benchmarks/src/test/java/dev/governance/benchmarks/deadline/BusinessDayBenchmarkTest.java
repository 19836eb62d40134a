package dev.governance.benchmarks.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Both engines of the benchmark count the same business days among the same dates. */
class BusinessDayBenchmarkTest {

  @Test
  void bothEnginesAgree() {
    BusinessDayBenchmark governance = new BusinessDayBenchmark();
    governance.engine = "governance";
    governance.setUp();
    BusinessDayBenchmark jollyday = new BusinessDayBenchmark();
    jollyday.engine = "jollyday";
    jollyday.setUp();
    assertThat(governance.isBusinessDay()).isEqualTo(jollyday.isBusinessDay()).isBetween(600, 800);
  }
}
