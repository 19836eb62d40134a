package dev.governance.examples;

import dev.governance.core.model.GovernanceModel;
import dev.governance.io.GovernanceJson;
import dev.governance.io.LoadException;
import dev.governance.io.sheet.RaciSheet;
import dev.governance.io.sheet.RaciWorkbook;
import dev.governance.io.sheet.SheetLimits;
import dev.governance.io.sheet.Workbook;
import dev.governance.report.Report;
import dev.governance.report.calendar.ICalendar;
import dev.governance.report.dashboard.Dashboard;
import dev.governance.report.html.HtmlRenderer;
import dev.governance.report.text.CsvRenderer;
import dev.governance.report.text.MarkdownRenderer;
import dev.governance.rules.health.GovernanceHealth;
import dev.governance.rules.raci.RaciValidator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Saves the omni-channel model as JSON and loads it back, renders its shared dashboard as HTML,
 * Markdown, CSV and iCalendar, checks a RACI matrix exported from a spreadsheet, and shows a
 * loader's located error.
 */
public final class ReportExample {

  private ReportExample() {}

  /**
   * Runs the example, writing the dashboard into {@code args[0]} or {@code
   * target/governance-dashboard}.
   *
   * @param args the output directory, optional
   * @throws IOException if the files cannot be written
   */
  public static void main(String[] args) throws IOException {
    run(System.out, Path.of(args.length > 0 ? args[0] : "target/governance-dashboard"));
  }

  static void run(PrintStream out, Path dir) throws IOException {
    byte[] json = GovernanceJson.toBytes(OmniChannelScenario.model());
    GovernanceModel model = GovernanceJson.load("omni-channel.json", json);
    out.printf("Saved and loaded the model as %,d bytes of JSON%n", json.length);

    Dashboard dashboard =
        Dashboard.of(GovernanceHealth.standard().check(model, LocalDate.of(2026, 3, 2)));
    Report report = dashboard.report();
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("dashboard.html"), HtmlRenderer.render(report), StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("report.md"), MarkdownRenderer.render(report), StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("deadlines.ics"),
        ICalendar.write(
            model.name(),
            dashboard.health().occurrences(),
            dashboard.health().openActions(),
            model.risks().get(0).identifiedOn().atStartOfDay().toInstant(java.time.ZoneOffset.UTC)),
        StandardCharsets.UTF_8);
    out.printf(
        "Dashboard of %d sections, %d CSV files, written to %s%n",
        report.sections().size(), CsvRenderer.write(report, dir.resolve("csv")).size(), dir);

    String sheet =
        "Activity,Critical,Program manager,System owner\n"
            + "Approve go-live,yes,A/R,A\n"
            + "Run load test,,I,\n";
    RaciSheet raci =
        RaciWorkbook.read(
                Workbook.csv(
                    "go-live.csv",
                    "Go-live",
                    sheet.getBytes(StandardCharsets.UTF_8),
                    SheetLimits.defaults()))
            .matrices()
            .get(0);
    RaciValidator.standard().validate(raci.matrix()).findings().findings().stream()
        .filter(f -> f.subject().activity().isPresent())
        .forEach(
            f ->
                out.println(
                    "go-live.csv:"
                        + raci.activityLines().get(f.subject().activity().get())
                        + ": "
                        + f));
    try {
      var unused =
          RaciWorkbook.read(
              Workbook.csv(
                  "broken.csv",
                  "Broken",
                  "Activity,Owner\nPlan,A?\n".getBytes(StandardCharsets.UTF_8),
                  SheetLimits.defaults()));
    } catch (LoadException e) {
      out.println("Rejected: " + e.getMessage());
    }
  }
}
