package dev.governance.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.party.RoleAssignment;
import dev.governance.core.raci.RaciCell;
import dev.governance.io.LoadException;
import dev.governance.io.sheet.PoiWorkbook.Formula;
import dev.governance.rules.Finding;
import dev.governance.rules.SourceRegion;
import dev.governance.rules.ValidationReport;
import dev.governance.rules.raci.RaciValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RaciWorkbook} over {@code .xlsx} workbooks written with Apache POI. */
class RaciWorkbookTest {

  @TempDir Path dir;

  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  @Test
  void readsOneMatrixPerVisibleSheetAndThePeopleSheet() {
    Path file =
        new PoiWorkbook()
            .sheet(
                "Release",
                row("Release RACI, March"),
                row(),
                row("Activity", "Critical", "Program manager", "System owner", "", ""),
                row("Approve release plan", true, " a / r ", "c", "", null),
                row("Run penetration test", 0, "I", new Formula("\"A\"&\"\"", "A")),
                row(),
                row(null, null, null, null, null, null))
            .sheet("Operations", row("Activity", "System owner"), row("Patch", "A/R"))
            .sheet("Lists", row("A"), row("R"))
            .hide("Lists")
            .sheet("Sheet3")
            .sheet(
                "people",
                row("Role", "Person", "Note"),
                row("Program manager", "ann", "lead"),
                row("system-owner", "bob"))
            .merge("Release", "A1:D1")
            .write(dir.resolve("raci.xlsx"));
    RaciWorkbook book = RaciWorkbook.load(file);
    assertThat(book.source()).isEqualTo(file.toString());
    assertThat(book.people()).contains("people");
    assertThat(book.matrices())
        .extracting(s -> s.matrix().id() + "@" + s.sheet().orElseThrow())
        .containsExactly("release@Release", "operations@Operations");
    RaciSheet release = book.matrices().get(0);
    assertThat(release.matrix().name()).isEqualTo("Release");
    assertThat(release.matrix().roles()).containsExactly("program-manager", "system-owner");
    assertThat(release.matrix().activities())
        .extracting(a -> a.id() + ":" + a.critical())
        .containsExactly("approve-release-plan:true", "run-penetration-test:false");
    assertThat(release.matrix().cell("approve-release-plan", "program-manager"))
        .contains(RaciCell.parse("A/R"));
    assertThat(release.matrix().cell("run-penetration-test", "system-owner"))
        .as("a formula by its cached value")
        .contains(RaciCell.parse("A"));
    assertThat(release.activityLines()).containsEntry("approve-release-plan", 4);
    assertThat(release.holders())
        .containsExactly(
            RoleAssignment.of("program-manager", List.of("ann")),
            RoleAssignment.of("system-owner", List.of("bob")));
    assertThat(book.matrices().get(1).holders())
        .as("each matrix gets the holders of its own roles")
        .containsExactly(RoleAssignment.of("system-owner", List.of("bob")));
  }

  @Test
  void placesFindingsAtTheirCellInTheirSheet() {
    Path file =
        new PoiWorkbook()
            .sheet("Release", row("Activity", "Owner", "Lead"), row("Plan", "A", "A"))
            .sheet("Go live", row("Activity", "Owner"), row("Ship", "R"))
            .write(dir.resolve("raci.xlsx"));
    RaciWorkbook book = RaciWorkbook.load(file);
    ValidationReport report = book.validate(RaciValidator.standard());
    Finding twoAccountables = report.findings("RACI-002").get(0);
    assertThat(book.locator().locate(twoAccountables)).contains(SourceRegion.cell("Release", 2, 1));
    Finding noAccountable = report.findings("RACI-001").get(0);
    assertThat(noAccountable.subject().matrix()).contains("go-live");
    assertThat(book.locator().locate(noAccountable).map(SourceRegion::a1)).contains("'Go live'!A2");
    Finding skipped = report.findings("RACI-011").get(0);
    assertThat(skipped.subject().activity()).isEmpty();
    assertThat(book.locator().locate(skipped).map(SourceRegion::a1))
        .as("a finding about a matrix: its header row, in its sheet")
        .contains("'Go live'!A1");
  }

  @Test
  void everyProblemOfAWorkbookIsReportedAtOnceEachAtItsCell() {
    Path file =
        new PoiWorkbook()
            .sheet(
                "Release",
                row("Activity", "Critical", "Owner", "Lead", null),
                row("Plan", LocalDate.of(2026, 3, 1), 1, true, "R"),
                row("Build", "maybe", new Formula("1/0", null), "Q?"),
                row("plan", null, "A"))
            .sheet(
                "Ops",
                row("Activity", "Roles", null),
                row("Patch", "A", "R"),
                row(new Formula("A2", null), "R"))
            .merge("Ops", "B1:C1")
            .write(dir.resolve("bad.xlsx"));
    assertThatThrownBy(() -> RaciWorkbook.load(file))
        .isInstanceOf(LoadException.class)
        .hasMessage(
            String.join(
                "\n",
                file
                    + ": Release!B2: column 'Critical': expected yes, no, true, false, y, n, x, 1,"
                    + " 0 or blank, found the date 2026-03-01",
                file
                    + ": Release!C2: column 'Owner': expected RACI letters such as A or A/R, found"
                    + " the number 1",
                file
                    + ": Release!D2: column 'Lead': expected RACI letters such as A or A/R, found"
                    + " the boolean TRUE",
                file
                    + ": Release!E2: column E: expected a blank cell, as the header row names no"
                    + " role in column E (a merged header cell names its first column only), found"
                    + " 'R'",
                file
                    + ": Release!B3: column 'Critical': expected yes, no, true, false, y, n, x, 1,"
                    + " 0 or blank, found 'maybe'",
                file
                    + ": Release!C3: column 'Owner': expected RACI letters such as A or A/R, found"
                    + " a formula without a cached value (=1/0); open the workbook in a spreadsheet"
                    + " program and save it to calculate it",
                file
                    + ": Release!D3: column 'Lead': expected RACI letters such as A or A/R, found"
                    + " 'Q?'",
                file
                    + ": Release!A4: column 'Activity': expected an activity no other row has, but"
                    + " row 2 is activity 'plan' too",
                file
                    + ": Ops!C2: column C: expected a blank cell, as the header row names no role"
                    + " in column C (a merged header cell names its first column only), found 'R'",
                file
                    + ": Ops!A3: column 'Activity': expected an activity name, found a formula"
                    + " without a cached value (=A2); open the workbook in a spreadsheet program"
                    + " and save it to calculate it"));
  }

  @Test
  void anErrorValueIsNamedAtItsCell() {
    Path file =
        new PoiWorkbook()
            .sheet("Raci", row("Activity", "Owner", "Critical"), row("Plan", FormulaError.NA, "no"))
            .write(dir.resolve("err.xlsx"));
    assertThatThrownBy(() -> RaciWorkbook.load(file))
        .hasMessage(
            file
                + ": Raci!B2: column 'Owner': expected RACI letters such as A or A/R, found the"
                + " error value #N/A");
  }

  @Test
  void sheetsThatMakeOneMatrixIdAndWorkbooksWithoutMatrixAreRejected() {
    Path twins =
        new PoiWorkbook()
            .sheet("Go-live", row("Activity", "Owner"), row("Plan", "A"))
            .sheet("Go live", row("Activity", "Owner"), row("Plan", "A"))
            .write(dir.resolve("twins.xlsx"));
    assertThatThrownBy(() -> RaciWorkbook.load(twins))
        .hasMessage(
            twins
                + ": 'Go live'!A1: sheet 'Go live': expected a sheet name that makes a matrix id no"
                + " other sheet's does, but sheet 'Go-live' is matrix 'go-live' too");
    Path none =
        new PoiWorkbook()
            .sheet("People", row("Role", "Person"))
            .sheet("Hidden", row("Activity", "Owner"), row("Plan", "A"))
            .hide("Hidden")
            .write(dir.resolve("none.xlsx"));
    assertThatThrownBy(() -> RaciWorkbook.load(none))
        .hasMessage(
            none
                + ":1:1: file: expected a visible sheet holding a RACI matrix (hidden and blank"
                + " sheets and the People sheet are not matrices)");
    Path roleless =
        new PoiWorkbook()
            .sheet("Raci", row("Release RACI"), row("Plan"))
            .write(dir.resolve("r.xlsx"));
    assertThatThrownBy(() -> RaciWorkbook.load(roleless))
        .hasMessage(
            roleless
                + ": Raci!A1: header: expected at least one role column after the activity column");
  }

  @Test
  void badPeopleSheetsAndFilesAreReportedAtTheirCells() throws Exception {
    Path file =
        new PoiWorkbook()
            .sheet("Release", row("Activity", "Owner"), row("Plan", "A"))
            .sheet("Ops", row("Activity", "Lead"), row("Run", "A"))
            .sheet(
                "People",
                row("Role", "Person"),
                row("Auditor", "ann"),
                row("Owner", "ann smith"),
                row("Lead", 7))
            .write(dir.resolve("people.xlsx"));
    assertThatThrownBy(() -> RaciWorkbook.load(file))
        .hasMessageStartingWith(
            file
                + ": People!A2: column 'Role': expected one of the matrices' roles (owner, lead),"
                + " found 'Auditor'\n"
                + file
                + ": People!B3: column 'Person': people[0] = 'ann smith': expected an id of");
    Path noHeader =
        new PoiWorkbook()
            .sheet("Release", row("Activity", "Owner"), row("Plan", "A"))
            .sheet("People", row("Who", "Person"))
            .write(dir.resolve("noheader.xlsx"));
    assertThatThrownBy(() -> RaciWorkbook.load(noHeader))
        .hasMessage(noHeader + ": People!A1: header: expected the header role,person");
    Path csvPeople = Files.writeString(dir.resolve("people.csv"), "role,person\nOwner,ann\n");
    Path both =
        new PoiWorkbook()
            .sheet("Release", row("Activity", "Owner"), row("Plan", "A"))
            .sheet("People", row("Role", "Person"), row("Owner", "bob"))
            .write(dir.resolve("both.xlsx"));
    assertThatThrownBy(() -> RaciWorkbook.load(both, csvPeople))
        .hasMessage(
            both
                + ": People!A1: sheet 'People': expected no People sheet when a people file is"
                + " given ("
                + csvPeople
                + "): remove one of them");
  }

  @Test
  void aPeopleFileMayBeAWorkbook() {
    Path matrix = dir.resolve("Release.csv");
    Path people =
        new PoiWorkbook()
            .sheet("Notes", row("Who holds what"))
            .sheet("PEOPLE", row("Person", "Role"), row("ann", "Owner"))
            .write(dir.resolve("people.xlsx"));
    try {
      Files.writeString(matrix, "Activity,Owner\nPlan,A\n");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    RaciWorkbook book = RaciWorkbook.load(matrix, people);
    assertThat(book.people()).contains(people.toString());
    assertThat(book.matrices().get(0).holders())
        .containsExactly(RoleAssignment.of("owner", List.of("ann")));
    assertThat(book.matrices().get(0).sheet()).isEmpty();
  }
}
