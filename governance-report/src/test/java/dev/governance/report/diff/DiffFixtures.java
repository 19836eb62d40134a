package dev.governance.report.diff;

import dev.governance.rules.Finding;
import dev.governance.rules.FindingLocator;
import dev.governance.rules.Severity;
import dev.governance.rules.SourceRegion;
import dev.governance.rules.Subject;
import dev.governance.rules.Waived;
import dev.governance.rules.diff.FindingChange;
import dev.governance.rules.diff.KpiChange;
import dev.governance.rules.diff.KpiReading;
import dev.governance.rules.diff.MilestoneChange;
import dev.governance.rules.diff.RaciChange;
import dev.governance.rules.diff.RiskChange;
import dev.governance.rules.diff.SnapshotDiff;
import dev.governance.rules.kpi.Status;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/** A diff with one change of every kind, its user text hostile to every format. */
final class DiffFixtures {

  static final LocalDate NOV = LocalDate.of(2025, 11, 30);
  static final LocalDate DEC = LocalDate.of(2025, 12, 31);

  static final Finding ADDED =
      Finding.builder()
          .code("RACI-001")
          .severity(Severity.ERROR)
          .subject(Subject.builder().activity("pci").matrix("checkout").build())
          .message("Activity '<b>PCI</b> | [x](http://evil)' has no Accountable\nsecond line")
          .suggestedFix("Give one role the A")
          .build();

  static final Finding RESOLVED =
      Finding.builder()
          .code("KPI-001")
          .severity(Severity.WARNING)
          .subject(Subject.builder().kpi("sales").build())
          .message("KPI 'Sales' has no data")
          .build();

  static final Finding FREEZE =
      Finding.builder()
          .code("GOV-005")
          .severity(Severity.ERROR)
          .subject(Subject.builder().milestone("go-live").build())
          .message("Go-live in the freeze")
          .build();

  static final Finding FREEZE_WAIVED =
      FREEZE.withWaived(Waived.of("w-freeze", LocalDate.of(2026, 1, 15)));

  static final SnapshotDiff DIFF =
      SnapshotDiff.builder()
          .beforeAsOf(NOV)
          .afterAsOf(DEC)
          .addAddedFindings(ADDED)
          .addResolvedFindings(RESOLVED)
          .addChangedFindings(FindingChange.of(FREEZE, FREEZE_WAIVED))
          .addRisks(
              RiskChange.of(
                  "new-risk", RiskChange.RISK, Optional.empty(), Optional.of("A *new* risk")),
              RiskChange.of(
                  "stock", RiskChange.RESIDUAL_LEVEL, Optional.of("Low"), Optional.of("High")))
          .addKpis(
              KpiChange.of(
                  "sales",
                  Optional.of(KpiReading.of(OptionalDouble.empty(), Status.GREY)),
                  Optional.of(KpiReading.of(OptionalDouble.of(4.5), Status.RED))),
              KpiChange.of(
                  "visits",
                  Optional.of(KpiReading.of(OptionalDouble.of(1), Status.GREEN)),
                  Optional.empty()))
          .addRaci(RaciChange.of("checkout", "pci", "owner", "A/R", ""))
          .addMilestones(
              MilestoneChange.of(
                  "go-live",
                  Optional.of(LocalDate.of(2026, 3, 2)),
                  Optional.of(LocalDate.of(2026, 3, 16))))
          .build();

  /** Places every finding about a matrix at line 7, column 3; no other. */
  static final FindingLocator AFTER =
      f -> f.subject().matrix().isPresent() ? Optional.of(SourceRegion.of(7, 3)) : Optional.empty();

  private DiffFixtures() {}
}
