package dev.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.GovernanceModel;
import dev.governance.io.GovernanceJson;
import dev.governance.rules.Finding;
import dev.governance.rules.risk.RiskRegister;
import dev.governance.testkit.Generator;
import dev.governance.testkit.RiskDefect;
import dev.governance.testkit.RiskRegisterGenerator;
import dev.governance.testkit.junit.ForAll;
import dev.governance.testkit.junit.GeneratedArguments;
import dev.governance.testkit.junit.GovernanceProperty;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;

/** The JUnit 5 example of docs/testkit.md, kept compiling and true. */
class TestkitJUnitExampleTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 15);

  @GovernanceProperty(tries = 50)
  void exportedModelsLoadBack(@ForAll GovernanceModel model) {
    assertThat(GovernanceJson.load("generated.json", GovernanceJson.toBytes(model)))
        .isEqualTo(model);
  }

  static Generator<GovernanceModel> overdueReviews() {
    return RiskRegisterGenerator.withDefect(RiskDefect.REVIEW_OVERDUE, AS_OF);
  }

  @ParameterizedTest
  @GeneratedArguments(value = "overdueReviews", count = 20, seed = 1)
  void anOverdueReviewIsFound(GovernanceModel model) {
    assertThat(RiskRegister.standard().review(model, AS_OF).findings().findings())
        .extracting(Finding::code)
        .containsOnly("RISK-005");
  }
}
