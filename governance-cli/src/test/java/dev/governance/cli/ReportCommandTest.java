package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  @TempDir Path dir;

  @Test
  void writesEachFileItsOptionNames() throws Exception {
    Path model = Files.write(dir.resolve("omni.json"), DemoCommand.embedded());
    Cli.Result result =
        Cli.run(
            "report",
            model.toString(),
            "--html",
            dir.resolve("out/d.html").toString(),
            "--md",
            dir.resolve("r.md").toString(),
            "--json",
            dir.resolve("r.json").toString(),
            "--csv",
            dir.resolve("csv").toString(),
            "--ics",
            dir.resolve("d.ics").toString(),
            "--from",
            "2025-12-01",
            "--to",
            "2026-02-28");
    assertThat(result.code()).isZero();
    assertThat(Files.readString(dir.resolve("out/d.html")))
        .startsWith("<!DOCTYPE html>")
        .contains("Compliance calendar: the next 89 days");
    assertThat(Files.readString(dir.resolve("r.md")))
        .startsWith("# Global retailer: omni-channel program");
    assertThat(Files.readString(dir.resolve("r.json"))).contains("\"asOf\" : \"2025-12-01\"");
    assertThat(dir.resolve("csv/findings-all.csv")).exists();
    assertThat(Files.readString(dir.resolve("d.ics"))).startsWith("BEGIN:VCALENDAR");
  }

  @Test
  void writesOneCalendarPerPersonWithTheirDeadlinesAndActions() throws Exception {
    Path model = Files.write(dir.resolve("omni.json"), DemoCommand.embedded());
    Path feeds = dir.resolve("feeds");
    Cli.Result result = Cli.run("report", model.toString(), "--ics-per-person", feeds.toString());
    assertThat(result.code()).isZero();
    try (Stream<Path> files = Files.list(feeds)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .hasSize(18)
          .contains("ana.ics", "cy.ics", "dara.ics", "lea.ics");
    }
    String ana = Files.readString(feeds.resolve("ana.ics"));
    assertThat(ana)
        .startsWith("BEGIN:VCALENDAR")
        .contains("X-WR-CALNAME:Ana Lima: Global retailer: omni-channel program")
        .contains("SUMMARY:Monthly joint risk review due")
        .contains("BEGIN:VALARM");
    assertThat(Files.readString(feeds.resolve("dara.ics")))
        .as("the security officer's deadlines are not the program manager's")
        .doesNotContain("SUMMARY:Monthly joint risk review due");
    assertThat(Files.readString(feeds.resolve("cy.ics")))
        .contains("SUMMARY:Mitigation action due: Automate retention purges");
  }

  @Test
  void needsAnOutputAndAnOrderedWindow() throws Exception {
    Path model = Files.write(dir.resolve("omni.json"), DemoCommand.embedded());
    Cli.Result none = Cli.run("report", model.toString());
    assertThat(none.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(none.err())
        .startsWith(
            "give at least one of --html, --md, --json, --csv, --xlsx, --ics and --ics-per-person");
    Cli.Result window =
        Cli.run(
            "report",
            model.toString(),
            "--md",
            dir.resolve("r.md").toString(),
            "--from",
            "2026-01-01",
            "--to",
            "2025-12-01");
    assertThat(window.err()).startsWith("--to 2025-12-01 must be after --as-of 2026-01-01");
  }

  @Test
  void theDaysShownChangeTheDeadlinesListedNeverTheFindings() throws Exception {
    Path model = Files.write(dir.resolve("omni.json"), DemoCommand.embedded());
    String week = summary(model, "--days", "5");
    String quarter = summary(model, "--days", "90");
    assertThat(week).as("the timeline differs").isNotEqualTo(quarter);
    assertThat(findingsOf(week)).isEqualTo(findingsOf(quarter));
    assertThat(summary(model, "--to", "2026-01-05")).isEqualTo(week);
    assertThat(summary(model, "--from", "2025-12-31", "--days", "5")).isEqualTo(week);
  }

  @Test
  void rejectsAmbiguousOrEmptyWindows() throws Exception {
    Path model = Files.write(dir.resolve("omni.json"), DemoCommand.embedded());
    String md = dir.resolve("r.md").toString();
    assertThat(
            Cli.run("report", model.toString(), "--md", md, "--days", "5", "--to", "2026-02-01")
                .err())
        .startsWith("give --days or --to, not both");
    assertThat(Cli.run("report", model.toString(), "--md", md, "--days", "0").err())
        .startsWith("--days 0 must be at least 1");
    Cli.Result both =
        Cli.run(
            "report",
            model.toString(),
            "--md",
            md,
            "--as-of",
            "2026-01-01",
            "--from",
            "2026-01-02");
    assertThat(both.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(both.err()).startsWith("give --as-of or --from, not both");
  }

  /** Returns the report's JSON with its findings table and deadline timeline, for comparing. */
  private String summary(Path model, String... options) throws Exception {
    Path json = dir.resolve("summary.json");
    String[] args = new String[options.length + 4];
    args[0] = "report";
    args[1] = model.toString();
    args[2] = "--json";
    args[3] = json.toString();
    System.arraycopy(options, 0, args, 4, options.length);
    assertThat(Cli.run(args).code()).isZero();
    return Files.readString(json);
  }

  private static String findingsOf(String report) {
    return report.substring(report.indexOf("\"findings-all\""));
  }
}
