package dev.governance.io.sheet;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.governance.core.party.RoleAssignment;
import dev.governance.io.LoadException;
import dev.governance.io.LoadProblem;
import dev.governance.rules.FindingLocator;
import dev.governance.rules.SourceRegion;
import dev.governance.rules.ValidationReport;
import dev.governance.rules.raci.RaciValidator;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The RACI matrices of a workbook ({@code .xlsx}) or a CSV file, and who holds their roles: the one
 * loader of RACI spreadsheets, written once over {@link Workbook}'s located cells.
 *
 * <p><b>A matrix sheet</b> (the CSV file is one): a header row, then one row per activity. The
 * first column (A) is the activity: its text is the name; the id is the name in lower case, its
 * letters and digits of any script kept and every run of other characters turned into {@code -}
 * ("Approve release plan" is {@code approve-release-plan}, "项目经理" is {@code 项目经理}). A column headed
 * {@code critical} (any case) marks critical activities with {@code yes}/{@code no}, {@code
 * true}/{@code false}, {@code y}/{@code n}, {@code x} or {@code 1}/{@code 0} (a boolean or number
 * cell too); a blank cell is not critical. Every other column with a header is a role, its header
 * the role's name and its id made as an activity's. A cell holds letters, in any case, with spaces,
 * several joined by {@code /}, {@code ,} or {@code +} ({@code "a / r"}); a blank cell is no
 * assignment. The matrix is named after its sheet (a CSV file's sheet is the file's name without
 * its extension), its id made from the name as an activity's.
 *
 * <p>As a person reading the sheet would: rows above the header that are blank or hold one cell (a
 * title, merged across the table or not) are skipped, the header being the first row with two cells
 * or more; rows with every cell blank are skipped; a column with a blank header (a trailing empty
 * column, or the second column of a merged header cell, of which a reader sees only the first cell:
 * ECMA-376 Part 1 §18.3.1.55) must have only blank cells; cells past the header's last column
 * likewise. In a workbook, hidden sheets (a sheet's {@code state} hidden or veryHidden, ECMA-376
 * Part 1 §18.2.19) are not read (they hold lookup lists and scratch work), nor blank sheets; a
 * formula is read by the value it last calculated, and one saved without a value is an error naming
 * its cell. A letter cell must hold text: a number, date, boolean or error value is an error naming
 * the cell. In a CSV file every row must have the header's number of cells (RFC 4180 §2.4): another
 * count is a shifted row, such as an unquoted comma, and reported.
 *
 * <p><b>The people</b>: a workbook's visible sheet named {@code People} (any case) is not a matrix
 * but says who holds the roles of all the workbook's matrices; so does a separate people file (CSV,
 * or a workbook whose {@code People} sheet, else first visible sheet, is read), but not both. Its
 * header names a {@code role} and a {@code person} column (any case; other columns are ignored),
 * then a row per holder: the role by name or id among the matrices' roles, the person by id;
 * several rows give a role several people. Each matrix gets the holders of its own roles.
 *
 * <p>Every problem of a file is reported at once, in one {@link dev.governance.io.LoadException},
 * each at its cell: {@code raci.xlsx: Release!C7: column 'Owner': expected RACI letters such as A
 * or A/R, found 'Q?'}; in a CSV file at its line and column, as the CSV loader always wrote them
 * ({@code raci.csv:2:6: line 2, role owner: expected RACI letters such as A or A/R, found 'A?'}). A
 * letter that is not one of the RACI scheme's (such as {@code Q}) is not a load error but the
 * validator's finding.
 */
@Value.Immutable
abstract class AbstractRaciWorkbook {

  /** The name of the people sheet, in any case. */
  public static final String PEOPLE = "People";

  /** Returns the file's name, as problems name it. */
  public abstract String source();

  /** Returns the matrices, one per matrix sheet in the workbook's order; one for a CSV file. */
  public abstract ImmutableList<RaciSheet> matrices();

  /**
   * Returns where the roles' holders were read, the {@code People} sheet's name or the people
   * file's; empty without either, when the matrices are judged without holders.
   */
  public abstract Optional<String> people();

  /**
   * Loads a workbook or CSV file of RACI matrices, with the people of its {@code People} sheet.
   *
   * @param file the {@code .xlsx} or {@code .csv} file (told apart by content)
   * @return the matrices
   * @throws LoadException with every problem of the file, each at its cell
   * @throws UncheckedIOException if the file cannot be read
   */
  public static RaciWorkbook load(Path file) {
    try (Workbook workbook = Workbook.open(file)) {
      return read(workbook);
    }
  }

  /**
   * Loads a workbook or CSV file of RACI matrices and the people file that says who holds their
   * roles.
   *
   * @param file the matrices' {@code .xlsx} or {@code .csv} file
   * @param people the people's {@code .xlsx} or {@code .csv} file
   * @return the matrices with their holders
   * @throws LoadException with every problem of the first file that has some
   * @throws UncheckedIOException if a file cannot be read
   */
  public static RaciWorkbook load(Path file, Path people) {
    try (Workbook workbook = Workbook.open(file);
        Workbook holders = Workbook.open(people)) {
      return read(workbook, holders);
    }
  }

  /**
   * Reads the RACI matrices of an open workbook or CSV file ({@link Workbook#csv} reads CSV text),
   * with the people of its {@code People} sheet.
   *
   * @param workbook the workbook
   * @return the matrices
   * @throws LoadException with every problem of the file, each at its cell
   */
  public static RaciWorkbook read(Workbook workbook) {
    return read(workbook, null, Optional.empty());
  }

  /**
   * Reads the RACI matrices of an open workbook or CSV file and who holds their roles from a people
   * file.
   *
   * @param workbook the matrices
   * @param people the people file, which the workbook may not duplicate with a {@code People} sheet
   * @return the matrices with their holders
   * @throws LoadException with every problem of the matrices' file, or else of the people file
   */
  public static RaciWorkbook read(Workbook workbook, Workbook people) {
    return read(workbook, people, Optional.of(people.source()));
  }

  private static RaciWorkbook read(
      Workbook workbook, @Nullable Workbook peopleFile, Optional<String> peopleSource) {
    SheetProblems problems = new SheetProblems(workbook.source());
    boolean csv = workbook.isCsv();
    List<RaciSheet> matrices = new ArrayList<>();
    Map<String, String> sheetOfMatrix = new LinkedHashMap<>();
    @Nullable WorkbookSheet peopleSheet = null;
    List<SheetRow> peopleRows = List.of();
    for (WorkbookSheet sheet : workbook.sheets()) {
      if (sheet.hidden()) {
        continue;
      }
      List<SheetRow> rows = rows(workbook, sheet, problems);
      if (!csv && sheet.name().equalsIgnoreCase(PEOPLE)) {
        peopleSheet = sheet;
        peopleRows = rows;
        continue;
      }
      if (!csv && rows.stream().allMatch(SheetRow::isBlank)) {
        continue;
      }
      Optional<String> name = csv ? Optional.empty() : Optional.of(sheet.name());
      Optional<RaciSheet> matrix = RaciReader.matrix(problems, sheet.name(), name, rows);
      if (matrix.isPresent()) {
        String id = matrix.get().matrix().id();
        String before = sheetOfMatrix.putIfAbsent(id, sheet.name());
        if (before != null) {
          problems.add(
              RaciReader.start(name),
              "sheet '" + sheet.name() + "'",
              "expected a sheet name that makes a matrix id no other sheet's does, but sheet '"
                  + before
                  + "' is matrix '"
                  + id
                  + "' too");
        } else {
          matrices.add(matrix.get());
        }
      }
    }
    if (matrices.isEmpty() && problems.isEmpty()) {
      problems.add(
          RaciReader.start(Optional.empty()),
          "file",
          "expected a visible sheet holding a RACI matrix (hidden and blank sheets and the "
              + PEOPLE
              + " sheet are not matrices)");
    }
    Map<String, List<String>> holders = Map.of();
    Optional<String> people = peopleSource;
    if (peopleSheet != null) {
      Optional<String> at = Optional.of(peopleSheet.name());
      if (peopleFile != null) {
        problems.add(
            RaciReader.start(at),
            "sheet '" + peopleSheet.name() + "'",
            "expected no "
                + PEOPLE
                + " sheet when a people file is given ("
                + peopleFile.source()
                + "): remove one of them");
      } else {
        holders = RaciReader.people(problems, at, peopleRows, matrices);
        people = at;
      }
    }
    problems.throwIfAny();
    if (peopleFile != null) {
      SheetProblems peopleProblems = new SheetProblems(peopleFile.source());
      Optional<WorkbookSheet> visible =
          peopleFile
              .sheet(PEOPLE)
              .filter(s -> !s.hidden())
              .or(() -> peopleFile.sheets().stream().filter(s -> !s.hidden()).findFirst());
      if (visible.isEmpty()) {
        peopleProblems.add(
            SourceRegion.of(1, 1),
            "file",
            "expected a visible sheet of people (Role and Person columns), found none");
        peopleProblems.throwIfAny();
      }
      WorkbookSheet sheet = visible.orElseThrow();
      holders =
          RaciReader.people(
              peopleProblems,
              peopleFile.isCsv() ? Optional.empty() : Optional.of(sheet.name()),
              rows(peopleFile, sheet, peopleProblems),
              matrices);
      peopleProblems.throwIfAny();
    }
    RaciWorkbook.Builder result = RaciWorkbook.builder().source(workbook.source()).people(people);
    for (RaciSheet matrix : matrices) {
      ImmutableList.Builder<RoleAssignment> own = ImmutableList.builder();
      for (String role : matrix.matrix().roles()) {
        List<String> persons = holders.get(role);
        if (persons != null) {
          own.add(RoleAssignment.of(role, persons));
        }
      }
      result.addMatrices(matrix.withHolders(own.build()));
    }
    return result.build();
  }

  /**
   * Returns a sheet's rows; a problem the reader meets (a limit passed, a broken sheet) joins the
   * file's others and ends the reading.
   */
  private static List<SheetRow> rows(
      Workbook workbook, WorkbookSheet sheet, SheetProblems problems) {
    try (Stream<SheetRow> rows = workbook.rows(sheet)) {
      return rows.collect(ImmutableList.toImmutableList());
    } catch (LoadException e) {
      for (LoadProblem p : e.problems()) {
        problems.add(p.region(), p.path(), p.message());
      }
      problems.throwIfAny();
      throw e;
    }
  }

  /**
   * Returns the findings of every matrix under {@code validator}, in the workbook's order: judged
   * with their holders when the workbook has a people sheet or was read with a people file, and
   * without (no holder-related finding) otherwise.
   *
   * @param validator the RACI rules and policy
   * @return the findings of all the matrices
   */
  public ValidationReport validate(RaciValidator validator) {
    ValidationReport all = ValidationReport.empty();
    for (RaciSheet sheet : matrices()) {
      all =
          all.merge(
              (people().isPresent()
                      ? validator.validate(sheet.matrix(), sheet.holders())
                      : validator.validate(sheet.matrix()))
                  .findings());
    }
    return all;
  }

  /**
   * Returns where findings about the matrices are: a finding about a matrix (its subject's {@code
   * matrix}) is placed by that matrix's {@link RaciSheet#locator()}, at its activity's row and its
   * role's column, in its sheet.
   */
  public FindingLocator locator() {
    ImmutableMap<String, FindingLocator> byMatrix =
        matrices().stream()
            .collect(ImmutableMap.toImmutableMap(s -> s.matrix().id(), RaciSheet::locator));
    return finding ->
        finding
            .subject()
            .matrix()
            .map(byMatrix::get)
            .or(
                () ->
                    matrices().size() == 1
                        ? Optional.of(byMatrix.values().iterator().next())
                        : Optional.empty())
            .flatMap(locator -> locator.locate(finding));
  }
}
