package dev.governance.io.sheet;

import static dev.governance.core.ArgChecker.MOST_ID_CHARACTERS;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.party.Role;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.raci.RaciActivity;
import dev.governance.core.raci.RaciAssignment;
import dev.governance.core.raci.RaciCell;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.io.LoadException;
import dev.governance.io.LoadProblem;
import dev.governance.rules.SourceRegion;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads a RACI matrix from a spreadsheet exported as CSV, the way teams keep them.
 *
 * <p>The matrix file: a header row, then one row per activity. The first column is the activity
 * (its text is the name; the id is the name in lower case, its letters and digits of any script
 * kept and every run of other characters turned into {@code -}: "Approve release plan" is {@code
 * approve-release-plan}, "项目经理" is {@code 项目经理}). A column headed {@code critical} (any case) marks
 * critical activities with {@code yes}/{@code no}, {@code true}/{@code false}, {@code y}/{@code n},
 * {@code x} or {@code 1}/{@code 0}; a blank cell is not critical. Every other column is a role, its
 * header the role's name and its id made the same way as an activity's. A cell holds letters, in
 * any case, with spaces, and several joined by {@code /}, {@code ,} or {@code +} ({@code "a / r"});
 * a blank cell is no assignment. Rows with every cell blank are skipped, but for the first: a blank
 * first row is an error, as the header is missing.
 *
 * <p>The optional people file: a header {@code role,person}, then one row per person holding a role
 * (role by name or id, person by id); several rows give a role several people.
 *
 * <p>Each error is a {@link LoadException} with the file, line and column of the cell.
 */
public final class RaciCsv {

  private static final String CRITICAL = "critical";

  private RaciCsv() {}

  /**
   * Loads a matrix file; the matrix's id and name come from the file name.
   *
   * @param matrix the CSV file
   * @return the sheet, without holders
   * @throws LoadException if the file is not a RACI matrix
   * @throws UncheckedIOException if the file cannot be read
   */
  public static RaciSheet load(Path matrix) {
    return read(matrix.toString(), Workbook.baseName(matrix), rows(matrix));
  }

  /**
   * Loads a matrix file and the people file that says who holds its roles.
   *
   * @param matrix the matrix CSV file
   * @param people the role to person CSV file
   * @return the sheet with its holders
   * @throws LoadException if either file is invalid or names a role the matrix lacks
   * @throws UncheckedIOException if a file cannot be read
   */
  public static RaciSheet load(Path matrix, Path people) {
    return withPeople(load(matrix), people.toString(), rows(people));
  }

  /**
   * Reads a matrix from CSV text.
   *
   * @param source the name for errors, such as the file name
   * @param name the matrix's name; its id is made from it
   * @param csv the CSV text
   * @return the sheet, without holders
   * @throws LoadException if the text is not a RACI matrix
   */
  public static RaciSheet read(String source, String name, String csv) {
    return read(source, name, rows(source, name, csv));
  }

  private static RaciSheet read(String source, String name, List<SheetRow> all) {
    List<SheetRow> rows = nonBlank(all);
    if (rows.isEmpty() || all.get(0).isBlank()) {
      // a blank first row is reported rather than skipped: the first activity would become the
      // header and its letters the roles
      throw new LoadException(
          List.of(
              LoadProblem.builder()
                  .source(source)
                  .line(1)
                  .column(1)
                  .path("header")
                  .message(
                      rows.isEmpty()
                          ? "expected a header row: activity, then one column per role"
                          : "the first row is blank; expected the header row: activity, then one"
                              + " column per role")
                  .build()));
    }
    SheetRow header = rows.get(0);
    int criticalColumn = -1;
    Map<String, Integer> roleColumns = new LinkedHashMap<>();
    List<Role> roles = new ArrayList<>();
    for (int c = 1; c < header.cells().size(); c++) {
      SheetCell cell = header.cells().get(c);
      String title = cell.text().trim();
      if (title.equalsIgnoreCase(CRITICAL) && criticalColumn < 0) {
        criticalColumn = c;
        continue;
      }
      String id = slug(title);
      if (id.isEmpty() || isTooLong(id)) {
        throw problem(
            source,
            cell,
            "header, column " + (c + 1),
            id.isEmpty()
                ? "expected a role name, found '" + cell.text() + "'"
                : tooLong("a role", id));
      }
      Integer before = roleColumns.putIfAbsent(id, c);
      if (before != null) {
        throw problem(
            source,
            cell,
            "header, column " + (c + 1),
            "expected a role no other column has, but column "
                + (before + 1)
                + " is role '"
                + id
                + "' too");
      }
      roles.add(Role.of(id, title));
    }
    if (roles.isEmpty()) {
      throw problem(
          source,
          header.cells().get(0),
          "header",
          "expected at least one role column after the activity column");
    }
    String matrixId = slugOr(name, "raci");
    if (isTooLong(matrixId)) {
      throw problem(
          source,
          SheetCell.blank(SourceRegion.of(1, 1)),
          "matrix",
          tooLong("a matrix", matrixId) + " (a matrix is named after its file)");
    }
    RaciMatrix.Builder matrix =
        RaciMatrix.builder()
            .id(matrixId)
            .name(name.isBlank() ? "RACI" : name)
            .addAllRoles(roleColumns.keySet());
    Map<String, Integer> activityLines = new LinkedHashMap<>();
    for (SheetRow row : rows.subList(1, rows.size())) {
      if (row.cells().size() != header.cells().size()) {
        SheetCell last = row.cells().get(row.cells().size() - 1);
        throw problem(
            source,
            last,
            "line " + row.number(),
            "expected "
                + header.cells().size()
                + " cells as in the header, found "
                + row.cells().size());
      }
      SheetCell activityCell = row.cells().get(0);
      String activityName = activityCell.text().trim();
      String activity = slug(activityName);
      if (activity.isEmpty() || isTooLong(activity)) {
        throw problem(
            source,
            activityCell,
            "line " + row.number() + ", activity",
            activity.isEmpty()
                ? "expected an activity name, found '" + activityCell.text() + "'"
                : tooLong("an activity", activity));
      }
      Integer before = activityLines.putIfAbsent(activity, row.number());
      if (before != null) {
        throw problem(
            source,
            activityCell,
            "line " + row.number() + ", activity",
            "expected an activity no other row has, but line "
                + before
                + " is activity '"
                + activity
                + "' too");
      }
      boolean critical =
          criticalColumn >= 0 && critical(source, row, row.cells().get(criticalColumn));
      matrix.addActivities(
          RaciActivity.builder().id(activity).name(activityName).critical(critical).build());
      for (Map.Entry<String, Integer> role : roleColumns.entrySet()) {
        SheetCell cell = row.cells().get(role.getValue());
        if (!cell.text().isBlank()) {
          matrix.addAssignments(
              RaciAssignment.of(activity, role.getKey(), cell(source, row, cell, role.getKey())));
        }
      }
    }
    return RaciSheet.builder()
        .matrix(matrix.build())
        .addAllRoles(roles)
        .putAllActivityLines(activityLines)
        .putAllRoleColumns(columnsFromOne(roleColumns))
        .build();
  }

  /**
   * Adds who holds the sheet's roles, from a people file's CSV text.
   *
   * @param sheet the loaded matrix
   * @param source the people file's name for errors
   * @param csv the people file's text: a {@code role,person} header, then one row per holder
   * @return the sheet with its holders
   * @throws LoadException if the text is malformed or names a role the matrix lacks
   */
  public static RaciSheet withPeople(RaciSheet sheet, String source, String csv) {
    return withPeople(sheet, source, rows(source, "people", csv));
  }

  private static RaciSheet withPeople(RaciSheet sheet, String source, List<SheetRow> all) {
    List<SheetRow> rows = nonBlank(all);
    if (rows.isEmpty()
        || rows.get(0).cells().size() != 2
        || !rows.get(0).cells().get(0).text().trim().equalsIgnoreCase("role")
        || !rows.get(0).cells().get(1).text().trim().equalsIgnoreCase("person")) {
      SheetCell at =
          rows.isEmpty() ? SheetCell.blank(SourceRegion.of(1, 1)) : rows.get(0).cells().get(0);
      throw problem(source, at, "header", "expected the header role,person");
    }
    Map<String, List<String>> holders = new LinkedHashMap<>();
    for (SheetRow row : rows.subList(1, rows.size())) {
      if (row.cells().size() != 2) {
        throw problem(
            source,
            row.cells().get(0),
            "line " + row.number(),
            "expected 2 cells (role, person), found " + row.cells().size());
      }
      SheetCell roleCell = row.cells().get(0);
      Optional<Role> role =
          sheet.roles().stream()
              .filter(
                  r ->
                      r.id().equals(roleCell.text().trim()) || r.id().equals(slug(roleCell.text())))
              .findFirst();
      if (role.isEmpty()) {
        throw problem(
            source,
            roleCell,
            "line " + row.number() + ", role",
            "expected one of the matrix's roles ("
                + String.join(", ", sheet.matrix().roles())
                + "), found '"
                + roleCell.text()
                + "'");
      }
      SheetCell personCell = row.cells().get(1);
      String person = personCell.text().trim();
      try {
        RoleAssignment unused = RoleAssignment.of(role.get().id(), ImmutableList.of(person));
      } catch (GovernanceValidationException e) {
        throw problem(
            source,
            personCell,
            "line " + row.number() + ", person",
            e.violations().get(0).toString());
      }
      holders.computeIfAbsent(role.get().id(), r -> new ArrayList<>()).add(person);
    }
    return sheet.withHolders(
        holders.entrySet().stream()
            .map(e -> RoleAssignment.of(e.getKey(), e.getValue()))
            .collect(ImmutableList.toImmutableList()));
  }

  private static String cell(String source, SheetRow row, SheetCell cell, String role) {
    try {
      return RaciCell.parse(cell.text()).toString();
    } catch (GovernanceValidationException e) {
      throw problem(
          source,
          cell,
          "line " + row.number() + ", role " + role,
          "expected RACI letters such as A or A/R, found '" + cell.text() + "'");
    }
  }

  private static boolean critical(String source, SheetRow row, SheetCell cell) {
    switch (cell.text().trim().toLowerCase(Locale.ROOT)) {
      case "yes":
      case "y":
      case "true":
      case "x":
      case "1":
        return true;
      case "no":
      case "n":
      case "false":
      case "0":
      case "":
        return false;
      default:
        throw problem(
            source,
            cell,
            "line " + row.number() + ", critical",
            "expected yes, no, true, false, y, n, x, 1, 0 or blank, found '" + cell.text() + "'");
    }
  }

  private static List<SheetRow> nonBlank(List<SheetRow> rows) {
    return rows.stream().filter(r -> !r.isBlank()).collect(ImmutableList.toImmutableList());
  }

  private static Map<String, Integer> columnsFromOne(Map<String, Integer> columns) {
    Map<String, Integer> fromOne = new LinkedHashMap<>();
    columns.forEach((id, c) -> fromOne.put(id, c + 1));
    return fromOne;
  }

  /** A run of characters that an id made from a name leaves out: all but letters, marks, digits. */
  private static final Pattern NOT_IN_ID = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}]+");

  /** Hyphens and marks at the start of an id made from a name, and hyphens at its end. */
  private static final Pattern ID_ENDS = Pattern.compile("^[-\\p{M}]+|-+$");

  private static boolean isTooLong(String id) {
    return id.codePointCount(0, id.length()) > MOST_ID_CHARACTERS;
  }

  private static String tooLong(String what, String id) {
    return "expected "
        + what
        + " name whose id (its letters and digits, lower case, joined by -) has at most "
        + MOST_ID_CHARACTERS
        + " characters, found one of "
        + id.codePointCount(0, id.length());
  }

  /**
   * Returns the id made from a name: the name in lower case and Unicode normalization form C, its
   * letters and digits of any script (with their accents and vowel signs) kept and each run of
   * other characters turned into one {@code -}: "Approve release plan" is {@code
   * approve-release-plan}, "Chef de projet Qualité" {@code chef-de-projet-qualité}, "项目经理" {@code
   * 项目经理}. Every id it makes that is not empty nor too long is an {@link
   * dev.governance.core.ArgChecker#ID}. The form C makes a name typed with a combining accent the
   * same id as one typed with the accented letter.
   */
  static String slug(String text) {
    String lower = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    return ID_ENDS.matcher(NOT_IN_ID.matcher(lower).replaceAll("-")).replaceAll("");
  }

  private static String slugOr(String text, String fallback) {
    String slug = slug(text);
    return slug.isEmpty() ? fallback : slug;
  }

  /** Returns the rows of a CSV file, through the one CSV reader ({@link Workbook}). */
  private static List<SheetRow> rows(Path file) {
    try (Workbook workbook = Workbook.open(file);
        Stream<SheetRow> rows = workbook.rows(workbook.sheets().get(0))) {
      return rows.collect(ImmutableList.toImmutableList());
    }
  }

  /** Returns the rows of CSV text, through the one CSV reader ({@link Workbook#csv}). */
  private static List<SheetRow> rows(String source, String name, String csv) {
    try (Workbook workbook =
            Workbook.csv(source, name, csv.getBytes(UTF_8), SheetLimits.defaults());
        Stream<SheetRow> rows = workbook.rows(workbook.sheets().get(0))) {
      return rows.collect(ImmutableList.toImmutableList());
    }
  }

  private static LoadException problem(String source, SheetCell at, String path, String message) {
    return new LoadException(List.of(LoadProblem.at(source, at.location(), path, message)));
  }
}
