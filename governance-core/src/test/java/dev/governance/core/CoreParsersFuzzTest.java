package dev.governance.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.governance.core.risk.LossSpec;
import dev.governance.core.time.ReportingPeriod;

/**
 * Fuzz tests (Jazzer) of the text the core reads: period labels and loss specs. The only exception
 * allowed is the documented {@link GovernanceValidationException}; what reads must read back from
 * its own text. In {@code verify} they run their seed corpus (regression mode); docs/development.md
 * says how to fuzz them.
 */
class CoreParsersFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void periodLabels(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    ReportingPeriod period;
    try {
      period = ReportingPeriod.parse(text);
    } catch (GovernanceValidationException rejected) {
      return;
    }
    assertThat(ReportingPeriod.parse(period.toString())).isEqualTo(period);
  }

  @FuzzTest(maxDuration = "10m")
  void lossSpecs(FuzzedDataProvider data) {
    boolean frequency = data.consumeBoolean();
    String text = data.consumeRemainingAsString();
    LossSpec spec;
    try {
      spec =
          frequency ? LossSpec.frequency(text, "frequency") : LossSpec.magnitude(text, "magnitude");
    } catch (GovernanceValidationException rejected) {
      return;
    }
    LossSpec again =
        frequency
            ? LossSpec.frequency(spec.toString(), "frequency")
            : LossSpec.magnitude(spec.toString(), "magnitude");
    assertThat(again).isEqualTo(spec);
  }
}
