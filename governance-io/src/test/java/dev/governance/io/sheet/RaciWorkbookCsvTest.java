package dev.governance.io.sheet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.governance.core.ArgChecker;
import dev.governance.core.party.Role;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.raci.RaciCell;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.io.LoadException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV path of {@link RaciWorkbook}: the messages the CSV loader has always written. */
class RaciWorkbookCsvTest {

  private static final String SHEET =
      "\uFEFFActivity,Critical,Program manager,System owner,\"Security lead\"\r\n"
          + "Approve release plan,yes, a / r ,C,i\r\n"
          + "Run penetration test,,I,A,R\r\n"
          + ",,,,\r\n"
          + "\"Sign off, go-live\",no,A,\"R\",\r\n";

  @Test
  void readsActivitiesRolesCellsAndCriticality() {
    RaciSheet sheet = csv("raci.csv", "Release RACI", SHEET);
    RaciMatrix matrix = sheet.matrix();
    assertThat(matrix.id()).isEqualTo("release-raci");
    assertThat(matrix.roles()).containsExactly("program-manager", "system-owner", "security-lead");
    assertThat(sheet.roles()).contains(Role.of("security-lead", "Security lead"));
    assertThat(matrix.activities())
        .extracting(a -> a.id() + ":" + a.critical())
        .containsExactly(
            "approve-release-plan:true", "run-penetration-test:false", "sign-off-go-live:false");
    assertThat(matrix.activity("sign-off-go-live").orElseThrow().name())
        .isEqualTo("Sign off, go-live");
    assertThat(matrix.cell("approve-release-plan", "program-manager"))
        .contains(RaciCell.parse("A/R"));
    assertThat(matrix.cell("approve-release-plan", "security-lead")).contains(RaciCell.parse("I"));
    assertThat(matrix.cell("sign-off-go-live", "security-lead")).isEmpty();
    assertThat(sheet.activityLines()).containsEntry("sign-off-go-live", 5);
    assertThat(sheet.roleColumns())
        .containsEntry("program-manager", 3)
        .containsEntry("security-lead", 5);
    assertThat(sheet.holders()).isEmpty();
  }

  @Test
  void semicolonSeparatedExportsAreRead() {
    RaciSheet sheet = csv("raci.csv", "r", "Activity;Owner;Lead\nPlan;A;R\n");
    assertThat(sheet.matrix().cell("plan", "lead")).contains(RaciCell.parse("R"));
  }

  @Test
  void loadsFilesWithThePeopleWhoHoldTheRoles(@TempDir Path dir) throws Exception {
    Path matrix = Files.writeString(dir.resolve("release.csv"), SHEET);
    Path people =
        Files.writeString(
            dir.resolve("people.csv"),
            "role,person\nProgram manager,ann\nsecurity-lead,bob\nSecurity lead,cy\n");
    RaciSheet sheet = RaciWorkbook.load(matrix, people).matrices().get(0);
    assertThat(sheet.matrix().name()).isEqualTo("release");
    assertThat(sheet.holders())
        .containsExactly(
            RoleAssignment.of("program-manager", java.util.List.of("ann")),
            RoleAssignment.of("security-lead", java.util.List.of("bob", "cy")));
  }

  @Test
  void aFileThatIsNotUtf8IsALocatedErrorNamingTheByte(@TempDir Path dir) throws Exception {
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(
        latin1, new byte[] {'A', ',', 'O', '\n', 'P', 'l', (byte) 0xE9, 'n', ',', 'A', '\n'});
    assertThatThrownBy(() -> RaciWorkbook.load(latin1))
        .isInstanceOf(LoadException.class)
        .hasMessage(
            latin1
                + ":2:3: encoding: byte 0xE9 is not UTF-8; save the file as UTF-8 (CSV UTF-8 in a"
                + " spreadsheet)");
    assertThat(csv("u.csv", "u", "Activity,Plén\nPlan,A\n").roles().get(0).name())
        .isEqualTo("Plén");
  }

  @Test
  void aNameTooLongForAnIdIsALocatedError() {
    String name = "A".repeat(200);
    assertThatThrownBy(() -> csv("r.csv", "r", "Activity,Owner\n" + name + ",A\n"))
        .isInstanceOf(LoadException.class)
        .hasMessage(
            "r.csv:2:1: line 2, activity: expected an activity name whose id (its letters and"
                + " digits, lower case, joined by -) has at most 128 characters, found one of 200");
    assertThatThrownBy(() -> csv("r.csv", "r", "Activity," + name + "\nPlan,A\n"))
        .hasMessageStartingWith("r.csv:1:10: header, column 2: expected a role name whose id");
    assertThatThrownBy(() -> csv("r.csv", "r", "Activity,Owner\n" + "项".repeat(129) + ",A\n"))
        .as("characters, not UTF-16 units nor bytes, are counted")
        .hasMessageEndingWith("has at most 128 characters, found one of 129");
    assertThat(csv("r.csv", "r", "Activity,Owner\n" + "項".repeat(128) + ",A\n").matrix())
        .isNotNull();
    assertThatThrownBy(() -> csv("r.csv", name, "Activity,Owner\nPlan,A\n"))
        .hasMessage(
            "r.csv:1:1: matrix: expected a matrix name whose id (its letters and digits, lower"
                + " case, joined by -) has at most 128 characters, found one of 200 (a matrix is"
                + " named after its file)");
  }

  @Test
  void namesInAnyScriptMakeIdsOfTheirLettersAndDigits() {
    RaciSheet sheet =
        csv(
            "r.csv",
            "项目",
            "Activity,项目经理,Руководитель проекта,مدير المشروع,Υπεύθυνος έργου,परियोजना प्रबंधक,"
                + "Chef de projet Qualité\n"
                + "制定计划,A/R,C,I,I,C,I\n"
                + "Approve release plan,A,R,,,,\n");
    assertThat(sheet.matrix().id()).isEqualTo("项目");
    assertThat(sheet.matrix().roles())
        .containsExactly(
            "项目经理",
            "руководитель-проекта",
            "مدير-المشروع",
            "υπεύθυνος-έργου",
            "परियोजना-प्रबंधक",
            "chef-de-projet-qualité");
    assertThat(sheet.matrix().activities())
        .extracting(a -> a.id())
        .containsExactly("制定计划", "approve-release-plan");
    assertThat(sheet.matrix().cell("制定计划", "项目经理")).contains(RaciCell.parse("A/R"));
    assertThat(sheet.roleColumns())
        .containsEntry("项目经理", 2)
        .containsEntry("chef-de-projet-qualité", 7);
  }

  @Test
  void everyIdMadeFromANameIsAnIdOfTheModel() {
    List<String> alphabet =
        List.of(
            "a",
            "Z",
            "0",
            " ",
            "-",
            "_",
            ".",
            "é",
            "e\u0301",
            "\u0301",
            "İ",
            "ǅ",
            "ß",
            "项",
            "Ж",
            "ع",
            "٣",
            "प्र",
            "\uD840\uDC00",
            "€",
            "\u200D",
            "。",
            "Ⅻ",
            "\t",
            "\"");
    qt().withExamples(5_000)
        .forAll(integers().between(0, 140), longs().all())
        .checkAssert(
            (length, seed) -> {
              SplittableRandom random = new SplittableRandom(seed);
              StringBuilder name = new StringBuilder();
              for (int i = 0; i < length; i++) {
                name.append(alphabet.get(random.nextInt(alphabet.size())));
              }
              String id = RaciReader.slug(name.toString());
              if (!id.isEmpty() && id.codePointCount(0, id.length()) <= 128) {
                assertThat(ArgChecker.ID.matcher(id).matches()).as(name + " -> " + id).isTrue();
              }
              assertThat(RaciReader.slug(id)).as("idempotent").isEqualTo(id);
            });
  }

  @Test
  void twoNamesThatMakeOneIdAreALocatedError() {
    assertError(
        "Activity,Owner\nCafé,A\nCAFÉ,A\n",
        "raci.csv:3:1: line 3, activity: expected an activity no other row has, but line 2 is"
            + " activity 'café' too");
    assertError(
        "Activity,Qualité,Qualite\u0301\nPlan,A,R\n",
        "raci.csv:1:18: header, column 3: expected a role no other column has, but column 2 is"
            + " role 'qualité' too");
  }

  @Test
  void aNameWithNoLetterNorDigitIsALocatedError() {
    assertError(
        "Activity,Owner\n¿?,A\n",
        "raci.csv:2:1: line 2, activity: expected an activity name, found '¿?'");
  }

  @Test
  void rowsAboveTheHeaderThatAreBlankOrATitleAreSkipped() {
    // the header is the first row with two cells or more, as in a workbook (a CSV file saved from
    // a sheet with a title keeps the title's row); the loader reported a blank first row before
    RaciSheet sheet = csv("r.csv", "r", ",,\nRelease RACI,,\nActivity,Owner,Lead\nPlan,A,R\n");
    assertThat(sheet.matrix().cell("plan", "lead")).contains(RaciCell.parse("R"));
    assertThat(sheet.activityLines()).containsEntry("plan", 4);
    assertThatThrownBy(() -> csv("r.csv", "r", "\n\n"))
        .isInstanceOf(LoadException.class)
        .hasMessage("r.csv:1:1: header: expected a header row: activity, then one column per role");
    assertThatThrownBy(() -> csv("r.csv", "r", "\nRelease RACI\n"))
        .hasMessage(
            "r.csv:2:1: header: expected at least one role column after the activity column");
  }

  @Test
  void aColumnWithoutHeaderMayHoldOnlyBlankCells() {
    RaciSheet sheet = csv("r.csv", "r", "Activity,Owner,,\nPlan,A,,\n");
    assertThat(sheet.matrix().roles()).containsExactly("owner");
    assertError(
        "Activity,Owner,\nPlan,A,R\n",
        "raci.csv:2:8: line 2: expected a blank cell, as the header row names no role in column C"
            + " (a merged header cell names its first column only), found 'R'");
  }

  @Test
  void everyProblemOfTheFileIsReportedAtOnce() {
    assertError(
        "Activity,Critical,Owner,Owner\nPlan,maybe,A?,R\nPlan,,A,R\nRun,no,A\n,,B!,\n",
        String.join(
            "\n",
            "raci.csv:1:25: header, column 4: expected a role no other column has, but column 3 is"
                + " role 'owner' too",
            "raci.csv:2:6: line 2, critical: expected yes, no, true, false, y, n, x, 1, 0 or blank,"
                + " found 'maybe'",
            "raci.csv:2:12: line 2, role owner: expected RACI letters such as A or A/R, found 'A?'",
            "raci.csv:3:1: line 3, activity: expected an activity no other row has, but line 2 is"
                + " activity 'plan' too",
            "raci.csv:4:8: line 4: expected 4 cells as in the header, found 3",
            "raci.csv:5:1: line 5, activity: expected an activity name, found ''",
            "raci.csv:5:3: line 5, role owner: expected RACI letters such as A or A/R, found"
                + " 'B!'"));
  }

  @Test
  void badCellsAreReportedWithLineAndColumn() {
    assertError(
        "A,Owner\nPlan,A?\n",
        "raci.csv:2:6: line 2, role owner: expected RACI letters such as A or A/R, found 'A?'");
    assertError(
        "A,Critical,Owner\nPlan,maybe,A\n",
        "raci.csv:2:6: line 2, critical: expected yes, no, true, false, y, n, x, 1, 0 or blank,"
            + " found 'maybe'");
    assertError(
        "A,Owner\nPlan,A,R\n", "raci.csv:2:8: line 2: expected 2 cells as in the header, found 3");
    assertError(
        "A,Owner\nPlan,A\nplan,R\n",
        "raci.csv:3:1: line 3, activity: expected an activity no other row has, but line 2 is"
            + " activity 'plan' too");
    assertError(
        "A,Owner\n--,A\n", "raci.csv:2:1: line 2, activity: expected an activity name, found '--'");
    assertError(
        "A,Owner,owner\nPlan,A,R\n",
        "raci.csv:1:9: header, column 3: expected a role no other column has, but column 2 is role"
            + " 'owner' too");
    assertError(
        "A,Owner,!\nPlan,A,R\n", "raci.csv:1:9: header, column 3: expected a role name, found '!'");
    assertError(
        "Activity\nPlan\n",
        "raci.csv:1:1: header: expected at least one role column after the activity column");
    assertError(
        "\n\n", "raci.csv:1:1: header: expected a header row: activity, then one column per role");
    assertError(
        "A,Owner\nPlan,\"A\n",
        "raci.csv:2:6: line 2: expected a closing quote for the cell that starts here");
    assertError(
        "A,Owner\nPlan,\"A\"x\n",
        "raci.csv:2:9: line 2: expected a separator or the end of the line after a quoted cell,"
            + " found 'x'");
    assertError(
        "A,Owner\nPl\"an,A\n",
        "raci.csv:2:3: line 2: expected no quote inside an unquoted cell (quote the whole cell and"
            + " double the quote)");
  }

  @Test
  void badPeopleFilesAreReportedWithLineAndColumn() {
    String sheet = "A,Owner\nPlan,A\n";
    assertThatThrownBy(() -> withPeople(sheet, "who,person\n"))
        .hasMessage("people.csv:1:1: header: expected the header role,person");
    assertThatThrownBy(() -> withPeople(sheet, "role,person\nAuditor,ann\n"))
        .hasMessage(
            "people.csv:2:1: line 2, role: expected one of the matrix's roles (owner), found"
                + " 'Auditor'");
    assertThatThrownBy(() -> withPeople(sheet, "role,person\nOwner,ann smith\n"))
        .hasMessageStartingWith(
            "people.csv:2:7: line 2, person: people[0] = 'ann smith': expected an id of");
    assertThatThrownBy(() -> withPeople(sheet, "role,person\nOwner\n"))
        .hasMessage("people.csv:2:1: line 2: expected 2 cells (role, person), found 1");
  }

  /** Reads a matrix from CSV text, as {@link RaciWorkbook} reads a CSV file. */
  static RaciSheet csv(String source, String name, String text) {
    return RaciWorkbook.read(
            Workbook.csv(source, name, text.getBytes(UTF_8), SheetLimits.defaults()))
        .matrices()
        .get(0);
  }

  private static RaciSheet withPeople(String matrix, String people) {
    return RaciWorkbook.read(
            Workbook.csv("raci.csv", "r", matrix.getBytes(UTF_8), SheetLimits.defaults()),
            Workbook.csv("people.csv", "people", people.getBytes(UTF_8), SheetLimits.defaults()))
        .matrices()
        .get(0);
  }

  private static void assertError(String csv, String message) {
    assertThatThrownBy(() -> csv("raci.csv", "r", csv))
        .isInstanceOf(LoadException.class)
        .hasMessage(message);
  }
}
