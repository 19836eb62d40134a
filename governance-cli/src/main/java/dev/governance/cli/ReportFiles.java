package dev.governance.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.governance.report.Report;
import dev.governance.report.calendar.ICalendar;
import dev.governance.report.calendar.PersonalCalendars;
import dev.governance.report.dashboard.Dashboard;
import dev.governance.report.html.HtmlRenderer;
import dev.governance.report.sheet.XlsxRenderer;
import dev.governance.report.text.CsvRenderer;
import dev.governance.report.text.JsonRenderer;
import dev.governance.report.text.MarkdownRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

/** Writes a dashboard's files, each renderer's output to the path it is given. */
final class ReportFiles {

  private final Dashboard dashboard;
  private final Report report;

  ReportFiles(Dashboard dashboard) {
    this.dashboard = dashboard;
    this.report = dashboard.report();
  }

  void html(Path file) {
    write(file, HtmlRenderer.render(report).getBytes(UTF_8));
  }

  void markdown(Path file) {
    write(file, MarkdownRenderer.render(report).getBytes(UTF_8));
  }

  void json(Path file) {
    write(file, JsonRenderer.render(report));
  }

  void csv(Path directory) {
    try {
      CsvRenderer.write(report, directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + directory, e);
    }
  }

  /** Writes the unabridged dashboard ({@link Dashboard#unabridged}) as an Excel workbook. */
  void xlsx(Path file) {
    try {
      XlsxRenderer.write(dashboard.unabridged().report(), file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * Writes the deadlines, stamped at the start of the dashboard's day (UTC), so output is
   * reproducible.
   */
  void ics(Path file) {
    write(
        file,
        ICalendar.write(
                dashboard.health().model().name(),
                dashboard.health().occurrences(),
                dashboard.health().openActions(),
                stamp())
            .getBytes(UTF_8));
  }

  /**
   * Writes one iCalendar feed per person of the model into {@code directory}, each under the file
   * name {@link PersonalCalendars#fileName} gives its person id, stamped as {@link #ics}.
   */
  void icsPerPerson(Path directory) {
    PersonalCalendars.write(dashboard.health(), stamp())
        .forEach((file, ics) -> write(directory.resolve(file), ics.getBytes(UTF_8)));
  }

  private Instant stamp() {
    return dashboard.health().asOf().atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  static void write(Path file, byte[] bytes) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
