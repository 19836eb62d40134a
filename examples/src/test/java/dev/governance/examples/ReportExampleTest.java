package dev.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportExampleTest {

  @Test
  void writesTheDashboardAndReportsTheSpreadsheetsFindings(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ReportExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), dir);
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .contains("Saved and loaded the model as ")
        .contains("Dashboard of 6 sections, ")
        .contains(
            "go-live.csv:3: ERROR RACI-001 [activity=run-load-test, matrix=go-live] Activity 'Run"
                + " load test' has no Accountable")
        .contains(
            "go-live.csv:2: ERROR RACI-002 [activity=approve-go-live, matrix=go-live] Activity"
                + " 'Approve go-live' has 2 Accountables")
        .contains(
            "Rejected: broken.csv:2:6: line 2, role owner: expected RACI letters such as A or A/R,"
                + " found 'A?'");
    assertThat(Files.readString(dir.resolve("dashboard.html"))).startsWith("<!DOCTYPE html>");
    assertThat(Files.readString(dir.resolve("deadlines.ics"))).startsWith("BEGIN:VCALENDAR");
    assertThat(dir.resolve("report.md")).exists();
    assertThat(dir.resolve("csv/findings-all.csv")).exists();
  }
}
