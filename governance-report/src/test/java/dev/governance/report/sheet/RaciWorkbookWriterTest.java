package dev.governance.report.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.party.Role;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.raci.RaciActivity;
import dev.governance.core.raci.RaciAssignment;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.io.sheet.RaciWorkbook;
import dev.governance.testkit.DomainGenerators;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RACI matrices written as a workbook and read back through the foundation reader ({@link
 * dev.governance.io.sheet.Workbook}) give the header and cells written: a sheet per matrix in the
 * CSV layout and a People sheet.
 */
class RaciWorkbookWriterTest {

  @TempDir Path dir;

  static RaciMatrix release() {
    return RaciMatrix.builder()
        .id("release-management")
        .name("Release management")
        .addRoles("program-manager", "system-owner", "steering-committee")
        .addActivities(
            RaciActivity.builder().id("approve-release-plan").name("Approve release plan").build(),
            RaciActivity.builder()
                .id("deploy-to-production")
                .name("Deploy to production")
                .critical(true)
                .build())
        .addAssignments(
            RaciAssignment.of("approve-release-plan", "program-manager", "R"),
            RaciAssignment.of("approve-release-plan", "steering-committee", "A"),
            RaciAssignment.of("deploy-to-production", "program-manager", "I"),
            RaciAssignment.of("deploy-to-production", "system-owner", "A/R"))
        .build();
  }

  static List<Role> roles() {
    return List.of(
        Role.of("program-manager", "Program manager"),
        Role.of("system-owner", "System owner"),
        Role.of("steering-committee", "Steering committee"));
  }

  @Test
  void aMatrixAndItsPeopleReadBackAsWritten() throws IOException {
    byte[] xlsx =
        RaciWorkbookWriter.render(
            List.of(release()),
            roles(),
            List.of(
                RoleAssignment.of("program-manager", List.of("ana")),
                RoleAssignment.of("system-owner", List.of("cy", "fay"))));
    Map<String, List<List<String>>> sheets = WorkbookCells.read(dir, "raci.xlsx", xlsx);
    assertThat(sheets.keySet()).containsExactly("Release management", "People");
    assertThat(sheets.get("Release management"))
        .containsExactly(
            List.of(
                "TEXT:Activity",
                "TEXT:Program manager",
                "TEXT:System owner",
                "TEXT:Steering committee",
                "TEXT:Critical"),
            List.of("TEXT:Approve release plan", "TEXT:R", "BLANK:", "TEXT:A", "TEXT:no"),
            List.of("TEXT:Deploy to production", "TEXT:I", "TEXT:A/R", "BLANK:", "TEXT:yes"));
    assertThat(sheets.get("People"))
        .containsExactly(
            List.of("TEXT:Role", "TEXT:Person"),
            List.of("TEXT:Program manager", "TEXT:ana"),
            List.of("TEXT:System owner", "TEXT:cy"),
            List.of("TEXT:System owner", "TEXT:fay"));
    RaciWorkbook back = RaciWorkbook.load(dir.resolve("raci.xlsx"));
    assertThat(back.matrices()).hasSize(1);
    assertThat(back.matrices().get(0).matrix()).isEqualTo(release());
    assertThat(back.matrices().get(0).roles()).isEqualTo(roles());
    assertThat(back.matrices().get(0).holders())
        .containsExactly(
            RoleAssignment.of("program-manager", List.of("ana")),
            RoleAssignment.of("system-owner", List.of("cy", "fay")));
  }

  /** Property: every generated matrix reads back cell for cell, several to a workbook. */
  @Test
  void generatedMatricesReadBackCellForCell() throws IOException {
    SplittableRandom random = new SplittableRandom(21);
    for (int run = 0; run < 40; run++) {
      List<RaciMatrix> matrices = new ArrayList<>();
      for (int m = 0; m <= random.nextInt(3); m++) {
        matrices.add(DomainGenerators.raciMatrices(1 + random.nextInt(30)).generate(random));
      }
      Map<String, List<List<String>>> sheets =
          WorkbookCells.read(
              dir,
              "run" + run + ".xlsx",
              RaciWorkbookWriter.render(matrices, List.of(), List.of()));
      assertThat(sheets).hasSize(matrices.size());
      List<List<List<String>>> read = new ArrayList<>(sheets.values());
      for (int m = 0; m < matrices.size(); m++) {
        assertThat(read.get(m))
            .as("run %d, matrix %d", run, m)
            .isEqualTo(expected(matrices.get(m)));
      }
    }
  }

  /** The cells a matrix's sheet holds, as {@link WorkbookCells} describes them. */
  private static List<List<String>> expected(RaciMatrix matrix) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add("TEXT:Activity");
    matrix.roles().forEach(r -> header.add("TEXT:" + r));
    header.add("TEXT:Critical");
    rows.add(header);
    for (RaciActivity activity : matrix.activities()) {
      List<String> row = new ArrayList<>();
      row.add("TEXT:" + activity.name());
      for (String role : matrix.roles()) {
        row.add(matrix.cell(activity.id(), role).map(c -> "TEXT:" + c).orElse("BLANK:"));
      }
      row.add("TEXT:" + (activity.critical() ? "yes" : "no"));
      rows.add(row);
    }
    return rows;
  }

  @Test
  void formulaLikeAndLongActivityNamesAreKeptExactly() throws IOException {
    String name = "=HYPERLINK(\"http://e.vil\",\"x\") " + "long ".repeat(2_000);
    RaciMatrix matrix =
        RaciMatrix.builder()
            .id("m")
            .name("RACI ops-it 2026")
            .addRoles("program-manager")
            .addActivities(RaciActivity.builder().id("a").name(name).build())
            .addAssignments(RaciAssignment.of("a", "program-manager", "A/R"))
            .build();
    Map<String, List<List<String>>> sheets =
        WorkbookCells.read(
            dir, "hostile.xlsx", RaciWorkbookWriter.render(List.of(matrix), List.of(), List.of()));
    assertThat(sheets.keySet()).containsExactly("RACI ops-it 2026");
    assertThat(sheets.get("RACI ops-it 2026").get(1).get(0)).isEqualTo("TEXT:" + name);
  }

  @Test
  void refusesNamesTheReaderWouldReadOtherwise() {
    assertThatThrownBy(
            () ->
                RaciWorkbookWriter.render(
                    List.of(release().withName("people")), roles(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "matrices[0].name = 'people': expected a name other than People, the sheet of who holds"
                + " the roles");
    assertThatThrownBy(
            () ->
                RaciWorkbookWriter.render(
                    List.of(release().withName("Build/Test")), roles(), List.of()))
        .hasMessage(
            "matrices[0].name = 'Build/Test': expected a name a sheet can have as it is (at most 31"
                + " characters, none of [ ] : * ? / \\, no space or apostrophe at either end),"
                + " since the matrix is read back by its sheet's name");
    assertThatThrownBy(
            () ->
                RaciWorkbookWriter.render(
                    List.of(release(), release().withName("RELEASE MANAGEMENT")),
                    roles(),
                    List.of()))
        .hasMessage(
            "matrices[1].name = 'RELEASE MANAGEMENT': expected a name no other matrix has, in any"
                + " case, as sheets' names are");
    assertThatThrownBy(
            () ->
                RaciWorkbookWriter.render(
                    List.of(release()), List.of(Role.of("system-owner", "Critical")), List.of()))
        .hasMessage(
            "roles[0].name = 'Critical': expected a name other than Critical, the column of"
                + " critical activities");
  }

  @Test
  void rejectsWhatACellCannotHold() {
    RaciMatrix bell =
        release()
            .withName("Release bell")
            .withActivities(
                RaciActivity.builder().id("approve-release-plan").name("Approve\u0007").build(),
                release().activities().get(1));
    assertThatThrownBy(
            () -> RaciWorkbookWriter.render(List.of(release(), bell), roles(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "matrices[1].activities[0].name = 'Approve\\u0007': expected text an .xlsx cell can"
                + " hold");
    assertThatThrownBy(() -> RaciWorkbookWriter.render(List.of(), roles(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("matrices = []: expected at least one matrix");
  }
}
