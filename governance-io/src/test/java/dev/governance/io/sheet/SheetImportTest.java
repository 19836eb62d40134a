package dev.governance.io.sheet;

import static dev.governance.io.sheet.PoiSheets.row;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.model.GovernanceModel;
import dev.governance.io.ModelFile;
import dev.governance.io.ModelFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetImportTest {

  private static final String MODEL =
      String.join(
          "\n",
          "{",
          "  \"name\": \"Shop\",",
          "  \"people\": [{\"id\": \"ana\", \"name\": \"Ana Lima\"}, {\"id\": \"cy\", \"name\":"
              + " \"Cy Wei\"}],",
          "  \"roles\": [{\"id\": \"pm\", \"name\": \"PM\"}],",
          "  \"roleAssignments\": [{\"role\": \"pm\", \"people\": [\"ana\"]}],",
          "  \"risks\": [",
          "    {\"id\": \"privacy-law\", \"title\": \"Privacy\", \"category\": \"privacy\","
              + " \"programOwner\": \"ana\", \"systemOwner\": \"cy\", \"identifiedOn\":"
              + " \"2025-06-01\"}",
          "  ],",
          "  \"perspectives\": [{\"id\": \"customer\", \"name\": \"Customer\"}],",
          "  \"kpis\": [{\"id\": \"nps\", \"name\": \"NPS\", \"unit\": \"points\", \"direction\":"
              + " \"HIGHER_IS_BETTER\", \"target\": 50, \"perspective\": \"customer\","
              + " \"aggregation\": \"MEAN\", \"updateFrequency\": \"MONTHLY\"}]",
          "}");

  private static final LocalDate JUNE_1 = LocalDate.of(2025, 6, 1);

  @TempDir Path dir;

  private final ModelFile model = ModelFiles.read("model.json", MODEL.getBytes(UTF_8));

  private RiskRegisterSheet register(String name, List<Object>... rows) {
    List<List<Object>> all =
        new java.util.ArrayList<>(
            List.of(
                row(
                    "Id",
                    "Title",
                    "Category",
                    "Owner (program)",
                    "Owner (system)",
                    "Identified",
                    "Likelihood",
                    "Impact")));
    all.addAll(List.of(rows));
    Path file = new PoiSheets().sheet("Risks", all).write(dir.resolve(name));
    return RiskRegisterSheet.load(
        file, model.model().likelihoodScale(), model.model().impactScale());
  }

  private static List<Object> risk(String id, String owner) {
    return row(id, "Outage", "availability", owner, "cy", JUNE_1, 3, 4);
  }

  @Test
  void mergesRisksObservationsAndARaciMatrixIntoTheModel() {
    ObservationSheet observations =
        ObservationSheet.read(
            Workbook.csv(
                "kpis.csv",
                "kpis",
                "KPI,Period,Value\nnps,2025-03,41\n".getBytes(UTF_8),
                SheetLimits.defaults()));
    RaciSheet raci = matrix("release.csv", "Release", "Activity,PM,Dev lead\nPlan,A/R,C\n");
    GovernanceModel merged =
        SheetImport.into(model)
            .risks(register("r.xlsx", risk("outage", "ana")))
            .observations(observations)
            .raci("release.csv", raci)
            .merge();
    assertThat(merged.risks()).extracting(r -> r.id()).containsExactly("privacy-law", "outage");
    assertThat(merged.observations()).hasSize(1);
    assertThat(merged.raciMatrices()).extracting(m -> m.id()).containsExactly("release");
    assertThat(merged.roles()).extracting(r -> r.id()).containsExactly("pm", "dev-lead");
  }

  @Test
  void clashesAndRejectedReferencesAreLocatedInTheSheetWithTheOtherPlace() {
    RiskRegisterSheet first = register("a.xlsx", risk("privacy-law", "ana"), risk("r2", "dan"));
    RiskRegisterSheet second = register("b.xlsx", risk("r2", "ana"));
    ObservationSheet observations =
        ObservationSheet.read(
            Workbook.csv(
                "kpis.csv",
                "kpis",
                "KPI,Period,Value\nchurn,2025-03,4\n".getBytes(UTF_8),
                SheetLimits.defaults()));
    String a = dir.resolve("a.xlsx").toString();
    assertThatThrownBy(
            () ->
                SheetImport.into(model)
                    .risks(first)
                    .risks(second)
                    .observations(observations)
                    .merge())
        .hasMessage(
            String.join(
                "\n",
                a
                    + ": Risks!A2: column 'Id': expected a risk id the model does not have, got"
                    + " 'privacy-law', which model.json has at 7:5 ($.risks[0])",
                dir.resolve("b.xlsx")
                    + ": Risks!A2: column 'Id': expected a risk id the model does not have, got"
                    + " 'r2', which "
                    + a
                    + " has at Risks!A3 too",
                a
                    + ": Risks!D3: column 'Owner (program)': expected the id of a defined person,"
                    + " got 'dan'",
                "kpis.csv:2:1: column 'KPI': expected the id of a defined KPI, got 'churn'"));
  }

  @Test
  void aMatrixTheModelHasAndHoldersItAssignsOtherwiseAreClashes() {
    RaciSheet raci =
        RaciWorkbook.read(
                Workbook.csv(
                    "pm.csv",
                    "Release",
                    "Activity,PM\nPlan,A/R\n".getBytes(UTF_8),
                    SheetLimits.defaults()),
                Workbook.csv(
                    "people.csv",
                    "people",
                    "role,person\npm,cy\n".getBytes(UTF_8),
                    SheetLimits.defaults()))
            .matrices()
            .get(0);
    GovernanceModel once = SheetImport.into(model).raci("pm.csv", raci.withHolders()).merge();
    assertThatThrownBy(
            () ->
                SheetImport.into("model.json", once)
                    .raci("again.csv", raci)
                    .raci("pm.csv", raci)
                    .merge())
        .hasMessage(
            String.join(
                "\n",
                "again.csv:1:1: matrix: expected a matrix id the model does not have, got"
                    + " 'release', which model.json has at $.raciMatrices[0]",
                "pm.csv:1:1: matrix: expected a matrix id the model does not have, got"
                    + " 'release', which model.json has at $.raciMatrices[0]"));
    assertThatThrownBy(() -> SheetImport.into(model).raci("pm.csv", raci).merge())
        .hasMessage(
            "pm.csv:1:2: role 'pm': expected holders of a role no one holds yet, got cy, but"
                + " model.json has at $.roleAssignments[0] other holders (ana)");
  }

  @Test
  void aHolderTheModelRejectsIsToldAtItsRolesHeaderCell() {
    RaciSheet raci =
        RaciWorkbook.read(
                Workbook.csv(
                    "ops.csv",
                    "Operations",
                    "Activity,Night operator\nRun batch,A/R\n".getBytes(UTF_8),
                    SheetLimits.defaults()),
                Workbook.csv(
                    "people.csv",
                    "people",
                    "role,person\nnight-operator,zed\n".getBytes(UTF_8),
                    SheetLimits.defaults()))
            .matrices()
            .get(0);
    // the holder is placed at its role's column header (field 2 of line 1), not at the file's start
    assertThatThrownBy(() -> SheetImport.into(model).raci("ops.csv", raci).merge())
        .hasMessage("ops.csv:1:2: people[0]: expected the id of a defined person, got 'zed'");
  }

  private static RaciSheet matrix(String source, String name, String csv) {
    return RaciWorkbook.read(
            Workbook.csv(source, name, csv.getBytes(UTF_8), SheetLimits.defaults()))
        .matrices()
        .get(0);
  }
}
