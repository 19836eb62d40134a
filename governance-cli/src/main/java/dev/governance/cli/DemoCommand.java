package dev.governance.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.governance.cli.ValidateCommand.Format;
import dev.governance.core.model.GovernanceModel;
import dev.governance.io.GovernanceJson;
import dev.governance.io.ModelFiles;
import dev.governance.report.dashboard.Dashboard;
import dev.governance.rules.FindingLocator;
import dev.governance.rules.Severity;
import dev.governance.rules.ValidationReport;
import dev.governance.rules.health.HealthReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code governance demo}: runs every engine on the embedded omni-channel model (a global
 * retailer's three-year program, one RACI matrix deliberately flawed) as of the day the model
 * states (2025-12-31, the program's last day), through the same configured path as {@code validate}
 * with no option, and writes {@code dashboard.html}, {@code report.md}, {@code model.json}, {@code
 * findings.json}, {@code findings.sarif} and {@code deadlines.ics} into the output directory, then
 * prints a one-screen summary. It exits 0 once every file is written: the demo's findings are there
 * to be shown.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Run every engine on the embedded omni-channel model and write the dashboard and reports.",
    footerHeading = "%nExample:%n",
    footer = {"  governance demo --out target/demo"})
final class DemoCommand implements Callable<Integer> {

  /** The name of the model file the demo writes, which its findings files point into. */
  static final String MODEL_FILE = "model.json";

  /** Where the embedded model is. */
  static final String MODEL = "omni-channel.json";

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "governance-demo",
      description = "Where to write the files (default ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() {
    GovernanceModel model = GovernanceJson.load(MODEL, embedded());
    HealthOptions noOption = new HealthOptions();
    LocalDate asOf = noOption.asOf(model);
    HealthReport health = noOption.policy().health(model, asOf).check(model, asOf);
    ReportFiles files = new ReportFiles(Dashboard.of(health));
    files.html(out.resolve("dashboard.html"));
    files.markdown(out.resolve("report.md"));
    files.ics(out.resolve("deadlines.ics"));
    byte[] saved = GovernanceJson.toBytes(model);
    ReportFiles.write(out.resolve("model.json"), saved);
    FindingLocator locator = ModelFiles.read(MODEL_FILE, saved).locator();
    ValidationReport findings = health.findings();
    for (Format format : List.of(Format.json, Format.sarif)) {
      ReportFiles.write(
          out.resolve("findings." + format),
          ValidateCommand.render(format, MODEL_FILE, findings, locator, health.personNames())
              .getBytes(UTF_8));
    }

    PrintWriter print = spec.commandLine().getOut();
    print.printf("%s, as of %s%n", model.name(), asOf);
    print.printf(
        "  %d projects, %d systems, %d people, %d RACI matrices, %d risks, %d KPIs, %d"
            + " obligations%n",
        model.projects().size(),
        model.systems().size(),
        model.people().size(),
        model.raciMatrices().size(),
        model.risks().size(),
        model.kpis().size(),
        model.obligations().size());
    health
        .scorecards()
        .forEach(
            s ->
                print.printf(
                    "  scorecard %s: %s (%s)%n",
                    s.name(),
                    s.score().isPresent()
                        ? String.format(
                            java.util.Locale.ROOT,
                            "%.1f %% of target",
                            100 * s.score().getAsDouble())
                        : "no data",
                    s.status()));
    print.printf(
        "  findings: %d ERROR, %d WARNING, %d INFO%s%n",
        findings.count(Severity.ERROR),
        findings.count(Severity.WARNING),
        findings.count(Severity.INFO),
        findings.waived().isEmpty() ? "" : ", " + findings.waived().size() + " waived");
    findings.findings().stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .limit(6)
        .forEach(f -> print.println("    " + f));
    print.println(
        "  to tell: "
            + health.countsByRole().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", ")));
    print.printf(
        "Wrote dashboard.html, report.md, model.json, findings.json, findings.sarif, deadlines.ics"
            + " to %s%n",
        out);
    return GovernanceCli.OK;
  }

  /** Returns the embedded omni-channel model's JSON. */
  static byte[] embedded() {
    try (InputStream in = DemoCommand.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException(MODEL + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
