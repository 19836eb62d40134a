package dev.governance.cli;

import dev.governance.core.model.GovernanceModel;
import dev.governance.report.dashboard.Dashboard;
import dev.governance.io.GovernanceJson;
import dev.governance.io.RaciCsv;
import dev.governance.io.RaciSheet;
import dev.governance.rules.Severity;
import dev.governance.rules.ValidationReport;
import dev.governance.rules.raci.RaciValidator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code governance validate FILE}: runs every check over a JSON governance model (RACI matrices,
 * the risk register) or a RACI spreadsheet export ({@code .csv}, with {@code --people}), and prints
 * the findings as text, JSON or SARIF 2.1.0. Exit code 1 when there is an ERROR finding.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check a JSON governance model or a RACI spreadsheet (.csv) and print the findings.",
    footer = {"", "Examples:", "  governance validate model.json --format sarif > findings.sarif",
        "  governance validate release-raci.csv --people people.csv"})
final class ValidateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "A JSON model, or a RACI matrix as CSV (.csv).")
  Path file;

  @Option(names = "--people", paramLabel = "FILE", description = "For a CSV matrix: the role,person file.")
  @Nullable Path people;

  @Option(names = "--format", defaultValue = "text", description = "text, json or sarif (default ${DEFAULT-VALUE}).")
  FindingsFormat format = FindingsFormat.text;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The date the checks judge by (default today).")
  @Nullable LocalDate asOf;

  @Override
  public Integer call() {
    String name = file.toString();
    ValidationReport report;
    FindingsFormat.Locator locator;
    if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
      RaciSheet sheet = people == null ? RaciCsv.load(file) : RaciCsv.load(file, people);
      report = (people == null ? RaciValidator.standard().validate(sheet.matrix())
          : RaciValidator.standard().validate(sheet.matrix(), sheet.holders())).findings();
      locator = f -> f.subject().activity().map(sheet.activityLines()::get)
          .map(line -> new int[] {line, f.subject().role().map(sheet.roleColumns()::get).orElse(1)});
    } else {
      if (people != null) {
        throw new ParameterException(spec.commandLine(), "--people goes with a CSV matrix, not a JSON model");
      }
      GovernanceModel model = GovernanceJson.load(file);
      report = Dashboard.builder().model(model).asOf(asOf == null ? LocalDate.now() : asOf).build().health().findings();
      locator = f -> Optional.empty();
    }
    spec.commandLine().getOut().print(format.render(name, report, locator, GovernanceCli.version()));
    return report.count(Severity.ERROR) > 0 ? GovernanceCli.FINDINGS : GovernanceCli.OK;
  }
}
