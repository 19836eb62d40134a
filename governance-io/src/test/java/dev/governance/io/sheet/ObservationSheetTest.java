package dev.governance.io.sheet;

import static dev.governance.io.sheet.PoiSheets.row;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.kpi.Observation;
import dev.governance.core.time.ReportingPeriod;
import dev.governance.rules.SourceRegion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObservationSheetTest {

  @TempDir Path dir;

  @Test
  void readsPeriodsAsLabelsOrMonthDatesInstantsValuesAndWeights() {
    Path file =
        new PoiSheets()
            .sheet(
                "Observations",
                List.of(
                    row("KPI", "Period", "At", "Value", "Weight"),
                    row("availability", "2025-Q1", null, 99.5, 2000),
                    row("availability", LocalDate.of(2025, 4, 1), null, "99.9"),
                    row("mttr", null, "2025-03-04T10:15:00Z", 4)))
            .write(dir.resolve("kpis.xlsx"));
    ObservationSheet sheet = ObservationSheet.load(file);
    assertThat(sheet.observations())
        .containsExactly(
            Observation.builder()
                .kpi("availability")
                .period(ReportingPeriod.parse("2025-Q1"))
                .value(99.5)
                .weight(2000)
                .build(),
            Observation.builder()
                .kpi("availability")
                .period(ReportingPeriod.month(YearMonth.of(2025, 4)))
                .value(99.9)
                .build(),
            Observation.builder()
                .kpi("mttr")
                .at(Instant.parse("2025-03-04T10:15:00Z"))
                .value(4)
                .build());
    assertThat(sheet.rows()).containsExactly(2, 3, 4);
    assertThat(sheet.cell(2, "Value")).isEqualTo(SourceRegion.cell("Observations", 4, 4));
  }

  @Test
  void aCsvFileOfKpiPeriodAndValueIsRead() throws IOException {
    Path csv =
        Files.writeString(dir.resolve("kpis.csv"), "kpi,month,actual\nnps,2025-03,41\n", UTF_8);
    assertThat(ObservationSheet.load(csv).observations())
        .containsExactly(
            Observation.builder()
                .kpi("nps")
                .period(ReportingPeriod.parse("2025-03"))
                .value(41)
                .build());
  }

  @Test
  void everyRejectedCellIsLocatedWithWhatWasExpected() {
    Path file =
        new PoiSheets()
            .sheet(
                "Observations",
                List.of(
                    row("KPI", "Period", "At", "Value", "Weight"),
                    row("availability", "March", null, 99.5),
                    row("availability", LocalDate.of(2025, 4, 15), null, 99.5),
                    row("availability", "2025-04", "2025-04-01T00:00:00Z", 99.5),
                    row("availability", null, LocalDate.of(2025, 4, 1), 99.5),
                    row("availability", "2025-05", null, "n/a", -1),
                    row("availability", null, null, 1)))
            .write(dir.resolve("bad.xlsx"));
    String f = file.toString();
    assertThatThrownBy(() -> ObservationSheet.load(file))
        .hasMessage(
            String.join(
                "\n",
                f
                    + ": Observations!B2: column 'Period': expected a period such as 2025-03,"
                    + " 2025-Q1, 2025-H2 or 2025, got 'March'",
                f
                    + ": Observations!B3: column 'Period': expected a period such as 2025-03,"
                    + " 2025-Q1, 2025-H2 or 2025, or a date cell on a month's first day, got the"
                    + " date 2025-04-15",
                f + ": Observations!B4: column 'Period': expected a Period or an At, got both",
                f
                    + ": Observations!C5: column 'At': expected an ISO 8601 instant with its"
                    + " offset, such as 2025-03-04T10:15:00Z, got the date 2025-04-01 (a date cell"
                    + " has no time zone: write the text)",
                f + ": Observations!D6: column 'Value': expected a number, got 'n/a'",
                f + ": Observations!E6: column 'Weight': expected a weight not below 0, got -1",
                f
                    + ": Observations!B7: column 'Period': expected a Period or an At, got"
                    + " neither"));
  }

  @Test
  void numbersNoSpreadsheetCanHoldAreErrorsNotInfinityOrZero() {
    byte[] csv =
        "KPI,Period,Value,Weight\nnps,2025-03,1e999999999,1\nnps,2025-04,2,1e-400\n"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThatThrownBy(
            () ->
                ObservationSheet.read(
                    Workbook.csv("kpis.csv", "kpis", csv, SheetLimits.defaults())))
        .hasMessage(
            String.join(
                "\n",
                "kpis.csv:2:13: column 'Value': expected a number a spreadsheet can hold (about"
                    + " 1E-307 to 1E+308 in size), got '1e999999999'",
                "kpis.csv:3:15: column 'Weight': expected a number a spreadsheet can hold (about"
                    + " 1E-307 to 1E+308 in size), got '1e-400'"));
  }

  @Test
  void aTableWithoutAPeriodOrAtColumnIsAnErrorAtItsHeaderRow() {
    Path file =
        new PoiSheets()
            .sheet("Observations", List.of(row("KPI", "Value"), row("nps", 41)))
            .write(dir.resolve("noperiod.xlsx"));
    assertThatThrownBy(() -> ObservationSheet.load(file))
        .hasMessage(
            file
                + ": Observations!A1: header row 1: expected a column Period (or At, for"
                + " observations at an instant)");
  }
}
