package dev.governance.cli;

import dev.governance.core.model.GovernanceModel;
import dev.governance.io.GovernanceJson;
import dev.governance.io.ModelFile;
import dev.governance.io.ModelFiles;
import dev.governance.io.sheet.ObservationSheet;
import dev.governance.io.sheet.RaciWorkbook;
import dev.governance.io.sheet.RiskRegisterSheet;
import dev.governance.io.sheet.SheetCell;
import dev.governance.io.sheet.SheetImport;
import dev.governance.report.Texts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code governance import (--raci FILE | --register FILE | --observations FILE)... --into MODEL
 * --out NEW}: merges what spreadsheets hold (risk registers, KPI observations, RACI matrices) into
 * a JSON model and writes the merged model as JSON, through {@link SheetImport}. It exits 0 once
 * the model is written, whatever its findings ({@code governance validate NEW} checks them), and 2
 * when a file cannot be read or clashes with the model, every problem on standard error at its
 * cell.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Merge risk registers, KPI observations and RACI matrices from spreadsheets (.xlsx or .csv)"
            + " into a JSON model and write the merged model. Nothing the model has is replaced: a"
            + " risk or matrix id it has already is an error at the sheet's cell. Columns of no"
            + " known name are listed on standard error and not read.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      GovernanceCli.OK + ":the merged model is written",
      GovernanceCli.USAGE + ":usage error, unreadable input or a clash, nothing written"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  governance import --register risks.xlsx --into model.json --out new.json",
      "  governance import --observations kpis.xlsx --raci release.csv \\",
      "      --into model.json --out model.json"
    })
final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--register",
      paramLabel = "FILE",
      description = "A risk register (.xlsx or .csv): its risks are added.")
  List<Path> registers = new ArrayList<>();

  @Option(
      names = "--observations",
      paramLabel = "FILE",
      description = "KPI observations (.xlsx or .csv): kpi, period, value[, weight].")
  List<Path> observations = new ArrayList<>();

  @Option(
      names = "--raci",
      paramLabel = "FILE",
      description =
          "RACI matrices: a workbook (.xlsx, a matrix per sheet, an optional People sheet) or a"
              + " CSV file; each matrix, its roles and holders are added.")
  List<Path> matrices = new ArrayList<>();

  @Option(
      names = "--into",
      paramLabel = "MODEL",
      required = true,
      description = "The JSON model to merge into.")
  Path into;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      required = true,
      description = "Where to write the merged JSON model (may be MODEL itself).")
  Path out;

  @Override
  public Integer call() {
    if (registers.isEmpty() && observations.isEmpty() && matrices.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "give at least one of --register, --observations and --raci");
    }
    ModelFile file = ModelFiles.read(into);
    GovernanceModel model = file.model();
    SheetImport merge = SheetImport.into(file);
    PrintWriter err = spec.commandLine().getErr();
    int risks = 0;
    for (Path register : registers) {
      RiskRegisterSheet sheet =
          RiskRegisterSheet.load(register, model.likelihoodScale(), model.impactScale());
      ignored(err, sheet.source(), sheet.ignoredColumns());
      merge.risks(sheet);
      risks += sheet.risks().size();
    }
    int observed = 0;
    for (Path path : observations) {
      ObservationSheet sheet = ObservationSheet.load(path);
      ignored(err, sheet.source(), sheet.ignoredColumns());
      merge.observations(sheet);
      observed += sheet.observations().size();
    }
    int matrixCount = 0;
    for (Path matrix : matrices) {
      RaciWorkbook book = RaciWorkbook.load(matrix);
      merge.raci(book);
      matrixCount += book.matrices().size();
    }
    GovernanceModel merged = merge.merge();
    ReportFiles.write(out, GovernanceJson.toBytes(merged));
    spec.commandLine()
        .getOut()
        .printf(
            "%s: %s with %d risks, %d observations and %d RACI matrices added%n",
            out, into, risks, observed, matrixCount);
    return GovernanceCli.OK;
  }

  /** Prints a note per column not read, so that a column of an unexpected name is noticed. */
  private static void ignored(PrintWriter err, String source, List<SheetCell> columns) {
    for (SheetCell column : columns) {
      err.printf(
          "governance: note: %s: %s: column '%s' is not read (no known name)%n",
          Texts.oneLine(source), column.location(), Texts.oneLine(column.text().trim()));
    }
  }
}
