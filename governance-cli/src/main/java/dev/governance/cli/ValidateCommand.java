package dev.governance.cli;

import dev.governance.core.model.GovernanceModel;
import dev.governance.io.ModelFile;
import dev.governance.io.ModelFiles;
import dev.governance.io.sheet.RaciWorkbook;
import dev.governance.io.sheet.RiskRegisterSheet;
import dev.governance.io.sheet.SheetImport;
import dev.governance.report.findings.FindingsJson;
import dev.governance.report.findings.FindingsText;
import dev.governance.report.findings.Sarif;
import dev.governance.rules.Finding;
import dev.governance.rules.FindingLocator;
import dev.governance.rules.ValidationReport;
import dev.governance.rules.health.HealthReport;
import dev.governance.rules.raci.RaciValidator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code governance validate FILE}: runs every check over a JSON governance model (governance
 * health: RACI matrices, the risk register, scorecards, the compliance calendar, the practice
 * rules) or the RACI checks over a RACI spreadsheet ({@code .csv}, or an {@code .xlsx} workbook of
 * one matrix per sheet; with {@code --people} or the workbook's People sheet), configured by {@code
 * --policy}, and prints the findings as text, JSON or SARIF 2.1.0, each placed at its line and
 * column in the file (its cell, {@code Sheet!C7}, in a workbook), with the people to tell by name
 * (text) or with a top-level {@code "people"} object of each person's name and number of findings
 * (JSON). With {@code --register}, the risks of risk registers ({@code .xlsx} or {@code .csv}) are
 * merged into the model first ({@link SheetImport}), and text places findings about them at their
 * rows. Exit code 1 when there is an ERROR finding that no waiver accepted: a waived ERROR is
 * printed, marked, but does not fail the command, and once its waiver has expired it does again.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Check a JSON governance model or a RACI spreadsheet (.csv or .xlsx) and print the"
            + " findings.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  governance validate model.json --format sarif > findings.sarif",
      "  governance validate model.json --policy governance-policy.json --calendar DE",
      "  governance validate model.json --register risks.xlsx",
      "  governance validate release-raci.csv --people people.csv",
      "  governance validate raci.xlsx --format json"
    })
final class ValidateCommand implements Callable<Integer> {

  /** The output formats of findings. */
  enum Format {
    /** {@code FILE:LINE:COLUMN: SEVERITY CODE [subject] message}, then the counts. */
    text,
    /** The documented findings JSON. */
    json,
    /** SARIF 2.1.0. */
    sarif
  }

  @Spec CommandSpec spec;

  @Mixin HealthOptions options = new HealthOptions();

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description =
          "A JSON model, or RACI matrices: a CSV file (.csv) or a workbook (.xlsx) of one matrix"
              + " per sheet.")
  Path file;

  @Option(
      names = "--people",
      paramLabel = "FILE",
      description = "For RACI matrices: the role,person file (.csv or .xlsx).")
  @Nullable Path people;

  @Option(
      names = "--register",
      paramLabel = "FILE",
      description =
          "For a JSON model: a risk register (.xlsx or .csv) whose risks are checked with the"
              + " model's; its findings point at the register's rows in text.")
  List<Path> registers = new ArrayList<>();

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, json or sarif (default ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Override
  public Integer call() {
    String name = file.toString();
    ValidationReport report;
    FindingLocator locator;
    Map<String, String> names = Map.of();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv") || lower.endsWith(".xlsx")) {
      if (options.day.asOf != null || options.calendar != null) {
        throw new ParameterException(
            spec.commandLine(),
            "--as-of and --calendar judge a JSON model; a RACI matrix has no dates");
      }
      if (!registers.isEmpty()) {
        throw new ParameterException(
            spec.commandLine(), "--register goes with a JSON model, not a RACI matrix");
      }
      RaciWorkbook sheets =
          people == null ? RaciWorkbook.load(file) : RaciWorkbook.load(file, people);
      report = sheets.validate(RaciValidator.of(options.policy().raci()));
      locator = sheets.locator();
    } else {
      if (people != null) {
        throw new ParameterException(
            spec.commandLine(), "--people goes with a CSV matrix, not a JSON model");
      }
      ModelFile model = ModelFiles.read(file);
      GovernanceModel m = model.model();
      List<RiskRegisterSheet> sheets = new ArrayList<>();
      if (!registers.isEmpty()) {
        SheetImport merge = SheetImport.into(model);
        for (Path register : registers) {
          RiskRegisterSheet sheet =
              RiskRegisterSheet.load(register, m.likelihoodScale(), m.impactScale());
          sheets.add(sheet);
          merge.risks(sheet);
        }
        m = merge.merge();
      }
      LocalDate asOf = options.asOf(m);
      HealthReport health = options.policy().health(m, asOf).check(m, asOf);
      report = health.findings();
      names = health.personNames();
      locator = model.locator();
      if (!sheets.isEmpty()) {
        FindingLocator inModel = locator;
        Function<Finding, Optional<RiskRegisterSheet>> registerOf =
            f ->
                f.subject()
                    .risk()
                    .flatMap(
                        id -> sheets.stream().filter(s -> s.rows().containsKey(id)).findFirst());
        if (format == Format.text) {
          spec.commandLine()
              .getOut()
              .print(
                  FindingsText.render(
                      f -> registerOf.apply(f).map(RiskRegisterSheet::source).orElse(name),
                      report,
                      f ->
                          registerOf
                              .apply(f)
                              .map(s -> s.locator().locate(f))
                              .orElseGet(() -> inModel.locate(f)),
                      names));
          return report.isValid() ? GovernanceCli.OK : GovernanceCli.FINDINGS;
        }
        // JSON and SARIF name one file: findings about a register's risks are left unplaced
        locator = f -> registerOf.apply(f).isPresent() ? Optional.empty() : inModel.locate(f);
      }
    }
    spec.commandLine().getOut().print(render(format, name, report, locator, names));
    return report.isValid() ? GovernanceCli.OK : GovernanceCli.FINDINGS;
  }

  /**
   * Returns the findings in {@code format}, the people to tell named by {@code names} (person id to
   * name): text ends each finding told to anyone in {@code (tell: NAME, ...)}, JSON adds the
   * top-level {@code "people"}.
   */
  static String render(
      Format format,
      String file,
      ValidationReport report,
      FindingLocator locator,
      Map<String, String> names) {
    switch (format) {
      case json:
        return FindingsJson.render(report, locator, names);
      case sarif:
        return Sarif.render(file, report, locator, GovernanceCli.version());
      default:
        return FindingsText.render(file, report, locator, names);
    }
  }
}
