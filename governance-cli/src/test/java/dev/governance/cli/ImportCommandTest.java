package dev.governance.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.GovernanceModel;
import dev.governance.core.risk.Risk;
import dev.governance.io.GovernanceJson;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, acceptance 2: {@code governance import --register R.xlsx --into target/demo/model.json
 * --out NEW.json} gives a model that {@code validate} accepts, with the workbook's risks in it.
 */
class ImportCommandTest {

  @TempDir Path dir;

  private Path model;

  @BeforeEach
  void demo() {
    Path demo = dir.resolve("demo");
    assertThat(Cli.run("demo", "--out", demo.toString()).code()).isZero();
    model = demo.resolve("model.json");
  }

  /** Writes, with Apache POI, a register of the demo's people, systems and controls. */
  private Path register(Object[]... rows) throws IOException {
    Path file = dir.resolve("R.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("d mmm yyyy"));
      XSSFSheet sheet = wb.createSheet("Risks");
      sheet.createRow(0).createCell(0).setCellValue("Omni-channel risks from the PMO workbook");
      Object[] header = {
        "Risk ID",
        "Title",
        "Category",
        "Owner (program)",
        "Owner (system)",
        "Systems",
        "Controls",
        "Treatment",
        "Identified",
        "Likelihood",
        "Impact",
        "Residual L",
        "Residual I",
        "Last reviewed"
      };
      Object[][] all = new Object[rows.length + 1][];
      all[0] = header;
      System.arraycopy(rows, 0, all, 1, rows.length);
      for (int r = 0; r < all.length; r++) {
        XSSFRow row = sheet.createRow(r + 1);
        for (int c = 0; c < all[r].length; c++) {
          Object value = all[r][c];
          if (value instanceof String) {
            row.createCell(c).setCellValue((String) value);
          } else if (value instanceof Integer) {
            row.createCell(c).setCellValue((Integer) value);
          } else if (value instanceof LocalDate) {
            row.createCell(c).setCellValue((LocalDate) value);
            row.getCell(c).setCellStyle(date);
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    return file;
  }

  private static final Object[] CARRIER =
      row(
          "carrier-exit",
          "Parcel carrier leaves the market",
          "vendor",
          "ana",
          "cy",
          "commerce",
          "dpia",
          "transfer",
          LocalDate.of(2025, 9, 1),
          "Moderate",
          4,
          2,
          4,
          LocalDate.of(2025, 12, 1));

  private static Object[] row(Object... cells) {
    return cells;
  }

  private static String counts(String out) {
    List<String> lines = out.lines().toList();
    return lines.get(lines.size() - 1);
  }

  @Test
  void importsARegistersRisksIntoTheDemoModelWhichValidateAccepts() throws IOException {
    Path register = register(CARRIER);
    Path merged = dir.resolve("NEW.json");
    Cli.Result imported =
        Cli.run(
            "import",
            "--register",
            register.toString(),
            "--into",
            model.toString(),
            "--out",
            merged.toString());
    assertThat(imported.err()).isEmpty();
    assertThat(imported.code()).isEqualTo(GovernanceCli.OK);
    assertThat(imported.out())
        .isEqualTo(
            merged + ": " + model + " with 1 risks, 0 observations and 0 RACI matrices added\n");
    GovernanceModel before = GovernanceJson.load(model);
    GovernanceModel after = GovernanceJson.load(merged);
    assertThat(after.risks()).hasSize(before.risks().size() + 1);
    Risk carrier = after.risks().get(after.risks().size() - 1);
    assertThat(carrier.id()).isEqualTo("carrier-exit");
    assertThat(carrier.assessments()).hasSize(2);
    Cli.Result demo = Cli.run("validate", model.toString());
    Cli.Result validated = Cli.run("validate", merged.toString());
    assertThat(validated.err()).isEmpty();
    assertThat(validated.code()).as("the demo's own ERROR findings").isEqualTo(demo.code());
    assertThat(counts(validated.out())).isEqualTo(counts(demo.out()));
  }

  @Test
  void aClashOrABadCellWritesNothingAndExits2WithEveryProblem() throws IOException {
    Object[] clash = CARRIER.clone();
    clash[0] = "privacy-law";
    Object[] typo = CARRIER.clone();
    typo[10] = "Hgh";
    Path register = register(clash, typo);
    Path merged = dir.resolve("NEW.json");
    Cli.Result result =
        Cli.run(
            "import",
            "--register",
            register.toString(),
            "--into",
            model.toString(),
            "--out",
            merged.toString());
    assertThat(result.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(result.err())
        .isEqualTo(
            "governance: "
                + register
                + ": Risks!K4: column 'Impact': expected 1-5 or one of Very Low, Low, Moderate,"
                + " High, Very High, got 'Hgh'\n");
    assertThat(merged).doesNotExist();
    Path fixed = register(clash);
    Cli.Result clashed =
        Cli.run(
            "import",
            "--register",
            fixed.toString(),
            "--into",
            model.toString(),
            "--out",
            merged.toString());
    assertThat(clashed.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(clashed.err())
        .matches(
            "governance: \\Q"
                + fixed
                + ": Risks!A3: column 'Risk ID': expected a risk id the model does not have, got"
                + " 'privacy-law', which "
                + model
                + " has at \\E\\d+:\\d+ \\(\\$\\.risks\\[\\d+]\\)\n");
  }

  @Test
  void importsObservationsAndARaciCsvAndNeedsSomethingToImport() throws IOException {
    Path kpis =
        Files.writeString(
            dir.resolve("kpis.csv"), "KPI,Period,Value,Notes\nonline-sales,2025-12,1.5,x\n", UTF_8);
    Path raci =
        Files.writeString(
            dir.resolve("returns-raci.csv"),
            "Activity,Program manager,Commerce owner\nRefund,A/R,C\n",
            UTF_8);
    Path merged = dir.resolve("NEW.json");
    Cli.Result result =
        Cli.run(
            "import",
            "--observations",
            kpis.toString(),
            "--raci",
            raci.toString(),
            "--into",
            model.toString(),
            "--out",
            merged.toString());
    assertThat(result.code()).isEqualTo(GovernanceCli.OK);
    assertThat(result.err())
        .isEqualTo(
            "governance: note: " + kpis + ": 1:18: column 'Notes' is not read (no known name)\n");
    GovernanceModel after = GovernanceJson.load(merged);
    assertThat(after.raciMatrices()).anyMatch(m -> m.id().equals("returns-raci"));
    Cli.Result nothing = Cli.run("import", "--into", model.toString(), "--out", "x.json");
    assertThat(nothing.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(nothing.err())
        .contains("give at least one of --register, --observations and --raci");
  }

  @Test
  void anIgnoredHeaderIsNamedOnOneLineWithoutItsControlCharacters() throws IOException {
    Path kpis =
        Files.writeString(
            dir.resolve("kpis.csv"),
            "KPI,Period,Value,\"Notes\u001b[2J\nmore\"\nonline-sales,2025-12,1.5,x\n",
            UTF_8);
    Cli.Result result =
        Cli.run(
            "import",
            "--observations",
            kpis.toString(),
            "--into",
            model.toString(),
            "--out",
            dir.resolve("NEW.json").toString());
    assertThat(result.code()).isEqualTo(GovernanceCli.OK);
    assertThat(result.err())
        .isEqualTo(
            "governance: note: "
                + kpis
                + ": 1:18: column 'Notes\\u001b[2J\\nmore' is not read (no known name)\n");
  }

  @Test
  void validateWithARegisterPlacesTheRegistersFindingsAtTheirRows() throws IOException {
    Object[] stale = CARRIER.clone();
    stale[0] = "stale-risk";
    stale[8] = LocalDate.of(2023, 1, 1);
    stale[9] = 5;
    stale[10] = 5;
    stale[11] = null;
    stale[12] = null;
    stale[13] = null;
    Path register = register(CARRIER, stale);
    Cli.Result result = Cli.run("validate", model.toString(), "--register", register.toString());
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).contains(register + ":Risks!A4: ").contains("[risk=stale-risk]");
    assertThat(result.out()).contains(model + ":");
    Cli.Result csv = Cli.run("validate", "x.csv", "--register", register.toString());
    assertThat(csv.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(csv.err()).contains("--register goes with a JSON model");
  }
}
