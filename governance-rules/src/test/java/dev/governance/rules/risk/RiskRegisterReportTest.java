package dev.governance.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.rules.Explanation;
import dev.governance.rules.ValidationReport;
import org.junit.jupiter.api.Test;

class RiskRegisterReportTest {

  @Test
  void topRanksByResidualScoreThenIdUnscoredLast() {
    RiskRegisterReport report =
        RiskRegisterReport.builder()
            .findings(ValidationReport.empty())
            .addRatings(
                RiskRating.builder()
                    .risk("b")
                    .residual(Explanation.of("residual score", 5, "x"))
                    .build(),
                RiskRating.builder().risk("c").build(),
                RiskRating.builder()
                    .risk("a")
                    .residual(Explanation.of("residual score", 5, "x"))
                    .build(),
                RiskRating.builder()
                    .risk("d")
                    .residual(Explanation.of("residual score", 9, "x"))
                    .build())
            .build();
    assertThat(report.top(3)).extracting(RiskRating::risk).containsExactly("d", "a", "b");
    assertThat(report.top(10)).extracting(RiskRating::risk).containsExactly("d", "a", "b", "c");
    assertThat(report.inherentHeatMap()).isEmpty();
  }
}
