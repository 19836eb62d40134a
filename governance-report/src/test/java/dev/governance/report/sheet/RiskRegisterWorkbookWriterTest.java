package dev.governance.report.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Splitter;
import dev.governance.core.risk.Acceptance;
import dev.governance.core.risk.AssessmentStage;
import dev.governance.core.risk.Risk;
import dev.governance.core.risk.RiskAssessment;
import dev.governance.core.risk.Treatment;
import dev.governance.io.sheet.CellKind;
import dev.governance.io.sheet.SheetCell;
import dev.governance.io.sheet.SheetRow;
import dev.governance.io.sheet.Workbook;
import dev.governance.testkit.DomainGenerators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
            "Current likelihood",
            "Current impact",
            "Current assessed",
            "Residual likelihood",
            "Residual impact",
            "Residual assessed",
            "Target likelihood",
            "Target impact",
            "Target assessed",
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
            "NUMBER:2",
            "NUMBER:3",
            "DATE:2025-12-01T00:00");
  }

  /** Property: generated registers read back to the risks written (all the layout holds). */
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
        risks.add(layoutOnly(risk));
      }
      Path file =
          Files.write(dir.resolve("run" + run + ".xlsx"), RiskRegisterWorkbookWriter.render(risks));
      assertThat(readBack(file)).as("run %d", run).isEqualTo(risks);
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

  /** A risk without what the layout does not hold: assessors and rationales. */
  private static Risk layoutOnly(Risk risk) {
    return risk.withAssessments(
        risk.assessments().stream()
            .map(
                a ->
                    RiskAssessment.builder()
                        .stage(a.stage())
                        .likelihood(a.likelihood())
                        .impact(a.impact())
                        .assessedOn(a.assessedOn())
                        .build())
            .collect(Collectors.toList()));
  }

  /** A small reader of the layout, by column position, for the property. */
  private static List<Risk> readBack(Path file) {
    List<Risk> risks = new ArrayList<>();
    try (Workbook workbook = Workbook.open(file);
        Stream<SheetRow> rows =
            workbook.rows(workbook.sheet(RiskRegisterWorkbookWriter.SHEET).orElseThrow())) {
      rows.skip(1)
          .forEach(
              row -> {
                Risk.Builder risk =
                    Risk.builder()
                        .id(row.cell(1).text())
                        .title(row.cell(2).text())
                        .category(row.cell(3).text())
                        .programOwner(row.cell(4).text())
                        .systemOwner(row.cell(5).text())
                        .addAllSystems(list(row.cell(6)))
                        .addAllProjects(list(row.cell(7)))
                        .addAllControls(list(row.cell(8)))
                        .identifiedOn(date(row.cell(10)).orElseThrow());
                if (!row.cell(9).isBlank()) {
                  risk.treatment(Treatment.valueOf(row.cell(9).text().toUpperCase(Locale.ROOT)));
                }
                date(row.cell(11)).ifPresent(risk::targetDate);
                date(row.cell(12)).ifPresent(risk::lastReviewed);
                int column = 13;
                for (AssessmentStage stage : AssessmentStage.values()) {
                  if (!row.cell(column).isBlank()) {
                    risk.addAssessments(
                        RiskAssessment.builder()
                            .stage(stage)
                            .likelihood(row.cell(column).number().orElseThrow().intValueExact())
                            .impact(row.cell(column + 1).number().orElseThrow().intValueExact())
                            .assessedOn(date(row.cell(column + 2)).orElseThrow())
                            .build());
                  }
                  column += 3;
                }
                if (!row.cell(column).isBlank()) {
                  risk.acceptance(
                      Acceptance.builder()
                          .acceptedBy(row.cell(column).text())
                          .acceptedOn(date(row.cell(column + 1)).orElseThrow())
                          .validUntil(date(row.cell(column + 2)).orElseThrow())
                          .build());
                }
                risks.add(risk.build());
              });
    }
    return risks;
  }

  private static List<String> list(SheetCell cell) {
    return cell.isBlank() ? List.of() : Splitter.on("; ").splitToList(cell.text());
  }

  private static Optional<LocalDate> date(SheetCell cell) {
    assertThat(cell.kind()).isIn(CellKind.DATE, CellKind.BLANK);
    return cell.date().map(d -> d.toLocalDate());
  }
}
