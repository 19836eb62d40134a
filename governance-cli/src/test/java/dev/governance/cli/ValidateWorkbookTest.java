package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code governance validate RACI.xlsx}: the issue's acceptance 1, a workbook holding the same
 * matrix as a CSV file gives the same findings, located in {@code Sheet!A1} form; workbooks of
 * several matrices, people sheets and files, and located load errors.
 */
class ValidateWorkbookTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<List<String>> RELEASE =
      List.of(
          List.of("Activity", "Critical", "Owner", "Lead", "Auditor"),
          List.of("Plan", "yes", "A", "A", ""),
          List.of("Build", "", "R", "", "c"),
          List.of("Ship", "x", "a/r", "C", ""));

  private static final List<List<String>> PEOPLE =
      List.of(List.of("Role", "Person"), List.of("Owner", "ann"), List.of("Lead", "bo"));

  @TempDir static Path dir;

  private static Path csv;
  private static Path xlsx;

  @BeforeAll
  static void files() throws IOException {
    csv = Files.writeString(dir.resolve("Release.csv"), csv(RELEASE));
    xlsx = workbook("raci.xlsx", List.of("Release"), List.of(RELEASE));
  }

  @Test
  void aWorkbookGivesTheFindingsOfTheSameMatrixInCsvLocatedInA1Form() throws Exception {
    Cli.Result fromCsv = Cli.run("validate", csv.toString(), "--format", "json");
    Cli.Result fromXlsx = Cli.run("validate", xlsx.toString(), "--format", "json");
    assertThat(fromXlsx.code()).isEqualTo(fromCsv.code()).isEqualTo(GovernanceCli.FINDINGS);
    JsonNode csvFindings = JSON.readTree(fromCsv.out()).get("findings");
    JsonNode xlsxFindings = JSON.readTree(fromXlsx.out()).get("findings");
    assertThat(xlsxFindings).hasSize(csvFindings.size()).isNotEmpty();
    for (int i = 0; i < csvFindings.size(); i++) {
      JsonNode inXlsx = xlsxFindings.get(i);
      JsonNode inCsv = csvFindings.get(i);
      JsonNode where = inXlsx.get("location");
      if (inCsv.has("location")) {
        // the same finding at the same row and column, named as the cell of its sheet
        assertThat(where.get("line")).isEqualTo(inCsv.get("location").get("line"));
        assertThat(where.get("column")).isEqualTo(inCsv.get("location").get("column"));
        assertThat(where.get("sheet").asText()).isEqualTo("Release");
        assertThat(where.get("cell").asText())
            .isEqualTo(
                "Release!" + (char) ('A' + where.get("column").asInt() - 1) + where.get("line"));
      } else {
        // a finding about no activity, nowhere in a CSV file, is at its sheet's header row
        assertThat(where.get("cell").asText()).startsWith("Release!").endsWith("1");
      }
      ObjectNode same = inXlsx.deepCopy();
      same.remove("location");
      ObjectNode expected = inCsv.deepCopy();
      expected.remove("location");
      assertThat(same).isEqualTo(expected);
    }
    assertThat(fromXlsx.out())
        .contains(
            "\"location\" : {\n        \"line\" : 2,\n        \"column\" : 1,\n        \"sheet\" :"
                + " \"Release\",\n        \"cell\" : \"Release!A2\"\n      }");
  }

  @Test
  void thePeopleSheetActsAsThePeopleFile() throws Exception {
    Path people = Files.writeString(dir.resolve("people.csv"), csv(PEOPLE));
    Path withSheet =
        workbook("with-people.xlsx", List.of("Release", "People"), List.of(RELEASE, PEOPLE));
    JsonNode fromCsv =
        JSON.readTree(
                Cli.run(
                        "validate",
                        csv.toString(),
                        "--people",
                        people.toString(),
                        "--format",
                        "json")
                    .out())
            .get("findings");
    JsonNode fromSheet =
        JSON.readTree(Cli.run("validate", withSheet.toString(), "--format", "json").out())
            .get("findings");
    JsonNode fromFile =
        JSON.readTree(
                Cli.run(
                        "validate",
                        xlsx.toString(),
                        "--people",
                        people.toString(),
                        "--format",
                        "json")
                    .out())
            .get("findings");
    assertThat(codes(fromSheet)).isEqualTo(codes(fromCsv)).isEqualTo(codes(fromFile));
    assertThat(codes(fromSheet)).contains("RACI-011");
  }

  @Test
  void eachMatrixOfAWorkbookIsJudgedAndItsFindingsPlacedInItsSheet() throws Exception {
    Path two =
        workbook(
            "two.xlsx",
            List.of("Release", "Go live"),
            List.of(RELEASE, List.of(List.of("Activity", "Owner"), List.of("Cut over", "R"))));
    Cli.Result text = Cli.run("validate", two.toString());
    assertThat(text.code()).isEqualTo(GovernanceCli.FINDINGS);
    assertThat(text.out())
        .contains(
            two
                + ":Release!A2: ERROR RACI-002 [activity=plan, matrix=release] Activity 'Plan' has"
                + " 2 Accountables: lead, owner\n")
        .contains(
            two
                + ":'Go live'!A2: ERROR RACI-001 [activity=cut-over, matrix=go-live] Activity 'Cut"
                + " over' has no Accountable\n");
    JsonNode sarif = JSON.readTree(Cli.run("validate", two.toString(), "--format", "sarif").out());
    assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/region/properties/cell"))
        .isNotNull();
    assertThat(sarif.toString()).contains("\"cell\":\"'Go live'!A2\"");
  }

  @Test
  void everyProblemOfAWorkbookIsALocatedUsageError() throws Exception {
    Path bad =
        workbook(
            "bad.xlsx",
            List.of("Release"),
            List.of(
                List.of(List.of("Activity", "Owner"), List.of("Plan", "A?"), List.of("", "R"))));
    Cli.Result result = Cli.run("validate", bad.toString());
    assertThat(result.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(result.err())
        .isEqualTo(
            "governance: "
                + bad
                + ": Release!B2: column 'Owner': expected RACI letters such as A or A/R, found"
                + " 'A?'\n"
                + bad
                + ": Release!A3: column 'Activity': expected an activity name, found ''\n");
    Cli.Result dated = Cli.run("validate", xlsx.toString(), "--as-of", "2026-01-01");
    assertThat(dated.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(dated.err()).startsWith("--as-of and --calendar judge a JSON model");
  }

  private static List<String> codes(JsonNode findings) {
    return findings.findValuesAsText("code");
  }

  private static String csv(List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    rows.forEach(r -> out.append(String.join(",", r)).append('\n'));
    return out.toString();
  }

  /** Writes sheets of text cells with Apache POI; an empty text is no cell. */
  private static Path workbook(String name, List<String> sheets, List<List<List<String>>> rows)
      throws IOException {
    Path file = dir.resolve(name);
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      for (int s = 0; s < sheets.size(); s++) {
        Sheet sheet = wb.createSheet(sheets.get(s));
        for (int r = 0; r < rows.get(s).size(); r++) {
          Row row = sheet.createRow(r);
          List<String> cells = rows.get(s).get(r);
          for (int c = 0; c < cells.size(); c++) {
            if (!cells.get(c).isEmpty()) {
              row.createCell(c).setCellValue(cells.get(c));
            }
          }
        }
      }
      wb.write(out);
    }
    return file;
  }
}
