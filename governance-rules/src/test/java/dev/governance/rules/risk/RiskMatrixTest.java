package dev.governance.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.risk.AssessmentStage;
import dev.governance.core.risk.RiskAssessment;
import dev.governance.rules.SharedReference;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskMatrixTest {

  private static final Map<String, String> NIST =
      Map.of("VL", "Very Low", "L", "Low", "M", "Moderate", "H", "High", "VH", "Very High");
  private static final List<String> ROWS = List.of("VL", "L", "M", "H", "VH");

  /**
   * Acceptance 2: NIST SP 800-30 Table I-2 as the shared reference's worked examples give it, read
   * in place.
   */
  @Test
  void nistTableI2MatchesTheReference() throws IOException {
    List<String> lines = Files.readAllLines(SharedReference.file("scoring/worked-examples.md"));
    int heading = 0;
    while (!lines.get(heading).startsWith("**NIST SP 800-30 Rev. 1, Table I-2**")) {
      heading++;
    }
    RiskMatrix nist = RiskMatrix.nist80030();
    int cells = 0;
    for (String line : lines.subList(heading, heading + 8)) {
      if (!line.startsWith("- ")) {
        continue;
      }
      String row = line.substring(2, line.indexOf(':'));
      List<String> levels = Arrays.asList(line.substring(line.indexOf(':') + 1).trim().split(", "));
      for (int impact = 1; impact <= 5; impact++) {
        assertThat(nist.score(ROWS.indexOf(row) + 1, impact).level())
            .as("likelihood %s, impact %d", row, impact)
            .isEqualTo(NIST.get(levels.get(impact - 1)));
        cells++;
      }
    }
    assertThat(cells).isEqualTo(25);
  }

  @Test
  void scoresAndExplains() {
    RiskScore score = RiskMatrix.nist80030().score(4, 5);
    assertThat(score.level()).isEqualTo("Very High");
    assertThat(score.rank()).isEqualTo(4);
    assertThat(score.value()).isEqualTo(4);
    assertThat(score.explanation().formula())
        .isEqualTo(
            "NIST SP 800-30 Rev. 1 Table I-2: likelihood 4 of 5, impact 5 of 5 -> Very High");
    assertThat(RiskMatrix.threeByThree().score(2, 3).level()).isEqualTo("High");
    assertThat(RiskMatrix.threeByThree().levels()).containsExactly("Low", "Medium", "High");
    assertThat(RiskMatrix.nist80030().likelihoods()).isEqualTo(5);
    assertThat(RiskMatrix.nist80030().impacts()).isEqualTo(5);
    assertThat(RiskMatrix.threeByThree().name()).isEqualTo("3x3");
    assertThat(RiskMatrix.threeByThree().toString())
        .isEqualTo("3x3 [[0, 0, 1], [0, 1, 2], [1, 2, 2]]");
  }

  @Test
  void scoresAreMonotoneInLikelihoodAndImpact() {
    for (RiskMatrix matrix : List.of(RiskMatrix.nist80030(), RiskMatrix.threeByThree())) {
      qt().forAll(
              integers().between(1, matrix.likelihoods()), integers().between(1, matrix.impacts()))
          .checkAssert(
              (l, i) -> {
                int rank = matrix.score(l, i).rank();
                if (l < matrix.likelihoods()) {
                  assertThat(matrix.score(l + 1, i).rank()).isGreaterThanOrEqualTo(rank);
                }
                if (i < matrix.impacts()) {
                  assertThat(matrix.score(l, i + 1).rank()).isGreaterThanOrEqualTo(rank);
                }
              });
    }
  }

  @Test
  void rejectsGridsThatFallAndCellsOutOfRange() {
    List<String> levels = List.of("Low", "High");
    assertThatThrownBy(
            () ->
                RiskMatrix.of(
                    "bad", levels, List.of(List.of("Low", "High"), List.of("Low", "Low"))))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: grid[1][1] = 'Low': expected a level not below High in the"
                + " less likely row before it");
    assertThatThrownBy(() -> RiskMatrix.of("bad", levels, List.of(List.of("High", "Low"))))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: grid[0][1] = 'Low': expected a level not below High in the"
                + " less severe column before it");
    assertThatThrownBy(() -> RiskMatrix.of("bad", levels, List.of(List.of("Low", "Severe"))))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: grid[0][1] = 'Severe': expected one of the levels [Low,"
                + " High]");
    assertThatThrownBy(
            () -> RiskMatrix.of("bad", levels, List.of(List.of("Low", "High"), List.of("High"))))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: grid[1] = [High]: expected 2 columns, as the first row");
    assertThatThrownBy(() -> RiskMatrix.of("bad", List.of(), List.of(List.of("Low"))))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: levels = []: expected at least one level");
    assertThatThrownBy(() -> RiskMatrix.of("bad", levels, List.of()))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: grid = []: expected at least one row and one column");
    assertThatThrownBy(() -> RiskMatrix.nist80030().score(6, 1))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageStartingWith("Invalid governance data: likelihood = 6");
  }

  @Test
  void levelsAnAssessmentByTheRanksOfItsValuesOnTheModelsScales() {
    GovernanceModel model = RiskRegisterTest.model();
    RiskAssessment assessment =
        RiskAssessment.builder()
            .stage(AssessmentStage.RESIDUAL)
            .likelihood(5)
            .impact(2)
            .assessedOn(java.time.LocalDate.of(2025, 1, 1))
            .build();
    assertThat(RiskMatrix.nist80030().level(model, assessment).level()).isEqualTo("Low");
    assertThatThrownBy(() -> RiskMatrix.threeByThree().level(model, assessment))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("likelihood = 5");
  }
}
