package dev.governance.cli;

import dev.governance.report.dashboard.Dashboard;
import dev.governance.io.GovernanceJson;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code governance report MODEL.json}: writes the shared dashboard of a model as HTML, Markdown,
 * JSON, CSV (a file per table) and iCalendar, each where its option says. {@code --from} is the
 * date the dashboard speaks for (default today) and {@code --to} the end of the deadlines shown
 * (default 90 days later).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write the shared dashboard of a model as HTML, Markdown, JSON, CSV and iCalendar.",
    footer = {"", "Example:", "  governance report model.json --html dashboard.html --ics deadlines.ics --from 2026-03-01 --to 2026-05-31"})
final class ReportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MODEL.json", description = "The JSON governance model.")
  Path file;

  @Option(names = "--html", paramLabel = "FILE", description = "The self-contained HTML dashboard.")
  @Nullable Path html;

  @Option(names = "--md", paramLabel = "FILE", description = "The Markdown report.")
  @Nullable Path markdown;

  @Option(names = "--json", paramLabel = "FILE", description = "The report as JSON.")
  @Nullable Path json;

  @Option(names = "--csv", paramLabel = "DIR", description = "A CSV file per table, into this directory.")
  @Nullable Path csv;

  @Option(names = "--ics", paramLabel = "FILE", description = "The deadlines as iCalendar.")
  @Nullable Path ics;

  @Option(names = "--from", paramLabel = "DATE", description = "The date the report speaks for (default today).")
  @Nullable LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "The last date of the deadlines shown (default 90 days after --from).")
  @Nullable LocalDate to;

  @Override
  public Integer call() {
    if (html == null && markdown == null && json == null && csv == null && ics == null) {
      throw new ParameterException(spec.commandLine(), "give at least one of --html, --md, --json, --csv and --ics");
    }
    LocalDate asOf = from == null ? LocalDate.now() : from;
    Dashboard.Builder dashboard = Dashboard.builder().model(GovernanceJson.load(file)).asOf(asOf);
    if (to != null) {
      if (!to.isAfter(asOf)) {
        throw new ParameterException(spec.commandLine(), "--to " + to + " must be after --from " + asOf);
      }
      dashboard.horizonDays((int) ChronoUnit.DAYS.between(asOf, to));
    }
    ReportFiles files = new ReportFiles(dashboard.build());
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
    if (ics != null) {
      files.ics(ics);
    }
    return GovernanceCli.OK;
  }
}
