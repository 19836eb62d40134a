package dev.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.governance.core.GovernanceValidationException;
import dev.governance.rules.deadline.Recurrence;
import dev.governance.rules.risk.cvss.Cvss3Vector;
import dev.governance.rules.risk.cvss.Cvss4Vector;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Fuzz tests (Jazzer) of the text the engines read: CVSS v3.x and v4.0 vectors and RFC 5545
 * recurrence rules. The only exception allowed is the documented {@link
 * GovernanceValidationException}; a vector that reads scores from 0 to 10 and reads back from its
 * own text; a rule that reads gives instances in order, none before its start. In {@code verify}
 * they run their seed corpus (regression mode); docs/development.md says how to fuzz them.
 */
class RulesParsersFuzzTest {

  private static final LocalDateTime START = LocalDateTime.of(2025, 1, 1, 9, 0);

  @FuzzTest(maxDuration = "10m")
  void cvss3Vectors(FuzzedDataProvider data) {
    Cvss3Vector vector;
    try {
      vector = Cvss3Vector.parse(data.consumeRemainingAsString());
    } catch (GovernanceValidationException rejected) {
      return;
    }
    assertThat(vector.scores().base()).isBetween(0.0, 10.0);
    assertThat(Cvss3Vector.parse(vector.toString())).isEqualTo(vector);
  }

  @FuzzTest(maxDuration = "10m")
  void cvss4Vectors(FuzzedDataProvider data) {
    Cvss4Vector vector;
    try {
      vector = Cvss4Vector.parse(data.consumeRemainingAsString());
    } catch (GovernanceValidationException rejected) {
      return;
    }
    assertThat(vector.scores().score()).isBetween(0.0, 10.0);
    assertThat(Cvss4Vector.parse(vector.toString())).isEqualTo(vector);
  }

  @FuzzTest(maxDuration = "10m")
  void recurrenceRules(FuzzedDataProvider data) {
    List<ZonedDateTime> instances;
    try {
      instances =
          Recurrence.parse(data.consumeRemainingAsString())
              .instances(START, ZoneOffset.UTC)
              .limit(20)
              .toList();
    } catch (GovernanceValidationException rejected) {
      return;
    }
    for (int i = 0; i < instances.size(); i++) {
      assertThat(instances.get(i).toLocalDateTime()).isAfterOrEqualTo(START);
      if (i > 0) {
        assertThat(instances.get(i)).isAfter(instances.get(i - 1));
      }
    }
  }
}
