package dev.governance.report.findings;

import dev.governance.rules.Explanation;
import dev.governance.rules.Finding;
import dev.governance.rules.FindingLocator;
import dev.governance.rules.Severity;
import dev.governance.rules.SourceRegion;
import dev.governance.rules.Subject;
import dev.governance.rules.ValidationReport;
import java.util.Optional;

/** Findings with every optional part, and a locator that places the ones about an activity. */
final class FindingsFixtures {

  static final Finding ACCOUNTABLE =
      Finding.builder()
          .code("RACI-002")
          .severity(Severity.ERROR)
          .subject(Subject.builder().activity("release").build())
          .message("Activity 'Ship \"it\"' has 2 Accountables\nsecond line")
          .suggestedFix("Keep one Accountable")
          .build();

  static final Finding STALE =
      Finding.builder()
          .code("KPI-002")
          .severity(Severity.WARNING)
          .subject(Subject.builder().kpi("availability").build())
          .message("KPI 'Availability' has stale data")
          .addNotifyRoles("program-manager", "system-owner")
          .build();

  static final Finding SCORED =
      Finding.builder()
          .code("RISK-001")
          .severity(Severity.INFO)
          .subject(Subject.builder().risk("privacy-law").build())
          .message("Risk scored")
          .explanation(
              Explanation.builder()
                  .quantity("score")
                  .result(12.0)
                  .formula("12 = 3 * 4")
                  .putInputs("likelihood", 3.0)
                  .putInputs("impact", 4.0)
                  .build())
          .build();

  static final Finding CUSTOM =
      Finding.builder()
          .code("ACME-001")
          .severity(Severity.WARNING)
          .subject(Subject.builder().build())
          .message("A rule of the embedding application")
          .build();

  /** A finding a waiver accepted until 2026-01-15. */
  static final Finding WAIVED =
      Finding.builder()
          .code("GOV-005")
          .severity(Severity.ERROR)
          .subject(Subject.builder().system("commerce").milestone("go-live").build())
          .message(
              "Go-live 'Click and collect' on 2025-12-08 falls inside commerce's freeze window")
          .waived(
              dev.governance.rules.Waived.of(
                      "go-live-accepted", java.time.LocalDate.of(2026, 1, 15))
                  .withReason("Go live with hypercare, as the steering committee decided"))
          .build();

  static final ValidationReport REPORT =
      ValidationReport.of(java.util.List.of(ACCOUNTABLE, STALE, SCORED, CUSTOM));

  /** Places the RACI-002 finding at cell C7 of the sheet 'Release plan', the rest nowhere. */
  static final FindingLocator IN_WORKBOOK =
      f ->
          f.code().equals("RACI-002")
              ? Optional.of(SourceRegion.cell("Release plan", 7, 3))
              : Optional.empty();

  static final FindingLocator LOCATOR =
      f ->
          f.subject().activity().isPresent()
              ? Optional.of(SourceRegion.of(7, 3))
              : Optional.empty();

  private FindingsFixtures() {}
}
