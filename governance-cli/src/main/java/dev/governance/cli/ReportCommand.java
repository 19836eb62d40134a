package dev.governance.cli;

import dev.governance.core.model.GovernanceModel;
import dev.governance.io.ModelFiles;
import dev.governance.report.dashboard.Dashboard;
import dev.governance.rules.health.GovernanceHealth;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code governance report MODEL.json}: writes the shared dashboard of a model as HTML, Markdown,
 * JSON, CSV (a file per table), an Excel workbook (a sheet per table, every row) and iCalendar (the
 * deadlines in one feed, or one feed per person with {@code --ics-per-person}), each where its
 * option says. The dashboard shows the health report of the engines {@code --policy} configures, as
 * of {@code --as-of} (default: the model's asOf, else today), with the deadlines of the next {@code
 * --days} days (default: the policy's horizon, 90); the days shown change which deadlines are
 * listed, never the findings. {@code --from} and {@code --to} are the earlier names of {@code
 * --as-of} and of the window's last day, kept hidden for scripts that use them.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Write the shared dashboard of a model as HTML, Markdown, JSON, CSV, XLSX and iCalendar.",
    footerHeading = "%nExample:%n",
    footer = {
      "  governance report model.json --html dashboard.html --ics deadlines.ics \\",
      "      --as-of 2026-03-01 --days 90"
    })
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin HealthOptions options = new HealthOptions();

  @Parameters(index = "0", paramLabel = "MODEL.json", description = "The JSON governance model.")
  Path file;

  @Option(names = "--html", paramLabel = "FILE", description = "The self-contained HTML dashboard.")
  @Nullable Path html;

  @Option(names = "--md", paramLabel = "FILE", description = "The Markdown report.")
  @Nullable Path markdown;

  @Option(names = "--json", paramLabel = "FILE", description = "The report as JSON.")
  @Nullable Path json;

  @Option(
      names = "--csv",
      paramLabel = "DIR",
      description = "A CSV file per table, into this directory.")
  @Nullable Path csv;

  @Option(
      names = "--xlsx",
      paramLabel = "FILE",
      description =
          "An Excel workbook: a sheet per table, every risk, finding and deadline, typed cells.")
  @Nullable Path xlsx;

  @Option(names = "--ics", paramLabel = "FILE", description = "The deadlines as iCalendar.")
  @Nullable Path ics;

  @Option(
      names = "--ics-per-person",
      paramLabel = "DIR",
      description =
          "One iCalendar feed per person (their deadlines, reminders and actions), into this"
              + " directory.")
  @Nullable Path icsPerPerson;

  @Option(
      names = "--days",
      paramLabel = "N",
      description = "How many days of deadlines to show (default: the policy's horizon, 90).")
  @Nullable Integer days;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      hidden = true,
      description = "The last date of the deadlines shown.")
  @Nullable LocalDate to;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      hidden = true,
      description = "The earlier name of --as-of.")
  @Nullable LocalDate from;

  @Override
  public Integer call() {
    if (html == null
        && markdown == null
        && json == null
        && csv == null
        && xlsx == null
        && ics == null
        && icsPerPerson == null) {
      throw new ParameterException(
          spec.commandLine(),
          "give at least one of --html, --md, --json, --csv, --xlsx, --ics and --ics-per-person");
    }
    if (days != null && to != null) {
      throw new ParameterException(spec.commandLine(), "give --days or --to, not both");
    }
    if (from != null && options.day.asOf != null) {
      throw new ParameterException(spec.commandLine(), "give --as-of or --from, not both");
    }
    GovernanceModel model = ModelFiles.read(file).model();
    LocalDate asOf = from != null ? from : options.asOf(model);
    GovernanceHealth health = options.policy().health(model, asOf);
    if (to != null) {
      if (!to.isAfter(asOf)) {
        throw new ParameterException(
            spec.commandLine(), "--to " + to + " must be after --as-of " + asOf);
      }
      health =
          health.withDaysAhead(
              (int) Math.min(Integer.MAX_VALUE, ChronoUnit.DAYS.between(asOf, to)));
    } else if (days != null) {
      if (days < 1) {
        throw new ParameterException(spec.commandLine(), "--days " + days + " must be at least 1");
      }
      health = health.withDaysAhead(days);
    }
    ReportFiles files = new ReportFiles(Dashboard.of(health.check(model, asOf)));
    if (html != null) {
      files.html(html);
    }
    if (markdown != null) {
      files.markdown(markdown);
    }
    if (json != null) {
      files.json(json);
    }
    if (csv != null) {
      files.csv(csv);
    }
    if (xlsx != null) {
      files.xlsx(xlsx);
    }
    if (ics != null) {
      files.ics(ics);
    }
    if (icsPerPerson != null) {
      files.icsPerPerson(icsPerPerson);
    }
    return GovernanceCli.OK;
  }
}
