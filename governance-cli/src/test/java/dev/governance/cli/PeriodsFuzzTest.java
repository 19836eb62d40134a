package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.compliance.TimeLimit;

/**
 * Fuzz test (Jazzer) of the command line's time limits ({@code 72h}, {@code 4bd}, ...): the only
 * exception allowed is the documented {@link GovernanceValidationException}, and what reads has an
 * amount of at most 999,999. In {@code verify} it runs its seed corpus (regression mode);
 * docs/development.md says how to fuzz it.
 */
class PeriodsFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void timeLimits(FuzzedDataProvider data) {
    TimeLimit limit;
    try {
      limit = Periods.period(data.consumeRemainingAsString());
    } catch (GovernanceValidationException rejected) {
      return;
    }
    assertThat(limit.amount()).isBetween(0, 999_999);
  }
}
