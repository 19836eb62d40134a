package dev.governance.report.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.risk.Acceptance;
import dev.governance.core.risk.AssessmentStage;
import dev.governance.core.risk.OrderedScale;
import dev.governance.core.risk.Risk;
import dev.governance.core.risk.RiskAssessment;
import dev.governance.core.risk.Treatment;
import dev.governance.io.sheet.RiskRegisterSheet;
import dev.governance.testkit.DomainGenerators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A register written as a workbook and read back through the foundation reader gives the risks
 * written: each column by its heading, numbers as number cells, dates as date cells.
 */
class RiskRegisterWorkbookWriterTest {

  @TempDir Path dir;

  static Risk privacyLaw() {
    return Risk.builder()
        .id("privacy-law")
        .title("New data-privacy law changes consent and retention")
        .category("privacy")
        .programOwner("ana")
        .systemOwner("cy")
        .addSystems("shop", "crm")
        .addProjects("checkout")
        .addControls("consent-banner")
        .treatment(Treatment.MITIGATE)
        .identifiedOn(LocalDate.of(2025, 6, 1))
        .targetDate(LocalDate.of(2026, 6, 30))
        .lastReviewed(LocalDate.of(2025, 12, 1))
        .addAssessments(
            RiskAssessment.builder()
                .stage(AssessmentStage.INHERENT)
                .likelihood(4)
                .impact(4)
                .assessedOn(LocalDate.of(2025, 6, 1))
                .build(),
            RiskAssessment.builder()
                .stage(AssessmentStage.RESIDUAL)
                .likelihood(2)
                .impact(3)
                .assessedOn(LocalDate.of(2025, 12, 1))
                .build())
        .build();
  }

  @Test
  void theColumnsAreTheLayoutTheReaderReads() {
    assertThat(RiskRegisterWorkbookWriter.COLUMNS)
        .containsExactly(
            "Id",
            "Title",
            "Category",
            "Owner (program)",
            "Owner (system)",
            "Systems",
            "Projects",
            "Controls",
            "Treatment",
            "Identified",
            "Target date",
            "Last reviewed",
            "Inherent likelihood",
            "Inherent impact",
            "Inherent assessed",
            "Inherent assessor",
            "Inherent rationale",
            "Current likelihood",
            "Current impact",
            "Current assessed",
            "Current assessor",
            "Current rationale",
            "Residual likelihood",
            "Residual impact",
            "Residual assessed",
            "Residual assessor",
            "Residual rationale",
            "Target likelihood",
            "Target impact",
            "Target assessed",
            "Target assessor",
            "Target rationale",
            "Accepted by",
            "Accepted on",
            "Acceptance valid until");
  }

  @Test
  void aRiskReadsBackTypedCellByCell() throws IOException {
    List<List<String>> rows =
        WorkbookCells.read(dir, "r.xlsx", RiskRegisterWorkbookWriter.render(List.of(privacyLaw())))
            .get(RiskRegisterWorkbookWriter.SHEET);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1))
        .containsExactly(
            "TEXT:privacy-law",
            "TEXT:New data-privacy law changes consent and retention",
            "TEXT:privacy",
            "TEXT:ana",
            "TEXT:cy",
            "TEXT:shop; crm",
            "TEXT:checkout",
            "TEXT:consent-banner",
            "TEXT:MITIGATE",
            "DATE:2025-06-01T00:00",
            "DATE:2026-06-30T00:00",
            "DATE:2025-12-01T00:00",
            "NUMBER:4",
            "NUMBER:4",
            "DATE:2025-06-01T00:00",
            "BLANK:",
            "BLANK:",
            "BLANK:",
            "BLANK:",
            "BLANK:",
            "BLANK:",
            "BLANK:",
            "NUMBER:2",
            "NUMBER:3",
            "DATE:2025-12-01T00:00");
  }

  /** Property: generated registers read back through the register reader to the risks written. */
  @Test
  void generatedRegistersReadBackToTheRisksWritten() throws IOException {
    SplittableRandom random = new SplittableRandom(2026);
    for (int run = 0; run < 30; run++) {
      List<Risk> risks = new ArrayList<>();
      int count = random.nextInt(25);
      for (int i = 0; i < count; i++) {
        Risk risk = DomainGenerators.risks().generate(random).withId("risk-" + i);
        if (random.nextInt(3) == 0) {
          risk =
              risk.withTreatment(Treatment.ACCEPT)
                  .withAcceptance(
                      Acceptance.builder()
                          .acceptedBy("ana")
                          .acceptedOn(risk.identifiedOn())
                          .validUntil(risk.identifiedOn().plusYears(1))
                          .build());
        }
        risks.add(risk);
      }
      Path file =
          Files.write(dir.resolve("run" + run + ".xlsx"), RiskRegisterWorkbookWriter.render(risks));
      assertThat(
              RiskRegisterSheet.load(
                      file,
                      OrderedScale.nistFiveLevel("likelihood"),
                      OrderedScale.nistFiveLevel("impact"))
                  .risks())
          .as("run %d", run)
          .isEqualTo(risks);
    }
  }

  @Test
  void rejectsATitleACellCannotHold() {
    Risk bell = privacyLaw().withTitle("Bell\u0007");
    assertThatThrownBy(() -> RiskRegisterWorkbookWriter.render(List.of(privacyLaw(), bell)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "risks[1].title = 'Bell\\u0007': expected text an .xlsx cell can hold");
  }
}
