package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
  void needsAnOutputAndAnOrderedWindow() throws Exception {
    Path model = Files.write(dir.resolve("omni.json"), DemoCommand.embedded());
    Cli.Result none = Cli.run("report", model.toString());
    assertThat(none.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(none.err()).startsWith("give at least one of --html, --md, --json, --csv and --ics");
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
}
