package dev.governance.report.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.kpi.Observation;
import dev.governance.core.time.ReportingPeriod;
import dev.governance.io.sheet.ObservationSheet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObservationsWorkbookWriterTest {

  @TempDir Path dir;

  @Test
  void observationsReadBackAsKpiPeriodAndValue() throws IOException {
    List<Observation> observations =
        List.of(
            Observation.builder()
                .kpi("availability")
                .period(ReportingPeriod.parse("2026-01"))
                .value(99.96)
                .build(),
            Observation.builder()
                .kpi("budget-variance")
                .period(ReportingPeriod.parse("2026-Q1"))
                .value(-3)
                .build());
    Map<String, List<List<String>>> sheets =
        WorkbookCells.read(dir, "o.xlsx", ObservationsWorkbookWriter.render(observations));
    assertThat(sheets.get(ObservationsWorkbookWriter.SHEET))
        .containsExactly(
            List.of("TEXT:KPI", "TEXT:Period", "TEXT:Value"),
            List.of("TEXT:availability", "TEXT:2026-01", "NUMBER:99.96"),
            List.of("TEXT:budget-variance", "TEXT:2026-Q1", "NUMBER:-3"));
  }

  @Test
  void aWeightOtherThanOneAddsTheWeightColumnAndAnInstantGoesUnderAt() throws IOException {
    List<Observation> observations =
        List.of(
            Observation.builder()
                .kpi("resolution-time")
                .at(Instant.parse("2026-02-03T10:15:00Z"))
                .value(45)
                .weight(2)
                .build(),
            Observation.builder()
                .kpi("availability")
                .period(ReportingPeriod.parse("2026-01"))
                .value(99.5)
                .build());
    byte[] xlsx = ObservationsWorkbookWriter.render(observations);
    assertThat(WorkbookCells.read(dir, "w.xlsx", xlsx).get(ObservationsWorkbookWriter.SHEET))
        .containsExactly(
            List.of("TEXT:KPI", "TEXT:Period", "TEXT:Value", "TEXT:At", "TEXT:Weight"),
            List.of(
                "TEXT:resolution-time",
                "BLANK:",
                "NUMBER:45",
                "TEXT:2026-02-03T10:15:00Z",
                "NUMBER:2"),
            List.of("TEXT:availability", "TEXT:2026-01", "NUMBER:99.5", "BLANK:", "NUMBER:1"));
    Path file = Files.write(dir.resolve("back.xlsx"), xlsx);
    assertThat(ObservationSheet.load(file).observations()).isEqualTo(observations);
  }
}
