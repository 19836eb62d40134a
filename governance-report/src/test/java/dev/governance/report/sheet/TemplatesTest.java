package dev.governance.report.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.kpi.Observation;
import dev.governance.core.party.Role;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.raci.RaciActivity;
import dev.governance.core.raci.RaciAssignment;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.core.risk.Acceptance;
import dev.governance.core.risk.AssessmentStage;
import dev.governance.core.risk.OrderedScale;
import dev.governance.core.risk.Risk;
import dev.governance.core.risk.RiskAssessment;
import dev.governance.core.risk.Treatment;
import dev.governance.core.time.ReportingPeriod;
import dev.governance.io.sheet.ObservationSheet;
import dev.governance.io.sheet.RaciWorkbook;
import dev.governance.io.sheet.RiskRegisterSheet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The downloadable example workbooks of {@code docs/templates}, written by the writers so that they
 * never go stale: each test writes its template afresh and compares the cells of every sheet (as
 * the foundation reader reads them) with the committed file's, since the bytes hold the time of
 * writing. Run with {@code -Dgolden.update=true} to rewrite them after an intended change. The
 * examples use the ids of the demo model ({@code governance demo}), so that they can be imported
 * into it.
 */
class TemplatesTest {

  static final Path TEMPLATES = Path.of("../docs/templates");

  @TempDir Path dir;

  @Test
  void raciTemplate() throws IOException {
    RaciMatrix loyalty =
        RaciMatrix.builder()
            .id("loyalty-launch")
            .name("Loyalty programme launch")
            .addRoles("program-manager", "commerce-owner", "project-manager", "security-officer")
            .addActivities(
                activity("Approve the loyalty business case", false),
                activity("Design the points ledger", false),
                activity("Run the data-protection impact assessment", true),
                activity("Release to production", true),
                activity("Report progress to the steering committee", false))
            .addAssignments(
                RaciAssignment.of("approve-the-loyalty-business-case", "program-manager", "A/R"),
                RaciAssignment.of("approve-the-loyalty-business-case", "commerce-owner", "C"),
                RaciAssignment.of("design-the-points-ledger", "commerce-owner", "A"),
                RaciAssignment.of("design-the-points-ledger", "project-manager", "R"),
                RaciAssignment.of("design-the-points-ledger", "security-officer", "C"),
                RaciAssignment.of(
                    "run-the-data-protection-impact-assessment", "security-officer", "A/R"),
                RaciAssignment.of(
                    "run-the-data-protection-impact-assessment", "commerce-owner", "C"),
                RaciAssignment.of("release-to-production", "commerce-owner", "A"),
                RaciAssignment.of("release-to-production", "project-manager", "R"),
                RaciAssignment.of("release-to-production", "program-manager", "I"),
                RaciAssignment.of(
                    "report-progress-to-the-steering-committee", "program-manager", "A"),
                RaciAssignment.of(
                    "report-progress-to-the-steering-committee", "project-manager", "R"))
            .build();
    assertTemplate(
        "raci-template.xlsx",
        RaciWorkbookWriter.render(
            List.of(loyalty),
            List.of(
                Role.of("program-manager", "Program manager"),
                Role.of("commerce-owner", "E-commerce system owner"),
                Role.of("project-manager", "Project manager"),
                Role.of("security-officer", "Security officer")),
            List.of(
                RoleAssignment.of("program-manager", List.of("ana")),
                RoleAssignment.of("commerce-owner", List.of("cy")),
                RoleAssignment.of("project-manager", List.of("jon")),
                RoleAssignment.of("security-officer", List.of("dara")))));
  }

  private static RaciActivity activity(String name, boolean critical) {
    return RaciActivity.builder()
        .id(name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'))
        .name(name)
        .critical(critical)
        .build();
  }

  @Test
  void riskRegisterTemplate() throws IOException {
    Risk fraud =
        Risk.builder()
            .id("loyalty-fraud")
            .title("Points fraud through account takeover")
            .category("security")
            .programOwner("ana")
            .systemOwner("cy")
            .addSystems("commerce", "mobile")
            .addProjects("p11")
            .addControls("consent-platform")
            .treatment(Treatment.MITIGATE)
            .identifiedOn(LocalDate.of(2025, 9, 15))
            .targetDate(LocalDate.of(2026, 3, 31))
            .lastReviewed(LocalDate.of(2025, 12, 1))
            .addAssessments(
                assessment(AssessmentStage.INHERENT, 4, 3, LocalDate.of(2025, 9, 15)),
                assessment(AssessmentStage.CURRENT, 3, 3, LocalDate.of(2025, 12, 1)),
                assessment(AssessmentStage.RESIDUAL, 2, 3, LocalDate.of(2025, 12, 1)),
                assessment(AssessmentStage.TARGET, 1, 3, LocalDate.of(2025, 12, 1)))
            .build();
    Risk peak =
        Risk.builder()
            .id("peak-capacity")
            .title("Checkout capacity on Black Friday")
            .category("operations")
            .programOwner("ana")
            .systemOwner("cy")
            .addSystems("commerce")
            .addControls("dual-acquirer")
            .treatment(Treatment.ACCEPT)
            .acceptance(
                Acceptance.builder()
                    .acceptedBy("kai")
                    .acceptedOn(LocalDate.of(2025, 10, 1))
                    .validUntil(LocalDate.of(2026, 9, 30))
                    .build())
            .identifiedOn(LocalDate.of(2025, 8, 1))
            .lastReviewed(LocalDate.of(2025, 10, 1))
            .addAssessments(
                assessment(AssessmentStage.INHERENT, 3, 3, LocalDate.of(2025, 8, 1)),
                assessment(AssessmentStage.RESIDUAL, 2, 2, LocalDate.of(2025, 10, 1)))
            .build();
    Risk vendor =
        Risk.builder()
            .id("oms-vendor-exit")
            .title("Order-management vendor leaves the market")
            .category("vendor")
            .programOwner("ana")
            .systemOwner("gus")
            .addSystems("oms", "inventory")
            .identifiedOn(LocalDate.of(2025, 11, 20))
            .addAssessments(assessment(AssessmentStage.INHERENT, 2, 4, LocalDate.of(2025, 11, 20)))
            .build();
    assertTemplate(
        "risk-register-template.xlsx",
        RiskRegisterWorkbookWriter.render(List.of(fraud, peak, vendor)));
  }

  private static RiskAssessment assessment(
      AssessmentStage stage, int likelihood, int impact, LocalDate on) {
    return RiskAssessment.builder()
        .stage(stage)
        .likelihood(likelihood)
        .impact(impact)
        .assessedOn(on)
        .build();
  }

  @Test
  void kpiObservationsTemplate() throws IOException {
    assertTemplate(
        "kpi-observations-template.xlsx",
        ObservationsWorkbookWriter.render(
            List.of(
                observation("availability", "2026-01", 99.97),
                observation("availability", "2026-02", 99.95),
                observation("resolution", "2026-01", 42),
                observation("online-sales", "2026-Q1", 12.4),
                observation("budget-variance", "2026-Q1", -2.8))));
  }

  /** Each committed template is read by its reader without a problem: a user's first try works. */
  @Test
  void everyTemplateLoadsWithItsReader() {
    RaciWorkbook raci = RaciWorkbook.load(TEMPLATES.resolve("raci-template.xlsx"));
    assertThat(raci.matrices()).hasSize(1);
    assertThat(raci.matrices().get(0).matrix().activities()).hasSize(5);
    assertThat(raci.matrices().get(0).holders()).isNotEmpty();
    assertThat(
            RiskRegisterSheet.load(
                    TEMPLATES.resolve("risk-register-template.xlsx"),
                    OrderedScale.nistFiveLevel("likelihood"),
                    OrderedScale.nistFiveLevel("impact"))
                .risks())
        .hasSize(3);
    assertThat(
            ObservationSheet.load(TEMPLATES.resolve("kpi-observations-template.xlsx"))
                .observations())
        .hasSize(5);
  }

  private static Observation observation(String kpi, String period, double value) {
    return Observation.builder()
        .kpi(kpi)
        .period(ReportingPeriod.parse(period))
        .value(value)
        .build();
  }

  private void assertTemplate(String name, byte[] fresh) throws IOException {
    Path file = TEMPLATES.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(TEMPLATES);
      Files.write(file, fresh);
    }
    assertThat(file).as("template %s (run with -Dgolden.update=true to write it)", file).exists();
    assertThat(WorkbookCells.read(file))
        .as("the cells of %s", file)
        .isEqualTo(WorkbookCells.read(dir, name, fresh));
  }
}
