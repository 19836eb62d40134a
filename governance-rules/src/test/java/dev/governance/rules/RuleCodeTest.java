package dev.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleCodeTest {

  /**
   * The smallest rule there can be, so that the defaults are tested apart from the library's rules.
   */
  private record OwnRule(String code, Severity defaultSeverity, String title, String description)
      implements RuleCode {}

  private static final OwnRule SHADOW_IT =
      new OwnRule(
          "SHADOW-001",
          Severity.WARNING,
          "System outside the portfolio",
          "Reports a system that no program lists.");

  @Test
  void theAnchorIsTheCodeInLowerCase() {
    assertThat(SHADOW_IT.docsAnchor()).isEqualTo("shadow-001");
  }

  @Test
  void helpUriIsTheFindingsPageWithTheAnchor() {
    assertThat(RuleCode.DOCS_URL).isEqualTo("https://governance.dev/docs/findings.md");
    assertThat(SHADOW_IT.helpUri()).isEqualTo("https://governance.dev/docs/findings.md#shadow-001");
  }
}
