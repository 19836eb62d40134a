package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command as users run it: {@code java -jar governance-cli/target/governance.jar}, a
 * process per call, its exit code, standard output and standard error.
 */
class GovernanceJarIT {

  private static final Path JAR = Path.of("target", "governance.jar");

  @TempDir Path dir;

  /** A finished process. */
  record Run(int code, String out, String err) {}

  private Run run(String stdin, String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Test
  void theJarPrintsItsVersion() throws Exception {
    assertThat(JAR).exists();
    Run run = run("", "--version");
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("governance ");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theReadmesDemoCommandWritesTheSixFiles() throws Exception {
    Run run = run("", "demo", "--out", "target" + File.separator + "demo");
    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    for (String file :
        new String[] {
          "dashboard.html",
          "report.md",
          "model.json",
          "findings.json",
          "findings.sarif",
          "deadlines.ics"
        }) {
      assertThat(dir.resolve("target/demo").resolve(file)).as(file).isNotEmptyFile();
    }
  }

  @Test
  void exitCodesAcrossCommands() throws Exception {
    assertThat(run("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\nCVSS:3.1/AV:Q\n", "cvss").code())
        .isEqualTo(1);
    assertThat(
            run(
                    "2026-03-02T16:30\tAmerica/New_York\t4bd\tUS\n",
                    "deadline",
                    "--batch",
                    "--rule",
                    "sec")
                .out())
        .isEqualTo("2026-03-06T23:59:59-05:00\n");
    Files.writeString(dir.resolve("bad.json"), "{\"name\": \"x\", \"colour\": 1}");
    Run bad = run("", "validate", "bad.json");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).startsWith("governance: bad.json:1:15: $.colour: unknown field");
    Files.writeString(dir.resolve("raci.csv"), "Activity,Owner\nPlan,R\n");
    assertThat(run("", "validate", "raci.csv", "--format", "json").code()).isEqualTo(1);
    assertThat(
            run("", "recur", "--start", "2026-01-01T00:00", "--rule", "FREQ=DAILY;COUNT=2").out())
        .isEqualTo("2026-01-01T00:00\n2026-01-02T00:00\n");
    assertThat(run("", "nonsense").code()).isEqualTo(2);
  }

  @Test
  void everyOtherCommandRunsFromTheJar() throws Exception {
    Run deadline =
        run(
            "",
            "deadline",
            "--event",
            "2026-02-27T10:00",
            "--zone",
            "Europe/Berlin",
            "--preset",
            "gdpr-breach-notification");
    assertThat(deadline.code()).isZero();
    assertThat(deadline.out()).startsWith("2026-03-02T10:59:59+01:00\n");
    Run simulate =
        run(
            "",
            "simulate",
            "--frequency",
            "probability:0.1",
            "--magnitude",
            "pert:1000,5000,20000",
            "--trials",
            "5000",
            "--format",
            "json");
    assertThat(simulate.code()).isZero();
    assertThat(simulate.out()).startsWith("{\"trials\":5000,\"seed\":1,\"portfolio\":{\"mean\":");
    assertThat(run("", "demo", "--out", "d").code()).isZero();
    Run scorecard = run("", "scorecard", "d/model.json", "--as-of", "2025-12-31");
    assertThat(scorecard.out()).startsWith("Omni-channel shared scorecard");
    Run report = run("", "report", "d/model.json", "--md", "r.md", "--from", "2025-12-01");
    assertThat(report.code()).isZero();
    assertThat(dir.resolve("r.md")).isNotEmptyFile();
    Run validate =
        run("", "validate", "d/model.json", "--as-of", "2025-12-31", "--format", "sarif");
    assertThat(validate.code()).isEqualTo(1);
    assertThat(validate.out()).contains("\"version\" : \"2.1.0\"");
    assertThat(run("", "simulate", "--frequency", "often", "--magnitude", "pert:1,2,3").code())
        .isEqualTo(2);
  }

  /**
   * Issue 20, point 6: a batch streams, so a million CVSS lines are answered line for line in a 64
   * MB heap, errors included, and the exit code says some line failed.
   */
  @Test
  void aMillionCvssLinesStreamThroughA64MegabyteHeap() throws Exception {
    Path input = dir.resolve("vectors.txt");
    try (var writer = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 1_000_000; i++) {
        writer.write(
            i % 1000 == 999
                ? "CVSS:3.1/AV:X\n"
                : "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:" + "NLH".charAt(i % 3) + "\n");
      }
    }
    Path out = dir.resolve("scores.txt");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-jar",
                JAR.toAbsolutePath().toString(),
                "cvss")
            .directory(dir.toFile())
            .redirectInput(input.toFile())
            .redirectOutput(out.toFile())
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("finished").isTrue();
    assertThat(process.exitValue()).isEqualTo(GovernanceCli.FINDINGS);
    try (var lines = Files.lines(out)) {
      assertThat(lines.count()).isEqualTo(1_000_000);
    }
    try (var lines = Files.lines(out)) {
      assertThat(lines.filter(l -> l.contains("\tERROR\t")).count()).isEqualTo(1_000);
    }
    assertThat(Files.readString(dir.resolve("err.txt"))).isEmpty();
  }

  /** Issue 20, point 6: recur --limit streams its occurrences instead of holding them. */
  @Test
  void recurStreamsTwoMillionOccurrencesThroughA32MegabyteHeap() throws Exception {
    Path out = dir.resolve("minutes.txt");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m",
                "-jar",
                JAR.toAbsolutePath().toString(),
                "recur",
                "--start",
                "2026-01-01T00:00",
                "--rule",
                "FREQ=MINUTELY",
                "--limit",
                "2000000")
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("finished").isTrue();
    assertThat(Files.readString(dir.resolve("err.txt"))).isEmpty();
    assertThat(process.exitValue()).isZero();
    try (var lines = Files.lines(out)) {
      assertThat(lines.count()).isEqualTo(2_000_000);
    }
  }
}
