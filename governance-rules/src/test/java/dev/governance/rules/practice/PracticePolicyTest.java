package dev.governance.rules.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.rules.Severity;
import org.junit.jupiter.api.Test;

class PracticePolicyTest {

  @Test
  void hasTheCommonPracticeByDefault() {
    PracticePolicy policy = PracticePolicy.builder().build();
    assertThat(policy.requiredDocuments())
        .containsExactly("architecture-diagram", "sla", "runbook");
    assertThat(policy.upgradeLeadBusinessDays()).isEqualTo(10);
    assertThat(policy.severity(PracticeRule.MISSING_RACI)).isEqualTo(Severity.ERROR);
    assertThat(PracticeEngine.of(policy).policy()).isSameAs(policy);
  }

  @Test
  void rejectsNegativeDaysAndMalformedKinds() {
    assertThatThrownBy(() -> PracticePolicy.builder().escalationBusinessDays(-1).build())
        .hasMessage(
            "Invalid governance data: escalationBusinessDays = -1: expected an integer >= 0");
    assertThatThrownBy(
            () ->
                PracticePolicy.builder()
                    .requiredDocuments(com.google.common.collect.ImmutableList.of("run book"))
                    .build())
        .hasMessageStartingWith(
            "Invalid governance data: requiredDocuments[0] = 'run book': expected an id");
  }
}
